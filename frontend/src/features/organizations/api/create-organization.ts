// Creates an organization.
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql/gql.ts';
import type { CreateOrganizationInput } from '../../../gql/graphql.ts';
import { type MutationOutcome, outcomeOf, requestFailed } from '../../../lib/mutation-outcome.ts';
import { OrganizationsListDocument } from './organizations-list.ts';

const CreateOrganizationDocument = graphql(`
  mutation CreateOrganization($input: CreateOrganizationInput!) {
    createOrganization(input: $input) {
      __typename
      ... on CreateOrganizationSuccess {
        organization {
          id
          name
        }
      }
      ...ApiErrorFields
    }
  }
`);

export function useCreateOrganization() {
  const [mutate] = useMutation(CreateOrganizationDocument, {
    refetchQueries: ({ data }) =>
      data?.createOrganization.__typename === 'CreateOrganizationSuccess'
        ? [OrganizationsListDocument]
        : [],
    awaitRefetchQueries: true,
  });
  return async function createOrganization(
    input: CreateOrganizationInput,
  ): Promise<MutationOutcome<{ id: string; name: string }>> {
    try {
      const { data } = await mutate({ variables: { input } });
      return outcomeOf(data?.createOrganization, (r) =>
        r.__typename === 'CreateOrganizationSuccess' ? r.organization : undefined,
      );
    } catch (error) {
      return requestFailed(error);
    }
  };
}
