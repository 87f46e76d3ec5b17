// One run with its steps, output and error.
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql/gql.ts';

export const AutomationRunDocument = graphql(`
  query AutomationRun($id: ID!) {
    automationRun(id: $id) {
      ...RunDetailFields
    }
  }
`);

export function useAutomationRun(id: string) {
  return useQuery(AutomationRunDocument, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
}
