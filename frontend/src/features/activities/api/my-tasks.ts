// Your tasks in the workspace: open ones by due date (the API puts undated ones last), or done
// ones, 30 at a time (the API's query cost limit counts page sizes).
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql/gql.ts';

export const MyTasksDocument = graphql(`
  query MyTasks(
    $workspaceId: ID!
    $assigneeId: ID!
    $done: Boolean!
    $orderBy: ActivityOrder!
    $after: String
  ) {
    activities(
      workspaceId: $workspaceId
      filter: { assigneeId: $assigneeId, done: $done }
      orderBy: $orderBy
      first: 30
      after: $after
    ) {
      edges {
        node {
          ...TaskFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export function useMyTasks(workspaceId: string, assigneeId: string | undefined, done: boolean) {
  const result = useQuery(MyTasksDocument, {
    variables: {
      workspaceId,
      assigneeId: assigneeId ?? '',
      done,
      orderBy: done
        ? { field: 'CREATED_AT', direction: 'DESC' }
        : { field: 'DUE_AT', direction: 'ASC' },
    },
    skip: !assigneeId,
    fetchPolicy: 'cache-and-network',
  });
  const connection = result.data?.activities;

  function loadMore() {
    if (!connection?.pageInfo.hasNextPage || !connection.pageInfo.endCursor) return;
    // The cache appends the page (relayStylePagination in lib/apollo.ts).
    return result.fetchMore({ variables: { after: connection.pageInfo.endCursor } });
  }

  return { ...result, tasks: connection?.edges.map((edge) => edge.node) ?? [], loadMore };
}
