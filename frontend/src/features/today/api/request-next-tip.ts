// Asking for the next tip: the open one, or one the recommender decides now. The answer replaces
// the cached open tip, so Today shows what was decided without reading it again.
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql/gql.ts';
import { type MutationOutcome, outcomeOf, requestFailed } from '../../../lib/mutation-outcome.ts';
import { NextTipDocument } from './next-tip.ts';

export const RequestNextTipDocument = graphql(`
  mutation RequestNextTip($input: RequestNextTipInput!) {
    requestNextTip(input: $input) {
      __typename
      ... on RequestNextTipSuccess {
        decision {
          tip {
            ...CurrentTipFields
          }
        }
      }
      ...ApiErrorFields
    }
  }
`);

export function useRequestNextTip(workspaceId: string) {
  const [mutate] = useMutation(RequestNextTipDocument, {
    update(cache, { data }) {
      const result = data?.requestNextTip;
      if (result?.__typename !== 'RequestNextTipSuccess') return;
      cache.writeQuery({
        query: NextTipDocument,
        variables: { workspaceId },
        data: { nextTip: result.decision.tip ?? null },
      });
    },
  });
  /** Succeeds with whether a tip is now open (false: nothing worth suggesting). */
  async function requestNextTip(): Promise<MutationOutcome<boolean>> {
    try {
      const { data } = await mutate({ variables: { input: { workspaceId } } });
      return outcomeOf(data?.requestNextTip, (result) =>
        result.__typename === 'RequestNextTipSuccess' ? result.decision.tip != null : undefined,
      );
    } catch (error) {
      return requestFailed(error);
    }
  }
  return requestNextTip;
}
