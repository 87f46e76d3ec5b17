// The connections' statements, run as the calling user: RLS lets members read and admins write,
// and the credentials column is never selected (it is not granted to users).
import { json, type Tx } from '../../db/port.ts';
import type { Channel } from '../../conversations/message.ts';

export type ConnectionStatus = 'connected' | 'syncing' | 'error' | 'disabled';

export type Connection = {
  id: string;
  workspaceId: string;
  kind: Channel;
  name: string;
  settings: Record<string, unknown>;
  credentialsHint: string;
  private: boolean;
  ownerId: string | null;
  status: ConnectionStatus;
  lastSyncAt: Date | null;
  lastError: string | null;
  lastErrorAt: Date | null;
  syncIntervalSeconds: number;
  createdAt: Date;
};

export const CONNECTION_COLUMNS = `id, workspace_id as "workspaceId", kind, name, settings,
  credentials_hint as "credentialsHint", private, owner_id as "ownerId", status,
  last_sync_at as "lastSyncAt", last_error as "lastError", last_error_at as "lastErrorAt",
  sync_interval_seconds as "syncIntervalSeconds", created_at as "createdAt"`;

export async function selectConnection(tx: Tx, id: string): Promise<Connection | undefined> {
  const [row] = await tx.query<Connection>(
    `select ${CONNECTION_COLUMNS} from integrations.connections
      where id = $1 and deleted_at is null`,
    [id],
  );
  return row;
}

export function selectConnections(tx: Tx, workspaceId: string): Promise<Connection[]> {
  return tx.query<Connection>(
    `select ${CONNECTION_COLUMNS} from integrations.connections
      where workspace_id = $1 and deleted_at is null order by created_at, id`,
    [workspaceId],
  );
}

export async function insertConnection(
  tx: Tx,
  values: {
    workspaceId: string;
    kind: Channel;
    name: string;
    settings: unknown;
    credentials: unknown;
    credentialsHint: string;
    private: boolean;
    ownerId: string;
  },
): Promise<Connection> {
  const [row] = await tx.query<Connection>(
    `insert into integrations.connections
       (workspace_id, kind, name, settings, credentials, credentials_hint, private, owner_id)
     values ($1, $2, $3, $4::jsonb, $5::jsonb, $6, $7, $8)
     returning ${CONNECTION_COLUMNS}`,
    [
      values.workspaceId,
      values.kind,
      values.name,
      json(values.settings),
      json(values.credentials),
      values.credentialsHint,
      values.private,
      values.ownerId,
    ],
  );
  return row!;
}

export interface ConnectionChanges {
  name?: string | undefined;
  settings?: unknown;
  syncIntervalSeconds?: number | undefined;
  private?: boolean | undefined;
  disabled?: boolean | undefined;
}

/** Applies the given changes; undefined when no row matched (RLS, deleted, or not an admin). */
export async function updateConnection(
  tx: Tx,
  id: string,
  changes: ConnectionChanges,
): Promise<Connection | undefined> {
  const [row] = await tx.query<Connection>(
    `update integrations.connections set
        name = coalesce($2, name),
        settings = coalesce($3::jsonb, settings),
        sync_interval_seconds = coalesce($4, sync_interval_seconds),
        private = coalesce($5, private),
        status = case when $6::boolean is true then 'disabled'
                      when $6::boolean is false and status = 'disabled' then 'connected'
                      else status end
        -- credentials are never referenced here: users may write that column, not read it.
      where id = $1 and deleted_at is null
      returning ${CONNECTION_COLUMNS}`,
    [
      id,
      changes.name ?? null,
      changes.settings === undefined ? null : json(changes.settings),
      changes.syncIntervalSeconds ?? null,
      changes.private ?? null,
      changes.disabled ?? null,
    ],
  );
  return row;
}

/** Replaces the sealed credentials; new ones may fix the last error, so the next pull is now. */
export async function updateCredentials(
  tx: Tx,
  id: string,
  sealed: unknown,
  hint: string,
): Promise<Connection | undefined> {
  const [row] = await tx.query<Connection>(
    `update integrations.connections
        set credentials = $2::jsonb, credentials_hint = $3, next_sync_at = now()
      where id = $1 and deleted_at is null
      returning ${CONNECTION_COLUMNS}`,
    [id, json(sealed), hint],
  );
  return row;
}

/** What a test of the credentials found: connected, or the platform's error. */
export async function recordTestResult(
  tx: Tx,
  id: string,
  error: string | null,
): Promise<Connection | undefined> {
  const [row] = await tx.query<Connection>(
    `update integrations.connections set
        status = case when status = 'disabled' then status
                      when $2::text is null then 'connected' else 'error' end,
        last_error = $2, last_error_at = case when $2::text is null then last_error_at else now() end
      where id = $1 and deleted_at is null
      returning ${CONNECTION_COLUMNS}`,
    [id, error],
  );
  return row;
}

export async function softDeleteConnection(tx: Tx, id: string): Promise<boolean> {
  const rows = await tx.query(
    `update integrations.connections set deleted_at = now()
      where id = $1 and deleted_at is null returning id`,
    [id],
  );
  return rows.length > 0;
}

/** The sealed credentials, for an admin of the connection's workspace; null for anyone else. */
export async function selectSealedCredentials(tx: Tx, id: string): Promise<unknown> {
  const [row] = await tx.query<{ sealed: unknown }>(
    'select integrations.connection_credentials($1) as sealed',
    [id],
  );
  return row?.sealed ?? null;
}

/** Whether the caller is a member (any role) of the workspace. */
export async function isMember(tx: Tx, workspaceId: string): Promise<boolean> {
  const [row] = await tx.query<{ member: boolean }>(
    `select $1::uuid = any ((select workspaces.my_workspace_ids('viewer'))::uuid[]) as member`,
    [workspaceId],
  );
  return row?.member ?? false;
}
