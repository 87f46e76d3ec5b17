// Replaces a connection's secrets (a rotated bot token, a new app password). The old ones are
// never shown; the form starts empty.
import { gql, type TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { type MutationOutcome, requestFailed } from '../../../../lib/mutation-outcome.ts';
import { ConnectionFieldsFragment } from './connection-fields.ts';
import { connectionOutcome } from './connection-outcome.ts';
import type { Connection, UpdateConnectionCredentialsMutation } from './connection-types.ts';

export const UpdateConnectionCredentialsDocument: TypedDocumentNode<
  UpdateConnectionCredentialsMutation,
  { input: { id: string; credentials: Record<string, unknown> } }
> = gql`
  mutation UpdateConnectionCredentials($input: UpdateConnectionCredentialsInput!) {
    updateConnectionCredentials(input: $input) {
      __typename
      ... on UpdateConnectionCredentialsSuccess {
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

export function useUpdateConnectionCredentials() {
  const [mutate, state] = useMutation(UpdateConnectionCredentialsDocument);
  async function updateCredentials(
    id: string,
    credentials: Record<string, unknown>,
  ): Promise<MutationOutcome<Connection>> {
    try {
      const { data } = await mutate({ variables: { input: { id, credentials } } });
      return connectionOutcome(data?.updateConnectionCredentials, (r) =>
        r.__typename === 'UpdateConnectionCredentialsSuccess' ? r.connection : undefined,
      );
    } catch (error) {
      return requestFailed(error);
    }
  }
  return { updateCredentials, busy: state.loading };
}
