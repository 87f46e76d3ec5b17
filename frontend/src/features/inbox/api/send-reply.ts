// Answers a conversation through its channel: the API queues the reply and delivers it durably;
// its status (queued, sent, failed with the channel's reason) comes back on the conversation.
import { gql, type TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { type MutationOutcome, outcomeOf, requestFailed } from '../../../lib/mutation-outcome.ts';
import type { Reply, SendReplyMutation, SendReplyMutationVariables } from './inbox-types.ts';

export const SendReplyDocument: TypedDocumentNode<SendReplyMutation, SendReplyMutationVariables> =
  gql`
    mutation SendReply($input: SendReplyInput!) {
      sendReply(input: $input) {
        __typename
        ... on SendReplySuccess {
          reply {
            id
            text
            status
            error
            createdAt
            sentAt
          }
        }
        ... on Error {
          message
          code
        }
        ... on ValidationError {
          fieldErrors {
            path
            message
          }
        }
        ... on NotFoundError {
          entity
        }
      }
    }
  `;

export function useSendReply() {
  const [mutate, state] = useMutation(SendReplyDocument);
  async function sendReply(conversationId: string, text: string): Promise<MutationOutcome<Reply>> {
    try {
      const { data } = await mutate({ variables: { input: { conversationId, text } } });
      return outcomeOf(
        data?.sendReply,
        (r) => (r.__typename === 'SendReplySuccess' ? r.reply : undefined),
        { text: 'The reply' },
      );
    } catch (error) {
      return requestFailed(error);
    }
  }
  return { sendReply, sending: state.loading };
}
