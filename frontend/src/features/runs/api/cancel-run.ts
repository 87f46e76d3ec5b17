// Cancels a run that has not ended. The API refuses one that has (a ValidationError on runId).
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql/gql.ts';
import { type MutationOutcome, outcomeOf, requestFailed } from '../../../lib/mutation-outcome.ts';

export const CancelAutomationRunDocument = graphql(`
  mutation CancelAutomationRun($input: AutomationRunInput!) {
    cancelAutomationRun(input: $input) {
      __typename
      ... on CancelAutomationRunSuccess {
        run {
          ...RunDetailFields
        }
      }
      ...ApiErrorFields
    }
  }
`);

export function useCancelRun() {
  const [mutate, state] = useMutation(CancelAutomationRunDocument);
  async function cancelRun(runId: string): Promise<MutationOutcome<{ id: string }>> {
    try {
      const { data } = await mutate({ variables: { input: { runId } } });
      return outcomeOf(data?.cancelAutomationRun, (r) =>
        r.__typename === 'CancelAutomationRunSuccess' ? r.run : undefined,
      );
    } catch (error) {
      return requestFailed(error);
    }
  }
  return { cancelRun, cancelling: state.loading };
}
