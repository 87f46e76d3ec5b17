// Creates a deal in the pipeline's workflow (it starts in the initial step).
import { useMutation } from '@apollo/client/react';
import { z } from 'zod';
import { graphql } from '../../../gql/gql.ts';
import { AmountText } from '../../../lib/amount-text.ts';
import { type MutationOutcome, outcomeOf, requestFailed } from '../../../lib/mutation-outcome.ts';
import { PipelineBoardDocument } from './pipeline-board.ts';

/**
 * What the form can tell before asking: the amount, when given, is a number in whole cents.
 * Everything else (a name, at least 0, not too large) the API checks and answers field by field.
 */
export const NewDealForm = z.object({
  name: z.string().trim(),
  amount: AmountText,
});
export type NewDealForm = z.input<typeof NewDealForm>;

export const CreateDealDocument = graphql(`
  mutation CreateDeal($input: CreateDealInput!) {
    createDeal(input: $input) {
      __typename
      ... on CreateDealSuccess {
        deal {
          id
          name
        }
      }
      ...ApiErrorFields
    }
  }
`);

export function useCreateDeal() {
  const [mutate, state] = useMutation(CreateDealDocument, {
    // Only a success changes what the other queries show.
    refetchQueries: ({ data }) =>
      data?.createDeal.__typename === 'CreateDealSuccess' ? [PipelineBoardDocument] : [],
    awaitRefetchQueries: true,
  });
  async function createDeal(input: {
    workspaceId: string;
    workflowId: string;
    name: string;
    /** A decimal string, e.g. "12000.50". */
    amount: string | null;
    assigneeId: string | null;
  }): Promise<MutationOutcome<{ id: string; name: string }>> {
    try {
      const { data } = await mutate({ variables: { input } });
      return outcomeOf(
        data?.createDeal,
        (r) => (r.__typename === 'CreateDealSuccess' ? r.deal : undefined),
        { name: 'The name', amount: 'The amount', assigneeId: 'The assignee' },
      );
    } catch (error) {
      return requestFailed(error);
    }
  }
  return { createDeal, creating: state.loading };
}
