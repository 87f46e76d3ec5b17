// Making a shadow policy the live one (admins only); the report is refetched so the page shows
// the new live policy.
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql/gql.ts';
import type { PolicyName } from '../../../gql/graphql.ts';
import { type MutationOutcome, outcomeOf, requestFailed } from '../../../lib/mutation-outcome.ts';
import { PolicyReportDocument } from './policy-report.ts';

export const PromotePolicyDocument = graphql(`
  mutation PromotePolicy($input: PromotePolicyInput!) {
    promotePolicy(input: $input) {
      __typename
      ... on PromotePolicySuccess {
        report {
          workspaceId
          livePolicy
        }
      }
      ...ApiErrorFields
    }
  }
`);

export function usePromotePolicy() {
  const [mutate, state] = useMutation(PromotePolicyDocument, {
    refetchQueries: ({ data }) =>
      data?.promotePolicy.__typename === 'PromotePolicySuccess' ? [PolicyReportDocument] : [],
    awaitRefetchQueries: true,
  });
  async function promotePolicy(input: {
    workspaceId: string;
    policy: PolicyName;
    reason?: string;
  }): Promise<MutationOutcome<{ livePolicy: PolicyName }>> {
    try {
      const { data } = await mutate({ variables: { input } });
      return outcomeOf(
        data?.promotePolicy,
        (r) => (r.__typename === 'PromotePolicySuccess' ? r.report : undefined),
        { reason: 'The reason', policy: 'The policy' },
      );
    } catch (error) {
      return requestFailed(error);
    }
  }
  return { promotePolicy, promoting: state.loading };
}
