// The outbox relay's cost: committing a batch of 100 events, against committing them and relaying
// them to a loopback server that speaks Inngest's event API (one `inngest.send` of the batch, the
// mark, the advisory lock). The difference is what relaying adds per event.
import { randomUUID } from 'node:crypto';
import { createInngestClient } from '../inngest/client.ts';
import { inngestDeliverer } from '../lib/automation/relay/inngest-deliverer.ts';
import { createOutboxRelay } from '../lib/automation/relay/outbox-relay.ts';
import type { Db } from '../lib/db/port.ts';
import { startInngestEventApi } from '../test/helpers/inngest-event-api.ts';
import { compare, type Stats } from './measure.ts';

export const RELAY_BATCH = 100;

export async function benchRelay(db: Db, iterations: number): Promise<Map<string, Stats>> {
  const inngestApi = await startInngestEventApi('bench-key');
  const inngest = createInngestClient({
    mode: 'inngest',
    eventKey: 'bench-key',
    baseUrl: inngestApi.url,
  });
  const relay = createOutboxRelay({ db, deliver: inngestDeliverer(inngest) });
  const owner = randomUUID();
  const [ws] = await db.asOwner((tx) =>
    tx.query<{ id: string }>(
      `insert into workspaces.workspaces (name, slug, created_by, updated_by)
       values ('Relay bench', $1, $2, $2) returning id`,
      [`relay-bench-${owner.slice(0, 8)}`, owner],
    ),
  );
  await relay.deliverPending(); // whatever setting up the workspace queued
  const commitBatch = () =>
    db.asService((tx) =>
      tx.query(
        `insert into automation.outbox (workspace_id, name, data)
         select $1, 'bench/relayed', jsonb_build_object('n', n) from generate_series(1, $2::int) n`,
        [ws!.id, RELAY_BATCH],
      ),
    );
  try {
    return await compare(
      [
        // Left pending, then taken by the next relay contender: the floor never relays.
        {
          name: `commit ${RELAY_BATCH} events`,
          run: async () => {
            await commitBatch();
            await db.asService((tx) =>
              tx.query(
                `update automation.outbox set delivered_at = now() where delivered_at is null`,
              ),
            );
          },
        },
        {
          name: `commit ${RELAY_BATCH} events and relay them to Inngest`,
          run: async () => {
            await commitBatch();
            await relay.deliverPending();
          },
        },
      ],
      iterations,
      10,
    );
  } finally {
    await inngestApi.close();
  }
}
