// The workspace a page works in, resolved by the app shell (the user's choice, checked against
// their memberships). Pages read it here instead of reaching into the workspaces feature.
import { createContext, useContext } from 'react';
import { canEditRecords, canManageWorkspace } from '../../../lib/workspaces/roles.ts';

export type WorkspaceRole = 'OWNER' | 'ADMIN' | 'MEMBER' | 'VIEWER';

export interface CurrentWorkspace {
  id: string;
  name: string;
  slug: string;
  role: WorkspaceRole;
}

export const WorkspaceContext = createContext<CurrentWorkspace | null>(null);

export function useWorkspace(): CurrentWorkspace {
  const workspace = useContext(WorkspaceContext);
  if (!workspace) throw new Error('useWorkspace() is for pages inside the app shell');
  return workspace;
}

// The API spells roles in capitals (a GraphQL enum); the role model in lib/workspaces/roles.ts
// is shared with the server.

/** Whether the role may edit records (members and up). */
export function canEdit(role: WorkspaceRole): boolean {
  return canEditRecords(role.toLowerCase());
}

/** Whether the role may manage members (owners and admins). */
export function canManageMembers(role: WorkspaceRole): boolean {
  return canManageWorkspace(role.toLowerCase());
}
