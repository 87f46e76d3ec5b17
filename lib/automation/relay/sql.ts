// The relay's statements over automation.outbox. `seq` is taken when the event is written, so
// two writes to the same entity (which conflict on its row, the second waiting for the first to
// commit) are numbered in the order they committed.
import { pgArray, type Tx } from '../../db/port.ts';
import type { OutboxEvent } from './outbox-relay.ts';

/** Relays in every process take turns on this lock, so batches leave in `seq` order. */
export async function takeRelayTurn(tx: Tx): Promise<void> {
  await tx.query(`select pg_advisory_xact_lock(hashtext('automation.outbox relay'))`);
}

export async function pendingEvents(tx: Tx, limit: number): Promise<OutboxEvent[]> {
  const rows = await tx.query<{
    id: string;
    name: string;
    data: Record<string, unknown>;
    ts: number;
  }>(
    `select id, name, data, (extract(epoch from created_at) * 1000)::float8 as ts
       from automation.outbox where delivered_at is null order by seq limit $1`,
    [limit],
  );
  return rows.map((row) => ({ ...row, ts: Math.round(row.ts) }));
}

export async function markDelivered(tx: Tx, ids: string[]): Promise<void> {
  await tx.query(`update automation.outbox set delivered_at = now() where id = any($1::uuid[])`, [
    pgArray(ids),
  ]);
}
