// Answers a conversation through its channel: the API queues the reply and delivers it durably;
// its status (queued, sent, failed with the channel's reason) comes back on the conversation.
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql/gql.ts';
import type { ReplyFieldsFragment } from '../../../gql/graphql.ts';
import { type MutationOutcome, outcomeOf, requestFailed } from '../../../lib/mutation-outcome.ts';

export const SendReplyDocument = graphql(`
  mutation SendReply($input: SendReplyInput!) {
    sendReply(input: $input) {
      __typename
      ... on SendReplySuccess {
        reply {
          ...ReplyFields
        }
      }
      ...ApiErrorFields
    }
  }
`);

export function useSendReply() {
  const [mutate, state] = useMutation(SendReplyDocument);
  async function sendReply(
    conversationId: string,
    text: string,
  ): Promise<MutationOutcome<ReplyFieldsFragment>> {
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
