// Pulls what is new now instead of waiting for the connection's schedule.
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../../gql/gql.ts';
import { type MutationOutcome, requestFailed } from '../../../../lib/mutation-outcome.ts';
import { connectionOutcome } from './connection-outcome.ts';
import type { ConnectionFieldsFragment } from '../../../../gql/graphql.ts';

export const SyncConnectionDocument = graphql(`
  mutation SyncConnection($input: SyncConnectionInput!) {
    syncConnection(input: $input) {
      __typename
      ... on SyncConnectionSuccess {
        connection {
          ...ConnectionFields
        }
      }
      ...ApiErrorFields
    }
  }
`);

export function useSyncConnection() {
  const [mutate, state] = useMutation(SyncConnectionDocument);
  async function syncConnection(id: string): Promise<MutationOutcome<ConnectionFieldsFragment>> {
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
