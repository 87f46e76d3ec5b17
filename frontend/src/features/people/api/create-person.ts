// Creates a person, optionally at one of the workspace's organizations.
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql/gql.ts';
import type { CreatePersonInput } from '../../../gql/graphql.ts';
import { type MutationOutcome, outcomeOf, requestFailed } from '../../../lib/mutation-outcome.ts';
import { PeopleListDocument } from './people-list.ts';

const CreatePersonDocument = graphql(`
  mutation CreatePerson($input: CreatePersonInput!) {
    createPerson(input: $input) {
      __typename
      ... on CreatePersonSuccess {
        person {
          id
          name
        }
      }
      ...ApiErrorFields
    }
  }
`);

export function useCreatePerson() {
  const [mutate] = useMutation(CreatePersonDocument, {
    refetchQueries: ({ data }) =>
      data?.createPerson.__typename === 'CreatePersonSuccess' ? [PeopleListDocument] : [],
    awaitRefetchQueries: true,
  });
  return async function createPerson(
    input: CreatePersonInput,
  ): Promise<MutationOutcome<{ id: string; name: string }>> {
    try {
      const { data } = await mutate({ variables: { input } });
      return outcomeOf(data?.createPerson, (r) =>
        r.__typename === 'CreatePersonSuccess' ? r.person : undefined,
      );
    } catch (error) {
      return requestFailed(error);
    }
  };
}
