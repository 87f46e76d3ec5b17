// Replaces a connection's secrets (a rotated bot token, a new app password). The old ones are
// never shown; the form starts empty.
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../../gql/gql.ts';
import { type MutationOutcome, requestFailed } from '../../../../lib/mutation-outcome.ts';
import { connectionOutcome } from './connection-outcome.ts';
import type { ConnectionFieldsFragment } from '../../../../gql/graphql.ts';

export const UpdateConnectionCredentialsDocument = graphql(`
  mutation UpdateConnectionCredentials($input: UpdateConnectionCredentialsInput!) {
    updateConnectionCredentials(input: $input) {
      __typename
      ... on UpdateConnectionCredentialsSuccess {
        connection {
          ...ConnectionFields
        }
      }
      ...ApiErrorFields
    }
  }
`);

export function useUpdateConnectionCredentials() {
  const [mutate, state] = useMutation(UpdateConnectionCredentialsDocument);
  async function updateCredentials(
    id: string,
    credentials: Record<string, unknown>,
  ): Promise<MutationOutcome<ConnectionFieldsFragment>> {
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
