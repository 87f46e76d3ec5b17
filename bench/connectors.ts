// The connectors' costs (issue 13), each beside its floor in the same run:
// - a Telegram webhook acknowledged by the app's fetch handler (createApp, in process, no socket):
//   verify the secret, store the delivery and its event, answer 200; against one committed insert;
// - a Telegram backfill of 10,000 updates pulled with getUpdates from the loopback fake through
//   the sync function's path (pullConnection: connector.pull, storeInboundMessages and the cursor
//   per page of 100); against inserting 10,000 plain rows in batches of 100 with the cursor
//   upserted in each batch's transaction.
import { randomUUID } from 'node:crypto';
import type { Db } from '../lib/db/port.ts';
import { json } from '../lib/db/port.ts';
import { PAGES_PER_RUN, pullConnection } from '../lib/integrations/sync/pull-connection.ts';
import type { IntegrationServices } from '../lib/integrations/services.ts';
import { SECRET_HEADER } from '../lib/integrations/telegram/webhook.ts';
import { createVault, generateVaultKey } from '../lib/integrations/vault.ts';
import { createApp } from '../lib/server/app.ts';
import type { AuthSetup } from '../lib/server/auth-setup.ts';
import { startFakeTelegram, WEBHOOK_SECRET } from '../test/peers/telegram.ts';
import { compare, type Stats, stats } from './measure.ts';

export const BACKFILL_MESSAGES = 10_000;
export const BACKFILL_BATCH = 100;
const SENDERS = 50;

export interface ConnectorBenchmarks {
  ack: Map<string, Stats>;
  /** Seconds per backfill of BACKFILL_MESSAGES, per contender. */
  backfill: Map<string, Stats>;
}

/** The webhook route never authenticates a user: an auth that refuses everyone is enough. */
export const noUsers: AuthSetup = {
  authenticate: () => Promise.reject(new Error('no users in this benchmark')),
  localAuth: undefined,
  publicConfig: () => ({ supabaseUrl: 'http://127.0.0.1:9', supabaseAnonKey: 'none' }),
};

export async function benchConnectors(
  db: Db,
  iterations: number,
  backfillRounds: number,
): Promise<ConnectorBenchmarks> {
  const peer = await startFakeTelegram();
  const vault = createVault(generateVaultKey());
  const integrations: IntegrationServices = {
    vault,
    apis: { slackApiUrl: 'http://127.0.0.1:9/', telegramApiUrl: peer.apiRoot },
  };
  const owner = randomUUID();
  const [ws] = await db.asOwner((tx) =>
    tx.query<{ id: string }>(
      `insert into workspaces.workspaces (name, slug, created_by, updated_by)
       values ('Connector bench', $1, $2, $2) returning id`,
      [`connector-bench-${owner.slice(0, 8)}`, owner],
    ),
  );
  const workspaceId = ws!.id;
  const credentials = json(vault.seal({ botToken: peer.token, webhookSecret: WEBHOOK_SECRET }));
  const newConnection = async (mode: 'push' | 'pull') => {
    const [row] = await db.asService((tx) =>
      tx.query<{ id: string }>(
        `insert into integrations.connections
           (workspace_id, kind, name, settings, credentials, credentials_hint, next_sync_at)
         values ($1, 'telegram', 'Bench bot', $2::jsonb, $3::jsonb, 'xxxx', now() + interval '1 day')
         returning id`,
        [workspaceId, json({ mode }), credentials],
      ),
    );
    return row!.id;
  };
  await db.asOwner((tx) =>
    tx.exec(
      `create table if not exists public.bench_inserts (id bigserial primary key, at timestamptz default now());
       create table if not exists public.bench_messages (
         connection_id uuid not null, external_id text not null, body text not null,
         sent_at timestamptz not null, primary key (connection_id, external_id));
       grant all on public.bench_messages to service_role`,
    ),
  );

  try {
    return {
      ack: await benchAck(db, integrations, await newConnection('push'), iterations),
      backfill: await benchBackfill(db, integrations, peer, newConnection, backfillRounds),
    };
  } finally {
    await peer.close();
  }
}

async function benchAck(
  db: Db,
  integrations: IntegrationServices,
  connectionId: string,
  iterations: number,
): Promise<Map<string, Stats>> {
  const app = createApp({ db, auth: noUsers, integrations, publicUrl: 'http://bench.local' });
  let updateId = 1;
  const [{ fingerprint }] = (await db.asService((tx) =>
    tx.query<{ fingerprint: string }>(
      `select integrations.connection_fingerprint(credentials, settings) as fingerprint
         from integrations.connections where id = $1`,
      [connectionId],
    ),
  )) as [{ fingerprint: string }];
  const ack = async () => {
    const id = updateId++;
    const response = await app(
      new Request(`http://bench.local/webhooks/telegram/${connectionId}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [SECRET_HEADER]: WEBHOOK_SECRET },
        body: JSON.stringify({
          update_id: id,
          message: {
            message_id: id,
            date: Math.floor(Date.now() / 1000),
            chat: { id: 4242, type: 'private', first_name: 'Ada' },
            from: { id: 4242, is_bot: false, first_name: 'Ada' },
            text: `webhook message ${id}`,
          },
        }),
      }),
    );
    if (response.status !== 200) throw new Error(`webhook answered ${response.status}`);
    await response.arrayBuffer();
  };
  return compare(
    [
      {
        name: 'committed insert (floor)',
        run: () => db.asOwner((tx) => tx.query('insert into public.bench_inserts default values')),
      },
      {
        // What the handler asks of the database, without the handler: where the rest goes.
        name: "the acknowledgement's statement alone, in its service transaction",
        run: () => ackStatement(db, connectionId, fingerprint, updateId++),
      },
      { name: 'Telegram webhook acknowledged (verify, store, 200)', run: ack },
    ],
    iterations,
    Math.min(50, iterations),
  );
}

/** The acknowledgement's one statement (integrations.accept_webhook) in its service transaction. */
async function ackStatement(db: Db, connectionId: string, fingerprint: string, updateId: number) {
  await db.asService((tx) =>
    tx.query('select integrations.accept_webhook($1, $2, $3, $4::jsonb)', [
      connectionId,
      'telegram',
      fingerprint,
      json([{ externalId: `floor-${updateId}`, payload: { update_id: updateId } }]),
    ]),
  );
}

async function benchBackfill(
  db: Db,
  integrations: IntegrationServices,
  peer: Awaited<ReturnType<typeof startFakeTelegram>>,
  newConnection: (mode: 'push' | 'pull') => Promise<string>,
  rounds: number,
): Promise<Map<string, Stats>> {
  const senders = Array.from({ length: SENDERS }, (_, i) => ({
    id: 8_000_000 + i,
    first_name: `Sender${i}`,
  }));

  // Each round pulls a fresh backlog into a fresh connection; setting up is not timed.
  const pull = async () => {
    const connectionId = await newConnection('pull');
    peer.enqueue(
      ...Array.from({ length: BACKFILL_MESSAGES }, (_, i) =>
        peer.textUpdate(senders[i % SENDERS]!, `backfill message ${i}`),
      ),
    );
    return async () => {
      // The sync function stops after PAGES_PER_RUN pages and asks for itself again; here the
      // runs follow each other directly, so only the pull path itself is timed.
      let stored = 0;
      for (;;) {
        const outcome = await pullConnection(db, integrations, connectionId);
        if (outcome.status === 'skipped' || outcome.status === 'failed')
          throw new Error(`the pull ${outcome.status}`);
        stored += outcome.stored;
        if (outcome.status === 'done') break;
      }
      if (stored !== BACKFILL_MESSAGES) throw new Error(`stored ${stored} messages`);
    };
  };

  const floor = async () => {
    const connectionId = await newConnection('pull');
    const sentAt = new Date().toISOString();
    return async () => {
      for (let start = 0; start < BACKFILL_MESSAGES; start += BACKFILL_BATCH) {
        const ids = Array.from({ length: BACKFILL_BATCH }, (_, i) => String(start + i));
        await db.asService(async (tx) => {
          await tx.query(
            `insert into public.bench_messages (connection_id, external_id, body, sent_at)
             select $1, id, 'backfill message ' || id, $3 from unnest($2::text[]) id`,
            [connectionId, `{${ids.join(',')}}`, sentAt],
          );
          await tx.query(
            `insert into integrations.cursors (connection_id, workspace_id, scope, value)
             select id, workspace_id, 'updates', $2::jsonb from integrations.connections where id = $1
             on conflict (connection_id, scope) do update set value = excluded.value, updated_at = now()`,
            [connectionId, json(start + BACKFILL_BATCH)],
          );
        });
      }
    };
  };

  const contenders = [
    { name: `raw batched insert (floor): ${BACKFILL_BATCH} rows + cursor per tx`, prepare: floor },
    {
      name: `Telegram pull: getUpdates, storeInboundMessages, cursor per page (${PAGES_PER_RUN} pages a run)`,
      prepare: pull,
    },
  ];
  const samples = new Map(contenders.map((c) => [c.name, [] as number[]]));
  // One untimed round warms both paths; then the rounds interleave.
  for (let round = 0; round <= rounds; round++) {
    for (const c of contenders) {
      const run = await c.prepare();
      const start = process.hrtime.bigint();
      await run();
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      if (round > 0) samples.get(c.name)!.push(seconds);
    }
  }
  return new Map([...samples].map(([name, values]) => [name, stats(values)]));
}
