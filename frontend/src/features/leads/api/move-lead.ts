// Moves a lead to another step of its workflow; answers null when done, or why not in words.
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql/gql.ts';
import {
  describeRequestError,
  describeTransitionRefusal,
  describeTypedError,
  isTypedApiError,
} from '../../../lib/api-errors.ts';
import { RecordTimelineDocument } from '../../../api/records/record-timeline.ts';
import { RecordTransitionsDocument } from '../../../api/records/record-transitions.ts';
import { LeadDetailDocument } from './lead-detail.ts';

const MoveLeadToStepDocument = graphql(`
  mutation MoveLeadToStep($input: MoveLeadToStepInput!) {
    moveLeadToStep(input: $input) {
      __typename
      ... on MoveLeadToStepSuccess {
        lead {
          id
        }
      }
      ... on TransitionNotAllowedError {
        reason
        missingFields
      }
      ...ApiErrorFields
    }
  }
`);

export function useMoveLead() {
  const [mutate] = useMutation(MoveLeadToStepDocument);
  return async function moveLead(
    leadId: string,
    from: string,
    to: { id: string; name: string },
  ): Promise<string | null> {
    try {
      const { data } = await mutate({
        variables: { input: { leadId, toStepId: to.id } },
        refetchQueries: [LeadDetailDocument, RecordTransitionsDocument, RecordTimelineDocument],
        awaitRefetchQueries: true,
      });
      const result = data?.moveLeadToStep;
      if (!result) return 'The server sent no answer. Try again.';
      if (result.__typename === 'MoveLeadToStepSuccess') return null;
      if (result.__typename === 'TransitionNotAllowedError') {
        return describeTransitionRefusal(result, { from, to: to.name, what: 'this lead' });
      }
      return isTypedApiError(result)
        ? describeTypedError(result)
        : 'The server sent an unexpected answer.';
    } catch (error) {
      return describeRequestError(error);
    }
  };
}
