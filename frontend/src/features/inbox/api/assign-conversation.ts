// Gives a conversation to a member of the workspace (or to nobody).
import { gql, type TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { type MutationOutcome, outcomeOf, requestFailed } from '../../../lib/mutation-outcome.ts';
import type {
  AssignConversationMutation,
  AssignConversationMutationVariables,
} from './inbox-types.ts';

export const AssignConversationDocument: TypedDocumentNode<
  AssignConversationMutation,
  AssignConversationMutationVariables
> = gql`
  mutation AssignConversation($input: AssignConversationInput!) {
    assignConversation(input: $input) {
      __typename
      ... on AssignConversationSuccess {
        conversation {
          id
          assigneeId
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
