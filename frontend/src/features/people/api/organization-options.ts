// The organizations a person can work at, for the person form's select (the first 100 by name).
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql/gql.ts';

const PersonOrganizationOptionsDocument = graphql(`
  query PersonOrganizationOptions($workspaceId: ID!) {
    organizations(workspaceId: $workspaceId, first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export function useOrganizationOptions(workspaceId: string) {
  const { data } = useQuery(PersonOrganizationOptionsDocument, {
    variables: { workspaceId },
    fetchPolicy: 'cache-and-network',
  });
  return [
    { value: '', label: 'No organization' },
    ...(data?.organizations.edges.map(({ node }) => ({ value: node.id, label: node.name })) ?? []),
  ];
}
