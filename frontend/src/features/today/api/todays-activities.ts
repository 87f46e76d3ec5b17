// The signed-in user's open activities, soonest due first (overdue ones lead); the page keeps
// those due by the end of today.
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql/gql.ts';

const TodayViewerDocument = graphql(`
  query TodayViewer {
    me {
      id
    }
  }
`);

export const TodayOpenActivitiesDocument = graphql(`
  query TodayOpenActivities($workspaceId: ID!, $assigneeId: ID!) {
    activities(
      workspaceId: $workspaceId
      filter: { assigneeId: $assigneeId, done: false }
      orderBy: { field: DUE_AT, direction: ASC }
      first: 100
    ) {
      edges {
        node {
          id
          kind
          title
          dueAt
          done
          doneAt
          overdue
          entityType
          entityId
        }
      }
    }
  }
`);

export function useMyOpenActivities(workspaceId: string) {
  const viewer = useQuery(TodayViewerDocument);
  const assigneeId = viewer.data?.me.id;
  const activities = useQuery(TodayOpenActivitiesDocument, {
    variables: { workspaceId, assigneeId: assigneeId ?? '' },
    skip: !assigneeId,
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: false,
  });
  return {
    data: activities.data,
    error: viewer.error ?? activities.error,
    refetch: () => (assigneeId ? activities.refetch() : viewer.refetch()),
  };
}
