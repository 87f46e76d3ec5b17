// The workspace role model, once for the server and the SPA (it imports this file: keep it pure).
// The database states the same order in workspaces.role_rank, behind workspaces.has_role.

/** Lowest to highest: each role may do everything the roles before it may. */
export const WORKSPACE_ROLES = ['viewer', 'member', 'admin', 'owner'] as const;

export type WorkspaceRole = (typeof WORKSPACE_ROLES)[number];

/** Whether `role` is at least `minRole`; no role (not a member) and unknown roles hold none. */
export function hasRole(role: string | null | undefined, minRole: WorkspaceRole): boolean {
  const rank = WORKSPACE_ROLES.indexOf(role as WorkspaceRole);
  return rank >= 0 && rank >= WORKSPACE_ROLES.indexOf(minRole);
}

/** Members and up create, edit and move records; viewers only read. */
export const canEditRecords = (role: string | null | undefined): boolean => hasRole(role, 'member');

/** Admins and up manage the workspace: members, workflows, the live tip policy. */
export const canManageWorkspace = (role: string | null | undefined): boolean =>
  hasRole(role, 'admin');
