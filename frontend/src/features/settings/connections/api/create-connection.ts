// Connects a channel: the credentials are checked against the platform (a refusal answers
// ConnectorFailedError in its words) and sealed in the vault; only their hint comes back.
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../../gql/gql.ts';
import type { ConnectionFieldsFragment, CreateConnectionInput } from '../../../../gql/graphql.ts';
import { type MutationOutcome, requestFailed } from '../../../../lib/mutation-outcome.ts';
import { connectionOutcome } from './connection-outcome.ts';
import { ConnectionsDocument } from './connections.ts';

export const CreateConnectionDocument = graphql(`
  mutation CreateConnection($input: CreateConnectionInput!) {
    createConnection(input: $input) {
      __typename
      ... on CreateConnectionSuccess {
        connection {
          ...ConnectionFields
        }
      }
      ...ApiErrorFields
    }
  }
`);

export function useCreateConnection() {
  const [mutate, state] = useMutation(CreateConnectionDocument, {
    // The new connection joins the list.
    refetchQueries: [ConnectionsDocument],
  });
  async function createConnection(
    input: CreateConnectionInput,
  ): Promise<MutationOutcome<ConnectionFieldsFragment>> {
    try {
      const { data } = await mutate({ variables: { input: input } });
      return connectionOutcome(data?.createConnection, (r) =>
        r.__typename === 'CreateConnectionSuccess' ? r.connection : undefined,
      );
    } catch (error) {
      return requestFailed(error);
    }
  }
  return { createConnection, busy: state.loading };
}
