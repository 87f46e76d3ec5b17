// A page of the workspace's people, by name, optionally matching a search.
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql/gql.ts';

export const PeopleListDocument = graphql(`
  query PeopleList(
    $workspaceId: ID!
    $search: String
    $first: Int
    $after: String
    $last: Int
    $before: String
  ) {
    people(
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
          phones
          organization {
            id
            name
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

export function usePeopleList(variables: {
  workspaceId: string;
  search: string | null;
  first?: number;
  after?: string;
  last?: number;
  before?: string;
}) {
  return useQuery(PeopleListDocument, { variables, fetchPolicy: 'cache-and-network' });
}
