// Saves a person's fields and custom fields (lists and custom fields are replaced as a whole).
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql/gql.ts';
import type { UpdatePersonInput } from '../../../gql/graphql.ts';
import { type MutationOutcome, outcomeOf, requestFailed } from '../../../lib/mutation-outcome.ts';

const UpdatePersonDocument = graphql(`
  mutation UpdatePerson($input: UpdatePersonInput!) {
    updatePerson(input: $input) {
      __typename
      ... on UpdatePersonSuccess {
        person {
          id
          name
          emails
          phones
          links
          customFields
          organizationId
          organization {
            id
            name
          }
        }
      }
      ...ApiErrorFields
    }
  }
`);

export function useUpdatePerson() {
  const [mutate] = useMutation(UpdatePersonDocument);
  return async function updatePerson(
    input: UpdatePersonInput,
  ): Promise<MutationOutcome<{ id: string }>> {
    try {
      const { data } = await mutate({ variables: { input } });
      return outcomeOf(data?.updatePerson, (r) =>
        r.__typename === 'UpdatePersonSuccess' ? r.person : undefined,
      );
    } catch (error) {
      return requestFailed(error);
    }
  };
}
