// Removes a move from a draft.
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql/gql.ts';
import { type MutationOutcome, outcomeOf, requestFailed } from '../../../lib/mutation-outcome.ts';
import { WorkflowDocument } from './workflow.ts';

export const RemoveWorkflowTransitionDocument = graphql(`
  mutation RemoveWorkflowTransition($input: RemoveWorkflowTransitionInput!) {
    removeWorkflowTransition(input: $input) {
      __typename
      ... on RemoveWorkflowTransitionSuccess {
        transition {
          id
        }
      }
      ...ApiErrorFields
    }
  }
`);

export function useRemoveWorkflowTransition() {
  const [mutate] = useMutation(RemoveWorkflowTransitionDocument, {
    refetchQueries: ({ data }) =>
      data?.removeWorkflowTransition.__typename === 'RemoveWorkflowTransitionSuccess'
        ? [WorkflowDocument]
        : [],
    awaitRefetchQueries: true,
  });
  async function removeTransition(id: string): Promise<MutationOutcome<{ id: string }>> {
    try {
      const { data } = await mutate({ variables: { input: { id } } });
      return outcomeOf(data?.removeWorkflowTransition, (r) =>
        r.__typename === 'RemoveWorkflowTransitionSuccess' ? r.transition : undefined,
      );
    } catch (error) {
      return requestFailed(error);
    }
  }
  return removeTransition;
}
