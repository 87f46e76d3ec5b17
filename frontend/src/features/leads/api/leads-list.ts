// A page of the workspace's leads, by name, optionally matching a search or converted or not.
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql/gql.ts';

export const LeadsListDocument = graphql(`
  query LeadsList(
    $workspaceId: ID!
    $search: String
    $filter: LeadFilter
    $first: Int
    $after: String
    $last: Int
    $before: String
  ) {
    leads(
      workspaceId: $workspaceId
      search: $search
      filter: $filter
      first: $first
      after: $after
      last: $last
      before: $before
    ) {
      edges {
        node {
          id
          name
          email
          company
          score
          converted
          stage {
            step {
              id
              name
              status {
                id
                category
                color
              }
            }
          }
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

export function useLeadsList(variables: {
  workspaceId: string;
  search: string | null;
  converted: boolean | null;
  first?: number;
  after?: string;
  last?: number;
  before?: string;
}) {
  const { converted, ...rest } = variables;
  return useQuery(LeadsListDocument, {
    variables: { ...rest, filter: converted === null ? null : { converted } },
    fetchPolicy: 'cache-and-network',
  });
}
