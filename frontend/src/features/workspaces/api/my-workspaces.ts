// The signed-in user and the workspaces they belong to, with their role in each.
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql/gql.ts';

export const MyWorkspacesDocument = graphql(`
  query MyWorkspaces {
    me {
      id
      email
      workspaces {
        id
        name
        slug
        role
      }
    }
  }
`);

export function useMyWorkspaces() {
  return useQuery(MyWorkspacesDocument);
}
