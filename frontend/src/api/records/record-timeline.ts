// A record's timeline: notes, activities and workflow moves, newest first, a page at a time.
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql/gql.ts';
import type { EntityType } from '../../gql/graphql.ts';

export const TIMELINE_PAGE_SIZE = 20;

export const RecordTimelineDocument = graphql(`
  query RecordTimeline($entityType: EntityType!, $entityId: ID!, $first: Int!, $after: String) {
    timeline(entityType: $entityType, entityId: $entityId, first: $first, after: $after) {
      edges {
        cursor
        node {
          __typename
          id
          at
          actorId
          ... on TimelineNote {
            note {
              id
              body
            }
          }
          ... on TimelineActivity {
            activity {
              id
              kind
              title
              body
              done
              doneAt
              dueAt
              overdue
              createdAt
            }
          }
          ... on TimelineStatusChange {
            kind
            reason
            fromStep {
              id
              name
            }
            toStep {
              id
              name
              status {
                id
                category
                color
              }
            }
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export function useRecordTimeline(entityType: EntityType, entityId: string) {
  const result = useQuery(RecordTimelineDocument, {
    variables: { entityType, entityId, first: TIMELINE_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const connection = result.data?.timeline;

  /** The next (older) page, appended below. */
  function loadOlder() {
    if (!connection?.pageInfo.hasNextPage || !connection.pageInfo.endCursor) return;
    // The cache appends the page (relayStylePagination in lib/apollo.ts).
    return result.fetchMore({ variables: { after: connection.pageInfo.endCursor } });
  }

  return { ...result, items: connection?.edges.map((edge) => edge.node) ?? [], loadOlder };
}
