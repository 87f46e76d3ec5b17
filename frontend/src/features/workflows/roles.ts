// Who may change workflows: the API lets owners and admins edit drafts and publish them.
import type { WorkspaceRole } from '../../hooks/use-workspace.ts';

export function mayEditWorkflows(role: WorkspaceRole): boolean {
  return role === 'OWNER' || role === 'ADMIN';
}
