// Disconnects a channel: its messages stay, nothing new arrives and replies cannot go out.
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../../gql/gql.ts';
import { type MutationOutcome, requestFailed } from '../../../../lib/mutation-outcome.ts';
import { connectionOutcome } from './connection-outcome.ts';
import { ConnectionsDocument } from './connections.ts';

export const DeleteConnectionDocument = graphql(`
  mutation DeleteConnection($input: DeleteConnectionInput!) {
    deleteConnection(input: $input) {
      __typename
      ... on DeleteConnectionSuccess {
        id
      }
      ...ApiErrorFields
    }
  }
`);

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
