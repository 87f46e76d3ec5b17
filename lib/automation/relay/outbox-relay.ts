// One relay for the outbox, whoever runs the functions. It hands committed events, in the order
// they were written, to a deliverer: the embedded executor (which stores them in the relay's own
// transaction, so delivering and marking commit together), or Inngest's event API (keyed by the
// outbox row's id, so a batch resent after a crash between sending and marking is deduplicated
// by Inngest). Rows are marked delivered only after the deliverer returned; an event from a
// rolled-back transaction never exists to be sent.
import type { Db, Tx } from '../../db/port.ts';
import * as sql from './sql.ts';

export interface OutboxEvent {
  /** The outbox row's id: the event's id, which Inngest deduplicates on. */
  id: string;
  name: string;
  data: Record<string, unknown>;
  /** When the change was written, in epoch milliseconds. */
  ts: number;
}

/** Delivers one batch, in order; throwing leaves the whole batch undelivered. */
export type Deliverer = (tx: Tx, events: OutboxEvent[]) => Promise<void>;

export interface OutboxRelayOptions {
  db: Db;
  deliver: Deliverer;
  batchSize?: number;
  /** How often the background loop looks when nothing nudged it. */
  pollMs?: number;
  /** Where a failed batch is reported; the loop retries it with a growing pause. */
  onError?: (error: unknown) => void;
}

export interface OutboxRelay {
  /** Delivers the oldest batch of pending events; how many it delivered. */
  deliverBatch(): Promise<number>;
  /** Delivers batches until none is pending (at most `max` events); how many it delivered. */
  deliverPending(max?: number): Promise<number>;
  /** Delivers in the background from now on: at once when nudged, otherwise every pollMs. */
  start(): void;
  /** Events were just written: deliver without waiting for the next poll. */
  nudge(): void;
  /** Stops the background loop after the batch in flight. */
  stop(): Promise<void>;
}

const MAX_PAUSE_MS = 30_000;

export function createOutboxRelay(options: OutboxRelayOptions): OutboxRelay {
  const { db, deliver } = options;
  const batchSize = options.batchSize ?? 100;
  const pollMs = options.pollMs ?? 1_000;
  const onError =
    options.onError ??
    ((error: unknown) =>
      console.error(`outbox relay: delivery failed, will retry: ${messageOf(error)}`));

  let loop: Promise<void> | undefined;
  let running = false;
  let wake: (() => void) | undefined;
  let nudged = false;

  const deliverBatch = () =>
    db.asService(async (tx) => {
      await sql.takeRelayTurn(tx);
      const events = await sql.pendingEvents(tx, batchSize);
      if (events.length === 0) return 0;
      await deliver(tx, events);
      await sql.markDelivered(
        tx,
        events.map((e) => e.id),
      );
      return events.length;
    });

  async function deliverPending(max = 10_000): Promise<number> {
    let delivered = 0;
    while (delivered < max) {
      const count = await deliverBatch();
      delivered += count;
      if (count < batchSize) break;
    }
    return delivered;
  }

  async function run(): Promise<void> {
    let pause = pollMs;
    while (running) {
      nudged = false;
      try {
        await deliverPending();
        pause = pollMs;
      } catch (error) {
        onError(error);
        pause = Math.min(pause * 2, MAX_PAUSE_MS);
      }
      if (!running || nudged) continue;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => resolve(), pause);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wake = undefined;
    }
  }

  return {
    deliverBatch,
    deliverPending,
    start() {
      if (running) return;
      running = true;
      loop = run();
    },
    nudge() {
      nudged = true;
      wake?.();
    },
    async stop() {
      running = false;
      wake?.();
      await loop;
      loop = undefined;
    },
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
