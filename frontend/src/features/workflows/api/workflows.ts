// The workspace's workflows, each with its versions (newest first) to tell active from draft.
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql/gql.ts';

export const WorkflowsDocument = graphql(`
  query Workflows($workspaceId: ID!) {
    workflows(workspaceId: $workspaceId) {
      id
      name
      entityType
      projectTypeName
      versions {
        id
        version
        state
        publishedAt
        steps {
          id
        }
      }
    }
  }
`);

export function useWorkflows(workspaceId: string) {
  return useQuery(WorkflowsDocument, {
    variables: { workspaceId },
    fetchPolicy: 'cache-and-network',
  });
}
