// The pull schedule and a connection's sync status, written by the service.
import { pgArray, type Tx } from '../../db/port.ts';

export type DueConnection = {
  id: string;
  workspaceId: string;
};

/**
 * Claims up to `limit` connections whose pull is due and moves their next pull one interval on,
 * in one statement: two schedulers running at once never claim the same connection.
 */
export function claimDueConnections(
  tx: Tx,
  kinds: readonly string[],
  limit: number,
): Promise<DueConnection[]> {
  if (kinds.length === 0) return Promise.resolve([]);
  return tx.query<DueConnection>(
    `update integrations.connections c
        set next_sync_at = now() + make_interval(secs => c.sync_interval_seconds)
      where c.id in (
        select id from integrations.connections
         where next_sync_at <= now() and deleted_at is null and status <> 'disabled'
           and kind = any ($1::text[])
         order by next_sync_at limit $2
         for update skip locked)
      returning c.id, c.workspace_id as "workspaceId"`,
    [pgArray(kinds), limit],
  );
}

export async function markSyncing(tx: Tx, id: string): Promise<void> {
  await tx.query(
    `update integrations.connections set status = 'syncing'
      where id = $1 and deleted_at is null and status <> 'disabled'`,
    [id],
  );
}

export async function markSynced(tx: Tx, id: string): Promise<void> {
  await tx.query(
    `update integrations.connections
        set status = 'connected', last_sync_at = now(), last_error = null
      where id = $1 and deleted_at is null and status <> 'disabled'`,
    [id],
  );
}

export async function markSyncFailed(tx: Tx, id: string, error: string): Promise<void> {
  await tx.query(
    `update integrations.connections
        set status = 'error', last_error = $2, last_error_at = now()
      where id = $1 and deleted_at is null and status <> 'disabled'`,
    [id, error],
  );
}
