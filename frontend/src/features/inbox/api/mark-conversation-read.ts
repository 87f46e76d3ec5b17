// Marks a conversation read for the signed-in user when they open it.
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql/gql.ts';
import { InboxUnreadCountDocument } from './conversations.ts';

export const MarkConversationReadDocument = graphql(`
  mutation MarkConversationRead($input: MarkConversationReadInput!) {
    markConversationRead(input: $input) {
      __typename
      ... on MarkConversationReadSuccess {
        conversation {
          id
          unread
        }
      }
      ...ApiErrorFields
    }
  }
`);

export function useMarkConversationRead() {
  const [mutate] = useMutation(MarkConversationReadDocument, {
    // The nav's count goes down with it.
    refetchQueries: [InboxUnreadCountDocument],
  });
  /** Best effort: a conversation that stays unread is shown as such, nothing else breaks. */
  return async function markRead(conversationId: string): Promise<void> {
    try {
      await mutate({ variables: { input: { conversationId } } });
    } catch {
      // The dot stays; the next open tries again.
    }
  };
}
