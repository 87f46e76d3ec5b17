// The members of a workspace (the API lists them under `me`): who an assignee, a user custom
// field or a timeline entry names, and who the members dialog shows.
import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql/gql.ts';

export const WorkspaceMembersDocument = graphql(`
  query WorkspaceMembers {
    me {
      id
      workspaces {
        id
        members {
          userId
          email
          role
        }
      }
    }
  }
`);

export function useWorkspaceMembers(workspaceId: string, { skip = false } = {}) {
  const result = useQuery(WorkspaceMembersDocument, { skip });
  const members =
    result.data?.me.workspaces.find((workspace) => workspace.id === workspaceId)?.members ?? [];
  return { ...result, members, meId: result.data?.me.id };
}
