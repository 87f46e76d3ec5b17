// A page of the workspace's organizations, by name, optionally matching a search.
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql/gql.ts';

export const OrganizationsListDocument = graphql(`
  query OrganizationsList(
    $workspaceId: ID!
    $search: String
    $first: Int
    $after: String
    $last: Int
    $before: String
  ) {
    organizations(
      workspaceId: $workspaceId
      search: $search
      first: $first
      after: $after
      last: $last
      before: $before
    ) {
      edges {
        node {
          id
          name
          emails
          links
        }
      }
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
    }
  }
`);

export function useOrganizationsList(variables: {
  workspaceId: string;
  search: string | null;
  first?: number;
  after?: string;
  last?: number;
  before?: string;
}) {
  return useQuery(OrganizationsListDocument, { variables, fetchPolicy: 'cache-and-network' });
}
