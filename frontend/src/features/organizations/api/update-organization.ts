// Saves an organization's fields and custom fields (lists and custom fields replaced as a whole).
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql/gql.ts';
import type { UpdateOrganizationInput } from '../../../gql/graphql.ts';
import { type MutationOutcome, outcomeOf, requestFailed } from '../../../lib/mutation-outcome.ts';

const UpdateOrganizationDocument = graphql(`
  mutation UpdateOrganization($input: UpdateOrganizationInput!) {
    updateOrganization(input: $input) {
      __typename
      ... on UpdateOrganizationSuccess {
        organization {
          id
          name
          emails
          phones
          links
          customFields
        }
      }
      ...ApiErrorFields
    }
  }
`);

export function useUpdateOrganization() {
  const [mutate] = useMutation(UpdateOrganizationDocument);
  return async function updateOrganization(
    input: UpdateOrganizationInput,
  ): Promise<MutationOutcome<{ id: string }>> {
    try {
      const { data } = await mutate({ variables: { input } });
      return outcomeOf(data?.updateOrganization, (r) =>
        r.__typename === 'UpdateOrganizationSuccess' ? r.organization : undefined,
      );
    } catch (error) {
      return requestFailed(error);
    }
  };
}
