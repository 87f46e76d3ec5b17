// Pulls what is new now instead of waiting for the connection's schedule.
import { gql, type TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { type MutationOutcome, requestFailed } from '../../../../lib/mutation-outcome.ts';
import { ConnectionFieldsFragment } from './connection-fields.ts';
import { connectionOutcome } from './connection-outcome.ts';
import type { Connection, SyncConnectionMutation } from './connection-types.ts';

export const SyncConnectionDocument: TypedDocumentNode<
  SyncConnectionMutation,
  { input: { id: string } }
> = gql`
  mutation SyncConnection($input: SyncConnectionInput!) {
    syncConnection(input: $input) {
      __typename
      ... on SyncConnectionSuccess {
        connection {
          ...ConnectionFields
        }
      }
      ... on ConnectorFailedError {
        message
        code
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
  ${ConnectionFieldsFragment}
`;

export function useSyncConnection() {
  const [mutate, state] = useMutation(SyncConnectionDocument);
  async function syncConnection(id: string): Promise<MutationOutcome<Connection>> {
    try {
      const { data } = await mutate({ variables: { input: { id } } });
      return connectionOutcome(data?.syncConnection, (r) =>
        r.__typename === 'SyncConnectionSuccess' ? r.connection : undefined,
      );
    } catch (error) {
      return requestFailed(error);
    }
  }
  return { syncConnection, busy: state.loading };
}
