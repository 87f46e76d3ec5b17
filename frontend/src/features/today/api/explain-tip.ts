// "Why this tip": the policy and its probability, the features that weighed most, and what each
// shadow policy would have chosen at the same moment. Asked for only when opened.
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql/gql.ts';

export const ExplainTipDocument = graphql(`
  query ExplainTip($tipId: ID!) {
    explainTip(tipId: $tipId) {
      policy
      propensity
      candidateCount
      topFeatures {
        feature
        value
        contribution
      }
      shadows {
        policy
        title
        kind
        propensity
        probabilityOfChosen
        agreesWithLive
      }
    }
  }
`);

export function useExplainTip(tipId: string, open: boolean) {
  return useQuery(ExplainTipDocument, { variables: { tipId }, skip: !open });
}
