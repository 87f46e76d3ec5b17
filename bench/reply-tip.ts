// An inbound message to its "reply" tip (issue 13), on the embedded executor with Waymark's real
// functions, driven by drain() (no idle polling): a Telegram webhook POSTed to createApp's fetch
// handler, from a contact on the user's open deal, sent four hours before it arrives (a
// delivered-late message, so it is due at once) until the reply tip is persisted and delivered:
// the acknowledgement, ingest-webhook-delivery (1 step), request-tip-on-unanswered-message
// (1 step and its sendEvent) and decide-tip (5 steps). Each round is a new chat of the same
// contact, so each one is a conversation of its own that waits for a reply.
import { createActivity } from '../lib/crm/activities/service.ts';
import { createDeal } from '../lib/crm/deals/service.ts';
import { createPerson } from '../lib/crm/people/service.ts';
import { json } from '../lib/db/port.ts';
import type { Db } from '../lib/db/port.ts';
import { REPLY_AFTER_HOURS } from '../lib/recommender/candidates/conversation-generators.ts';
import { SECRET_HEADER } from '../lib/integrations/telegram/webhook.ts';
import { createApp } from '../lib/server/app.ts';
import { createWorkspace } from '../lib/workspaces/service.ts';
import { startTestAutomation, testVault } from '../test/helpers/automation.ts';
import { WEBHOOK_SECRET } from '../test/peers/telegram.ts';
import { benchUser } from './bench-user.ts';
import { noUsers } from './connectors.ts';
import { type Stats, stats } from './measure.ts';

const ADA_TELEGRAM_ID = 7_000_001;

export interface ReplyTipBenchmark {
  messageToTip: Stats;
  /** Rounds whose decision offered the reply (the others offered something else). */
  replyShare: number;
}

export async function benchReplyTip(db: Db, iterations: number): Promise<ReplyTipBenchmark> {
  const { userId, claims } = await benchUser(db);
  const workspaceId = await db.asUser(claims, async (tx) => {
    const ctx = { tx, userId };
    const ws = await createWorkspace(ctx, { name: 'Reply tip bench' });
    const ada = await createPerson(ctx, { workspaceId: ws.id, name: 'Ada Lovelace' });
    const deal = await createDeal(ctx, {
      workspaceId: ws.id,
      name: 'Acme renewal',
      amount: '5000',
      assigneeId: userId,
      personIds: [ada.id],
    });
    // A next step planned on the deal: the reply is the one thing to do.
    await createActivity(ctx, {
      workspaceId: ws.id,
      kind: 'task',
      title: 'Send the proposal',
      entityType: 'deal',
      entityId: deal.id,
      dueAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
    });
    return ws.id;
  });
  const [connection] = await db.asService((tx) =>
    tx.query<{ id: string }>(
      `insert into integrations.connections
         (workspace_id, kind, name, settings, credentials, credentials_hint, next_sync_at)
       values ($1, 'telegram', 'Bench bot', '{"mode":"push"}', $2::jsonb, 'xxxx', now() + interval '1 day')
       returning id`,
      [workspaceId, json(testVault.seal({ botToken: '1:bench', webhookSecret: WEBHOOK_SECRET }))],
    ),
  );
  await db.asService((tx) =>
    tx.query(
      `insert into conversations.identities (workspace_id, channel, handle, person_id)
       select $1, 'telegram', $2, id from crm.people where workspace_id = $1`,
      [workspaceId, `telegram:${ADA_TELEGRAM_ID}`],
    ),
  );

  // The other connector benchmarks leave deliveries queued that were never meant to be ingested
  // (their vault is gone): this run starts with an empty outbox.
  await db.asService((tx) =>
    tx.query('update automation.outbox set delivered_at = now() where delivered_at is null'),
  );
  const executor = await startTestAutomation(db);
  const app = createApp({
    db,
    auth: noUsers,
    integrations: {
      vault: testVault,
      apis: { slackApiUrl: 'http://127.0.0.1:9/', telegramApiUrl: 'http://127.0.0.1:9/' },
    },
    publicUrl: 'http://bench.local',
  });
  const post = (round: number) =>
    app(
      new Request(`http://bench.local/webhooks/telegram/${connection!.id}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [SECRET_HEADER]: WEBHOOK_SECRET },
        body: JSON.stringify({
          update_id: round,
          message: {
            message_id: 1,
            date: Math.floor(Date.now() / 1000) - REPLY_AFTER_HOURS * 3600 - 1,
            chat: { id: 9_000_000 + round, type: 'private', first_name: 'Ada' },
            from: { id: ADA_TELEGRAM_ID, is_bot: false, first_name: 'Ada' },
            text: `Any news on the renewal? (${round})`,
          },
        }),
      }),
    );

  const latencies: number[] = [];
  let replies = 0;
  const rounds = Math.max(20, Math.round(iterations / 20));
  await executor.drain();
  for (let round = 1; round <= rounds + 5; round++) {
    // Answer the open tips so each message's tip is decided against the same state.
    await db.asService((tx) =>
      tx.query(
        `update recommender.tips set status = 'dismissed' where user_id = $1 and status = 'open'`,
        [userId],
      ),
    );
    const start = process.hrtime.bigint();
    const response = await post(round);
    if (response.status !== 200) throw new Error(`webhook answered ${response.status}`);
    while ((await executor.drain()) > 0);
    const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
    const [tip] = await db.asService((tx) =>
      tx.query<{ kind: string }>(
        `select kind from recommender.tips where user_id = $1 and status = 'open'`,
        [userId],
      ),
    );
    if (!tip) throw new Error(`round ${round} decided no tip`);
    if (round > 5) {
      latencies.push(elapsed);
      if (tip.kind === 'reply_message') replies++;
    }
  }
  await executor.stop();
  return { messageToTip: stats(latencies), replyShare: replies / latencies.length };
}
