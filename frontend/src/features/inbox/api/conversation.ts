// One conversation with its latest messages (oldest first), its participants linked to their
// records, and the replies not yet stored as messages (queued, sending, failed).
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql/gql.ts';
import type { ConversationQuery } from '../../../gql/graphql.ts';

export const MESSAGES_PAGE_SIZE = 50;

export const ConversationDocument = graphql(`
  query Conversation($id: ID!, $last: Int) {
    conversation(id: $id) {
      ...ConversationSummaryFields
      connectionId
      connection {
        id
        name
        status
      }
      participants {
        ...LinkedParticipantFields
      }
      messages(last: $last) {
        edges {
          cursor
          node {
            ...MessageFields
          }
        }
        pageInfo {
          hasPreviousPage
          startCursor
        }
      }
      replies {
        ...ReplyFields
      }
    }
  }
`);

export function useConversation(id: string, last: number) {
  return useQuery(ConversationDocument, {
    variables: { id, last },
    fetchPolicy: 'cache-and-network',
  });
}

/** The open conversation as the view renders it (the query's answer, once found). */
export type ConversationDetail = NonNullable<ConversationQuery['conversation']>;
