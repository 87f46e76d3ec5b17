// Asks the platform whether the stored credentials still work; names the account they reach.
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../../gql/gql.ts';
import { type MutationOutcome, requestFailed } from '../../../../lib/mutation-outcome.ts';
import { connectionOutcome } from './connection-outcome.ts';

export const TestConnectionDocument = graphql(`
  mutation TestConnection($input: TestConnectionInput!) {
    testConnection(input: $input) {
      __typename
      ... on TestConnectionSuccess {
        accountName
        connection {
          ...ConnectionFields
        }
      }
      ...ApiErrorFields
    }
  }
`);

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
