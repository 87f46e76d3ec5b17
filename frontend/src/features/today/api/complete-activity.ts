// Ticking off an activity on Today: it shows as done at once, and goes back if the API refuses.
// The mutation is the one record pages send to tick off a task.
import { useMutation } from '@apollo/client/react';
import { CompleteActivityInPlaceDocument } from '../../../api/records/tasks.ts';
import { type MutationOutcome, outcomeOf, requestFailed } from '../../../lib/mutation-outcome.ts';

export function useCompleteActivity() {
  const [mutate] = useMutation(CompleteActivityInPlaceDocument);
  return async function completeActivity(id: string): Promise<MutationOutcome<{ id: string }>> {
    try {
      const { data } = await mutate({
        variables: { input: { id } },
        optimisticResponse: {
          completeActivity: {
            __typename: 'CompleteActivitySuccess',
            activity: {
              __typename: 'Activity',
              id,
              done: true,
              doneAt: new Date().toISOString(),
              overdue: false,
            },
          },
        },
      });
      return outcomeOf(data?.completeActivity, (r) =>
        r.__typename === 'CompleteActivitySuccess' ? r.activity : undefined,
      );
    } catch (error) {
      return requestFailed(error);
    }
  };
}
