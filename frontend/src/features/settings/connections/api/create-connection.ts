// Connects a channel: the credentials are checked against the platform (a refusal answers
// ConnectorFailedError in its words) and sealed in the vault; only their hint comes back.
import { gql, type TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { type MutationOutcome, requestFailed } from '../../../../lib/mutation-outcome.ts';
import { ConnectionFieldsFragment } from './connection-fields.ts';
import { connectionOutcome } from './connection-outcome.ts';
import type {
  Connection,
  CreateConnectionInput,
  CreateConnectionMutation,
} from './connection-types.ts';
import { ConnectionsDocument } from './connections.ts';

export const CreateConnectionDocument: TypedDocumentNode<
  CreateConnectionMutation,
  { input: CreateConnectionInput }
> = gql`
  mutation CreateConnection($input: CreateConnectionInput!) {
    createConnection(input: $input) {
      __typename
      ... on CreateConnectionSuccess {
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

export function useCreateConnection() {
  const [mutate, state] = useMutation(CreateConnectionDocument, {
    // The new connection joins the list.
    refetchQueries: [ConnectionsDocument],
  });
  async function createConnection(
    input: CreateConnectionInput,
  ): Promise<MutationOutcome<Connection>> {
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
