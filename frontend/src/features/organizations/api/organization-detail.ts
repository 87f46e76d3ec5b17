// One organization with what its page shows, and the people and deals that belong to it.
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql/gql.ts';

const OrganizationDetailDocument = graphql(`
  query OrganizationDetail($id: ID!) {
    organization(id: $id) {
      id
      workspaceId
      name
      emails
      phones
      links
      customFields
      createdAt
      ownerId
    }
  }
`);

const OrganizationRelationsDocument = graphql(`
  query OrganizationRelations($workspaceId: ID!, $organizationId: ID!) {
    people(workspaceId: $workspaceId, organizationId: $organizationId, first: 20) {
      edges {
        node {
          id
          name
          emails
        }
      }
      pageInfo {
        hasNextPage
      }
    }
    deals(workspaceId: $workspaceId, filter: { organizationId: $organizationId }, first: 20) {
      edges {
        node {
          id
          name
          amount {
            amount
            currency
          }
          stage {
            step {
              id
              name
            }
          }
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

export function useOrganizationDetail(id: string) {
  return useQuery(OrganizationDetailDocument, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
}

export function useOrganizationRelations(workspaceId: string, organizationId: string) {
  return useQuery(OrganizationRelationsDocument, {
    variables: { workspaceId, organizationId },
    fetchPolicy: 'cache-and-network',
  });
}
