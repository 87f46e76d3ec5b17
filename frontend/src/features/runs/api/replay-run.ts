// Starts a new run with a failed run's trigger event. The API replays failed runs only.
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql/gql.ts';
import { type MutationOutcome, outcomeOf, requestFailed } from '../../../lib/mutation-outcome.ts';

export const ReplayAutomationRunDocument = graphql(`
  mutation ReplayAutomationRun($input: AutomationRunInput!) {
    replayAutomationRun(input: $input) {
      __typename
      ... on ReplayAutomationRunSuccess {
        run {
          ...RunDetailFields
        }
      }
      ...ApiErrorFields
    }
  }
`);

export function useReplayRun() {
  const [mutate, state] = useMutation(ReplayAutomationRunDocument);
  async function replayRun(
    runId: string,
  ): Promise<MutationOutcome<{ id: string; functionName: string }>> {
    try {
      const { data } = await mutate({ variables: { input: { runId } } });
      return outcomeOf(data?.replayAutomationRun, (r) =>
        r.__typename === 'ReplayAutomationRunSuccess' ? r.run : undefined,
      );
    } catch (error) {
      return requestFailed(error);
    }
  }
  return { replayRun, replaying: state.loading };
}
