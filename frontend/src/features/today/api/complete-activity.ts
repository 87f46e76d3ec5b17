// Ticking off an activity on Today: it shows as done at once, and goes back if the API refuses.
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql/gql.ts';
import { type MutationOutcome, outcomeOf, requestFailed } from '../../../lib/mutation-outcome.ts';

const CompleteActivityDocument = graphql(`
  mutation CompleteTodayActivity($input: CompleteActivityInput!) {
    completeActivity(input: $input) {
      __typename
      ... on CompleteActivitySuccess {
        activity {
          __typename
          id
          done
          doneAt
          overdue
        }
      }
      ...ApiErrorFields
    }
  }
`);

export function useCompleteActivity() {
  const [mutate] = useMutation(CompleteActivityDocument);
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
