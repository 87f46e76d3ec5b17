// Asks the platform whether the stored credentials still work; names the account they reach.
import { gql, type TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { type MutationOutcome, requestFailed } from '../../../../lib/mutation-outcome.ts';
import { ConnectionFieldsFragment } from './connection-fields.ts';
import { connectionOutcome } from './connection-outcome.ts';
import type { TestConnectionMutation } from './connection-types.ts';

export const TestConnectionDocument: TypedDocumentNode<
  TestConnectionMutation,
  { input: { id: string } }
> = gql`
  mutation TestConnection($input: TestConnectionInput!) {
    testConnection(input: $input) {
      __typename
      ... on TestConnectionSuccess {
        accountName
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

export function useTestConnection() {
  const [mutate, state] = useMutation(TestConnectionDocument);
  async function testConnection(id: string): Promise<MutationOutcome<{ accountName: string }>> {
    try {
      const { data } = await mutate({ variables: { input: { id } } });
      return connectionOutcome(data?.testConnection, (r) =>
        r.__typename === 'TestConnectionSuccess' ? { accountName: r.accountName } : undefined,
      );
    } catch (error) {
      return requestFailed(error);
    }
  }
  return { testConnection, busy: state.loading };
}
