// The inbox's list: the workspace's conversations across channels, newest first, filtered by
// channel, unread and assignee.
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql/gql.ts';
import type { ConversationFilter } from '../../../gql/graphql.ts';

export const INBOX_PAGE_SIZE = 50;

export const ConversationsDocument = graphql(`
  query Conversations($workspaceId: ID!, $filter: ConversationFilter, $first: Int, $after: String) {
    conversations(workspaceId: $workspaceId, filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          ...ConversationSummaryFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export function useConversations(workspaceId: string, filter: ConversationFilter) {
  return useQuery(ConversationsDocument, {
    variables: { workspaceId, filter, first: INBOX_PAGE_SIZE, after: null },
    // Messages arrive on their own: coming back to the inbox asks the server again.
    fetchPolicy: 'cache-and-network',
  });
}

/** How many conversations are unread: the nav's badge. */
export const InboxUnreadCountDocument = graphql(`
  query InboxUnreadCount($workspaceId: ID!) {
    conversations(workspaceId: $workspaceId, filter: { unread: true }, first: 0) {
      totalCount
    }
  }
`);

/** The badge asks again now and then; the inbox refetches it at once when a message arrives. */
const UNREAD_POLL_MS = 60_000;

export function useInboxUnreadCount(workspaceId: string) {
  const { data } = useQuery(InboxUnreadCountDocument, {
    variables: { workspaceId },
    pollInterval: UNREAD_POLL_MS,
    fetchPolicy: 'cache-and-network',
  });
  return data?.conversations.totalCount ?? 0;
}
