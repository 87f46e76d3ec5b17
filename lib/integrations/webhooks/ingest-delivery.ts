// A stored webhook delivery into conversations, once: the delivery row is locked, normalized and
// stored, and marked processed in the same transaction. A payload its connector cannot read
// becomes a dead letter and is marked processed too: it is never retried on its own.
import type { Tx } from '../../db/port.ts';
import { insertDeadLetters } from '../dead-letters/sql.ts';
import { openConnection } from '../open-connection.ts';
import type { IntegrationServices } from '../services.ts';
import { storeNormalized } from '../store-normalized.ts';
import { markProcessed, selectDeliveryForUpdate } from './sql.ts';

export type DeliveryOutcome =
  | { status: 'stored'; stored: number; duplicates: number }
  | { status: 'dead-letter' }
  | { status: 'skipped'; why: 'processed' | 'gone' | 'connection-gone' };

/** tx runs as the service. */
export async function ingestDelivery(
  tx: Tx,
  services: IntegrationServices,
  deliveryId: string,
): Promise<DeliveryOutcome> {
  const delivery = await selectDeliveryForUpdate(tx, deliveryId);
  if (!delivery) return { status: 'skipped', why: 'gone' };
  if (delivery.processedAt) return { status: 'skipped', why: 'processed' };
  const open = await openConnection(tx, services, delivery.connectionId);
  if (!open) {
    await markProcessed(tx, deliveryId);
    return { status: 'skipped', why: 'connection-gone' };
  }
  const outcome = await storeNormalized(tx, open, delivery.payload);
  await markProcessed(tx, deliveryId);
  if (!outcome.ok) {
    await insertDeadLetters(tx, open.connection, [
      {
        source: 'webhook',
        externalId: delivery.externalId,
        payload: delivery.payload,
        error: outcome.error,
      },
    ]);
    return { status: 'dead-letter' };
  }
  return {
    status: 'stored',
    stored: outcome.result.stored.length,
    duplicates: outcome.result.duplicates,
  };
}
