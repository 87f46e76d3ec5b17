// Gives a conversation to a member of the workspace (or to nobody).
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql/gql.ts';
import { type MutationOutcome, outcomeOf, requestFailed } from '../../../lib/mutation-outcome.ts';

export const AssignConversationDocument = graphql(`
  mutation AssignConversation($input: AssignConversationInput!) {
    assignConversation(input: $input) {
      __typename
      ... on AssignConversationSuccess {
        conversation {
          id
          assigneeId
        }
      }
      ...ApiErrorFields
    }
  }
`);

export function useAssignConversation() {
  const [mutate, state] = useMutation(AssignConversationDocument);
  async function assignConversation(
    conversationId: string,
    assigneeId: string | null,
  ): Promise<MutationOutcome<{ id: string }>> {
    try {
      const { data } = await mutate({ variables: { input: { conversationId, assigneeId } } });
      return outcomeOf(
        data?.assignConversation,
        (r) => (r.__typename === 'AssignConversationSuccess' ? r.conversation : undefined),
        { assigneeId: 'The assignee' },
      );
    } catch (error) {
      return requestFailed(error);
    }
  }
  return { assignConversation, assigning: state.loading };
}
