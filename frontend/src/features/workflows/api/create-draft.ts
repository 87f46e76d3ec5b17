// A draft copy of the workflow's active version; the API answers the existing draft if there is one.
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql/gql.ts';
import { type MutationOutcome, outcomeOf, requestFailed } from '../../../lib/mutation-outcome.ts';
import { WorkflowDocument } from './workflow.ts';
import { WorkflowsDocument } from './workflows.ts';

export const CreateWorkflowDraftDocument = graphql(`
  mutation CreateWorkflowDraft($input: CreateWorkflowDraftInput!) {
    createWorkflowDraft(input: $input) {
      __typename
      ... on CreateWorkflowDraftSuccess {
        version {
          id
          version
          state
        }
      }
      ...ApiErrorFields
    }
  }
`);

export function useCreateWorkflowDraft() {
  const [mutate, state] = useMutation(CreateWorkflowDraftDocument, {
    refetchQueries: ({ data }) =>
      data?.createWorkflowDraft.__typename === 'CreateWorkflowDraftSuccess'
        ? [WorkflowDocument, WorkflowsDocument]
        : [],
    awaitRefetchQueries: true,
  });
  async function createDraft(
    workflowId: string,
  ): Promise<MutationOutcome<{ id: string; version: number }>> {
    try {
      const { data } = await mutate({ variables: { input: { workflowId } } });
      return outcomeOf(data?.createWorkflowDraft, (r) =>
        r.__typename === 'CreateWorkflowDraftSuccess' ? r.version : undefined,
      );
    } catch (error) {
      return requestFailed(error);
    }
  }
  return { createDraft, creating: state.loading };
}
