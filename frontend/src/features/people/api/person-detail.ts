// One person with what their page shows.
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql/gql.ts';

export const PersonDetailDocument = graphql(`
  query PersonDetail($id: ID!) {
    person(id: $id) {
      id
      workspaceId
      name
      emails
      phones
      links
      customFields
      createdAt
      ownerId
      organizationId
      organization {
        id
        name
      }
    }
  }
`);

export function usePersonDetail(id: string) {
  return useQuery(PersonDetailDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
}
