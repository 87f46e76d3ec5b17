// Webhook deliveries, as ingestion reads them (the handler stores them with
// integrations.accept_webhook, once per platform id).
import type { Tx } from '../../db/port.ts';

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
