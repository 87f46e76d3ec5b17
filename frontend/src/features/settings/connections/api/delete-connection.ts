// Disconnects a channel: its messages stay, nothing new arrives and replies cannot go out.
import { gql, type TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { type MutationOutcome, requestFailed } from '../../../../lib/mutation-outcome.ts';
import { connectionOutcome } from './connection-outcome.ts';
import type { DeleteConnectionMutation } from './connection-types.ts';
import { ConnectionsDocument } from './connections.ts';

export const DeleteConnectionDocument: TypedDocumentNode<
  DeleteConnectionMutation,
  { input: { id: string } }
> = gql`
  mutation DeleteConnection($input: DeleteConnectionInput!) {
    deleteConnection(input: $input) {
      __typename
      ... on DeleteConnectionSuccess {
        id
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

export function useDeleteConnection() {
  const [mutate, state] = useMutation(DeleteConnectionDocument, {
    refetchQueries: [ConnectionsDocument],
  });
  async function deleteConnection(id: string): Promise<MutationOutcome<{ id: string }>> {
    try {
      const { data } = await mutate({ variables: { input: { id } } });
      return connectionOutcome(data?.deleteConnection, (r) =>
        r.__typename === 'DeleteConnectionSuccess' ? { id: r.id } : undefined,
      );
    } catch (error) {
      return requestFailed(error);
    }
  }
  return { deleteConnection, busy: state.loading };
}
