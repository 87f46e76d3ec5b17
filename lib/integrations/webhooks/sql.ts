// Webhook deliveries: stored before the acknowledgement, once per platform id.
import { json, type Tx } from '../../db/port.ts';

/** Inserts the items; the ids of those not stored before (a retried delivery adds none). */
export async function insertDeliveries(
  tx: Tx,
  connection: { id: string; workspaceId: string },
  items: { externalId: string; payload: unknown }[],
): Promise<string[]> {
  if (items.length === 0) return [];
  const rows = await tx.query<{ id: string }>(
    `insert into integrations.webhook_deliveries (workspace_id, connection_id, external_id, payload)
     select $1, $2, i ->> 'externalId', coalesce(i -> 'payload', 'null'::jsonb)
       from jsonb_array_elements($3::jsonb) i
     on conflict (connection_id, external_id) do nothing
     returning id`,
    [connection.workspaceId, connection.id, json(items)],
  );
  return rows.map((r) => r.id);
}

export type Delivery = {
  id: string;
  connectionId: string;
  externalId: string;
  payload: unknown;
  processedAt: Date | null;
};

/** The delivery, locked for its ingestion; undefined when it is gone. */
export async function selectDeliveryForUpdate(tx: Tx, id: string): Promise<Delivery | undefined> {
  const [row] = await tx.query<Delivery>(
    `select id, connection_id as "connectionId", external_id as "externalId", payload,
            processed_at as "processedAt"
       from integrations.webhook_deliveries where id = $1 for update`,
    [id],
  );
  return row;
}

export async function markProcessed(tx: Tx, id: string): Promise<void> {
  await tx.query('update integrations.webhook_deliveries set processed_at = now() where id = $1', [
    id,
  ]);
}
