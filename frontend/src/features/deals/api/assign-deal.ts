// Assigns a deal to a member (or nobody). The assignee gets a review task from the automation.
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql/gql.ts';
import { type MutationOutcome, outcomeOf, requestFailed } from '../../../lib/mutation-outcome.ts';

const AssignDealDocument = graphql(`
  mutation AssignDeal($input: AssignDealInput!) {
    assignDeal(input: $input) {
      __typename
      ... on AssignDealSuccess {
        deal {
          id
          assigneeId
        }
      }
      ...ApiErrorFields
    }
  }
`);

export function useAssignDeal() {
  const [mutate, state] = useMutation(AssignDealDocument);
  async function assignDeal(
    dealId: string,
    assigneeId: string | null,
  ): Promise<MutationOutcome<{ id: string }>> {
    try {
      const { data } = await mutate({ variables: { input: { dealId, assigneeId } } });
      return outcomeOf(
        data?.assignDeal,
        (r) => (r.__typename === 'AssignDealSuccess' ? r.deal : undefined),
        { assigneeId: 'The assignee' },
      );
    } catch (error) {
      return requestFailed(error);
    }
  }
  return { assignDeal, assigning: state.loading };
}
