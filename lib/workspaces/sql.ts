// The workspaces module's SQL. Rows come back in camelCase.
import { pgArray, type Tx } from '../db/port.ts';

export interface Workspace {
  id: string;
  name: string;
  slug: string;
  role: string;
  createdAt: Date;
}

export interface WorkspaceMember {
  workspaceId: string;
  userId: string;
  email: string;
  role: string;
}

export function selectMyWorkspaces(tx: Tx, userId: string): Promise<Workspace[]> {
  return tx.query<Workspace & Record<string, unknown>>(
    `select w.id, w.name, w.slug, m.role, w.created_at as "createdAt"
       from workspaces.workspaces w
       join workspaces.workspace_members m on m.workspace_id = w.id and m.user_id = $1
      where w.deleted_at is null
      order by lower(w.name), w.id`,
    [userId],
  );
}

export async function insertWorkspace(tx: Tx, name: string, slug: string): Promise<Workspace> {
  const [row] = await tx.query<Workspace & Record<string, unknown>>(
    `select id, name, slug, 'owner' as role, created_at as "createdAt"
       from workspaces.create_workspace($1, $2)`,
    [name, slug],
  );
  return row!;
}

export async function insertMember(
  tx: Tx,
  workspaceId: string,
  email: string,
  role: string,
): Promise<WorkspaceMember> {
  const [row] = await tx.query<WorkspaceMember & Record<string, unknown>>(
    `select m.workspace_id as "workspaceId", m.user_id as "userId", $2::text as email, m.role
       from workspaces.add_workspace_member($1, $2, $3) m`,
    [workspaceId, email, role],
  );
  return row!;
}

export function selectMembers(tx: Tx, workspaceIds: readonly string[]): Promise<WorkspaceMember[]> {
  return tx.query<WorkspaceMember & Record<string, unknown>>(
    `select w.id as "workspaceId", d.user_id as "userId", d.email, d.role
       from unnest($1::uuid[]) as w(id), workspaces.member_directory(w.id) d`,
    [pgArray(workspaceIds)],
  );
}

export async function isWorkspaceVisible(tx: Tx, workspaceId: string): Promise<boolean> {
  const rows = await tx.query(
    'select 1 from workspaces.workspaces where id = $1 and deleted_at is null',
    [workspaceId],
  );
  return rows.length > 0;
}

export async function isWorkspaceMember(
  tx: Tx,
  workspaceId: string,
  userId: string,
): Promise<boolean> {
  const rows = await tx.query(
    'select 1 from workspaces.workspace_members where workspace_id = $1 and user_id = $2',
    [workspaceId, userId],
  );
  return rows.length > 0;
}

export function selectActingMembers(tx: Tx): Promise<{ workspaceId: string; userId: string }[]> {
  return tx.query(
    `select workspace_id as "workspaceId", user_id as "userId"
       from workspaces.workspace_members where role <> 'viewer'`,
  );
}
