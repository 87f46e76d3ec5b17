// The members of a record's workspace: who a user custom field, an assignee or a timeline entry
// names, shown by email.
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql/gql.ts';

const RecordWorkspaceMembersDocument = graphql(`
  query RecordWorkspaceMembers {
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

export function useWorkspaceMembers(workspaceId: string) {
  const result = useQuery(RecordWorkspaceMembersDocument);
  const members =
    result.data?.me.workspaces.find((workspace) => workspace.id === workspaceId)?.members ?? [];
  return { members, meId: result.data?.me.id };
}
