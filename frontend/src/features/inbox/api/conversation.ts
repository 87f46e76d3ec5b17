// One conversation with its latest messages (oldest first), its participants linked to their
// records, and the replies not yet stored as messages (queued, sending, failed).
import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import type { ConversationQuery, ConversationQueryVariables } from './inbox-types.ts';

export const MESSAGES_PAGE_SIZE = 50;

export const ConversationDocument: TypedDocumentNode<
  ConversationQuery,
  ConversationQueryVariables
> = gql`
  query Conversation($id: ID!, $last: Int) {
    conversation(id: $id) {
      id
      channel
      subject
      preview
      unread
      lastMessageAt
      messageCount
      status
      connectionId
      person {
        id
        name
      }
      organization {
        id
        name
      }
      assigneeId
      participants {
        handle
        name
        person {
          id
          name
          organization {
            id
            name
          }
        }
      }
      messages(last: $last) {
        edges {
          cursor
          node {
            id
            direction
            sender {
              handle
              name
              person {
                id
                name
              }
            }
            text
            html
            sentAt
            attachments {
              name
              mime
              size
              url
            }
            editedAt
            deleted
          }
        }
        pageInfo {
          hasPreviousPage
          startCursor
        }
      }
      replies {
        id
        text
        status
        error
        createdAt
        sentAt
      }
    }
  }
`;

export function useConversation(id: string, last: number) {
  return useQuery(ConversationDocument, {
    variables: { id, last },
    fetchPolicy: 'cache-and-network',
  });
}
