// Where each pull stands, per connection and scope. Written in the transaction that stores the
// page's messages: the cursor never runs ahead of what is stored, nor behind it.
import { json, type Tx } from '../db/port.ts';

export async function readCursors(tx: Tx, connectionId: string): Promise<Map<string, unknown>> {
  const rows = await tx.query<{ scope: string; value: unknown }>(
    'select scope, value from integrations.cursors where connection_id = $1',
    [connectionId],
  );
  return new Map(rows.map((r) => [r.scope, r.value]));
}

export async function writeCursor(
  tx: Tx,
  connection: { id: string; workspaceId: string },
  scope: string,
  value: unknown,
): Promise<void> {
  await tx.query(
    `insert into integrations.cursors (connection_id, workspace_id, scope, value)
     values ($1, $2, $3, $4::jsonb)
     on conflict (connection_id, scope) do update set value = excluded.value, updated_at = now()`,
    [connection.id, connection.workspaceId, scope, json(value ?? null)],
  );
}
