// Adds a move between two steps of a draft, optionally requiring fields of the record.
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql/gql.ts';
import { type MutationOutcome, outcomeOf, requestFailed } from '../../../lib/mutation-outcome.ts';
import { WorkflowDocument } from './workflow.ts';

export const AddWorkflowTransitionDocument = graphql(`
  mutation AddWorkflowTransition($input: AddWorkflowTransitionInput!) {
    addWorkflowTransition(input: $input) {
      __typename
      ... on AddWorkflowTransitionSuccess {
        transition {
          id
        }
      }
      ...ApiErrorFields
    }
  }
`);

const LABELS = {
  fromStepId: 'The step it leaves',
  toStepId: 'The step it goes to',
  requiredFields: 'A required field',
};

export function useAddWorkflowTransition() {
  const [mutate, state] = useMutation(AddWorkflowTransitionDocument, {
    refetchQueries: ({ data }) =>
      data?.addWorkflowTransition.__typename === 'AddWorkflowTransitionSuccess'
        ? [WorkflowDocument]
        : [],
    awaitRefetchQueries: true,
  });
  async function addTransition(input: {
    versionId: string;
    fromStepId: string;
    toStepId: string;
    requiredFields: string[];
  }): Promise<MutationOutcome<{ id: string }>> {
    try {
      const { data } = await mutate({ variables: { input } });
      return outcomeOf(
        data?.addWorkflowTransition,
        (r) => (r.__typename === 'AddWorkflowTransitionSuccess' ? r.transition : undefined),
        LABELS,
      );
    } catch (error) {
      return requestFailed(error);
    }
  }
  return { addTransition, adding: state.loading };
}
