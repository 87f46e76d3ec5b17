// The workspace a page works in, resolved by the app shell (the user's choice, checked against
// their memberships). Pages read it here instead of reaching into the workspaces feature.
import { createContext, useContext } from 'react';

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

/** Whether the role may edit records (members and up). */
export function canEdit(role: WorkspaceRole): boolean {
  return role !== 'VIEWER';
}

/** Whether the role may manage members (owners and admins). */
export function canManageMembers(role: WorkspaceRole): boolean {
  return role === 'OWNER' || role === 'ADMIN';
}
