// Saves a lead's fields and custom fields (the custom fields are replaced as a whole).
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql/gql.ts';
import type { UpdateLeadInput } from '../../../gql/graphql.ts';
import { type MutationOutcome, outcomeOf, requestFailed } from '../../../lib/mutation-outcome.ts';
import { RecordTransitionsDocument } from '../../../api/records/record-transitions.ts';

const UpdateLeadDocument = graphql(`
  mutation UpdateLead($input: UpdateLeadInput!) {
    updateLead(input: $input) {
      __typename
      ... on UpdateLeadSuccess {
        lead {
          id
          name
          email
          company
          source
          score
          customFields
        }
      }
      ...ApiErrorFields
    }
  }
`);

export function useUpdateLead() {
  // Which moves the workflow allows can depend on the fields just saved.
  const [mutate] = useMutation(UpdateLeadDocument, { refetchQueries: [RecordTransitionsDocument] });
  return async function updateLead(
    input: UpdateLeadInput,
  ): Promise<MutationOutcome<{ id: string }>> {
    try {
      const { data } = await mutate({ variables: { input } });
      return outcomeOf(data?.updateLead, (r) =>
        r.__typename === 'UpdateLeadSuccess' ? r.lead : undefined,
      );
    } catch (error) {
      return requestFailed(error);
    }
  };
}
