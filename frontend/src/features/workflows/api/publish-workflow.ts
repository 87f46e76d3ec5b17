// Makes a draft the workflow's active version. The API refuses a draft that fails its checks
// (a ValidationError on versionId, one error per problem).
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql/gql.ts';
import {
  describeRequestError,
  describeTypedError,
  isTypedApiError,
} from '../../../lib/api-errors.ts';
import { WorkflowDocument } from './workflow.ts';
import { WorkflowsDocument } from './workflows.ts';

export const PublishWorkflowDocument = graphql(`
  mutation PublishWorkflow($input: PublishWorkflowInput!) {
    publishWorkflow(input: $input) {
      __typename
      ... on PublishWorkflowSuccess {
        version {
          id
          version
          state
          publishedAt
        }
      }
      ...ApiErrorFields
    }
  }
`);

export type PublishOutcome =
  | { ok: true; version: number }
  /** `problems`: each reason the API gave, one sentence each. */
  | { ok: false; message: string; problems: string[] };

export function usePublishWorkflow() {
  const [mutate, state] = useMutation(PublishWorkflowDocument, {
    refetchQueries: ({ data }) =>
      data?.publishWorkflow.__typename === 'PublishWorkflowSuccess'
        ? [WorkflowDocument, WorkflowsDocument]
        : [],
    awaitRefetchQueries: true,
    update(cache, { data }) {
      // Pages that show a workflow's steps (the pipeline) read the active version: forget them so
      // they ask again when next shown.
      if (data?.publishWorkflow.__typename !== 'PublishWorkflowSuccess') return;
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'pipeline' });
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'workflowStepStats' });
      cache.gc();
    },
  });
  async function publish(versionId: string): Promise<PublishOutcome> {
    try {
      const { data } = await mutate({ variables: { input: { versionId } } });
      const result = data?.publishWorkflow;
      if (!result)
        return { ok: false, message: 'The server sent no answer. Try again.', problems: [] };
      if (result.__typename === 'PublishWorkflowSuccess') {
        return { ok: true, version: result.version.version };
      }
      if (result.__typename === 'ValidationError') {
        const problems = result.fieldErrors.map((e) => sentence(e.message));
        return { ok: false, message: 'The draft cannot be published yet.', problems };
      }
      return isTypedApiError(result)
        ? { ok: false, message: describeTypedError(result), problems: [] }
        : { ok: false, message: 'The server sent an unexpected answer.', problems: [] };
    } catch (error) {
      return { ok: false, message: describeRequestError(error), problems: [] };
    }
  }
  return { publish, publishing: state.loading };
}

function sentence(text: string): string {
  const trimmed = text.trim();
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}
