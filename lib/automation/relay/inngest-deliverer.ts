// Delivering the outbox to Inngest (Cloud or self-hosted): one `send` per batch, in order, each
// event carrying its outbox row's id, which Inngest deduplicates on. The SDK retries a failed
// request itself; a batch that still fails stays in the outbox for the relay's next turn.
import type { Deliverer } from './outbox-relay.ts';

/** The part of the Inngest client the relay uses. */
export interface EventSender {
  send(
    events: { id: string; name: string; data: Record<string, unknown>; ts: number }[],
  ): Promise<unknown>;
}

export function inngestDeliverer(inngest: EventSender): Deliverer {
  return async (_tx, events) => {
    await inngest.send(events.map(({ id, name, data, ts }) => ({ id, name, data, ts })));
  };
}
