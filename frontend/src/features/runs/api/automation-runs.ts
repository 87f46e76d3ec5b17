// The workspace's automation runs, newest first, optionally of some statuses, a page at a time.
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql/gql.ts';
import type { RunStatus } from '../run-status.ts';

export const RUNS_PAGE_SIZE = 25;

export const AutomationRunsDocument = graphql(`
  query AutomationRuns(
    $workspaceId: ID!
    $filter: AutomationRunFilter
    $first: Int
    $after: String
  ) {
    automationRuns(workspaceId: $workspaceId, filter: $filter, first: $first, after: $after) {
      edges {
        node {
          ...RunSummaryFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export function useAutomationRuns(
  workspaceId: string,
  statuses: readonly RunStatus[],
  after: string | undefined,
) {
  return useQuery(AutomationRunsDocument, {
    variables: {
      workspaceId,
      filter: statuses.length > 0 ? { statuses: [...statuses] } : null,
      first: RUNS_PAGE_SIZE,
      after: after ?? null,
    },
    // Runs start and end on their own: coming back to the list asks the server again.
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
}
