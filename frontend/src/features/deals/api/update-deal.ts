// Saves a deal's fields and custom fields (the custom fields are replaced as a whole).
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql/gql.ts';
import type { UpdateDealInput } from '../../../gql/graphql.ts';
import { type MutationOutcome, outcomeOf, requestFailed } from '../../../lib/mutation-outcome.ts';
import { RecordTransitionsDocument } from '../../../api/records/record-transitions.ts';

const UpdateDealDocument = graphql(`
  mutation UpdateDeal($input: UpdateDealInput!) {
    updateDeal(input: $input) {
      __typename
      ... on UpdateDealSuccess {
        deal {
          id
          name
          amount {
            amount
            currency
          }
          currency
          expectedCloseDate
          customFields
        }
      }
      ...ApiErrorFields
    }
  }
`);

export function useUpdateDeal() {
  // Moves that need an amount or a close date may be allowed once they are saved.
  const [mutate] = useMutation(UpdateDealDocument, { refetchQueries: [RecordTransitionsDocument] });
  return async function updateDeal(
    input: UpdateDealInput,
  ): Promise<MutationOutcome<{ id: string }>> {
    try {
      const { data } = await mutate({ variables: { input } });
      return outcomeOf(data?.updateDeal, (r) =>
        r.__typename === 'UpdateDealSuccess' ? r.deal : undefined,
      );
    } catch (error) {
      return requestFailed(error);
    }
  };
}
