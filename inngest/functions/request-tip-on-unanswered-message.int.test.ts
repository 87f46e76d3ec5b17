// A contact's message that has waited four hours for an answer asks for a tip for whoever should
// answer (the owner of the open deal they are on), on the embedded executor with Waymark's real
// functions: the run sleeps until the message is due, asks nobody if a reply came meanwhile, and
// a backfilled message already long due asks for nothing (the next decision offers it anyway).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Executor } from '../../lib/automation/executor/executor.ts';
import type { Db } from '../../lib/db/port.ts';
import type { IngestTarget } from '../../lib/conversations/ingest.ts';
import { REPLY_AFTER_HOURS } from '../../lib/recommender/candidates/conversation-generators.ts';
import { startTestAutomation } from '../../test/helpers/automation.ts';
import {
  createConnection,
  createPerson,
  inbound,
  storeMessages,
} from '../../test/helpers/conversations.ts';
import { createTestApi } from '../../test/helpers/graphql.ts';
import { openTestDb } from '../../test/helpers/test-db.ts';
import { createWorkspaceWithOwner } from '../../test/helpers/workspace.ts';

let db: Db;
let executor: Executor;
let ws: Awaited<ReturnType<typeof createWorkspaceWithOwner>>;
let target: IngestTarget;
let member: Awaited<ReturnType<typeof ws.addMember>>;

const DUE_MS = REPLY_AFTER_HOURS * 3_600_000;

beforeAll(async () => {
  db = await openTestDb();
  const api = createTestApi(db);
  ws = await createWorkspaceWithOwner(db, api);
  member = await ws.addMember('MEMBER');
  const adaId = await createPerson(api, ws.owner, ws.workspaceId, { name: 'Ada Lovelace' });
  await api.as(
    ws.owner,
    `mutation($input: CreateDealInput!) { createDeal(input: $input) { __typename } }`,
    { input: { workspaceId: ws.workspaceId, name: 'Acme renewal', personIds: [adaId] } },
  );
  target = await createConnection(db, ws.workspaceId);
  await db.asService((tx) =>
    tx.query(
      `insert into conversations.identities (workspace_id, channel, handle, person_id)
       values ($1, 'telegram', 'telegram:ada', $2)`,
      [ws.workspaceId, adaId],
    ),
  );
  executor = await startTestAutomation(db);
  await executor.drain();
});
afterAll(() => db.close());

/** The tip requests made for waiting messages (the events the executor received), by user. */
async function replyTipRequests(): Promise<string[]> {
  const rows = await db.asService((tx) =>
    tx.query<{ userId: string }>(
      `select data ->> 'userId' as "userId" from automation.events
        where name = 'tip/requested' and data ->> 'reason' = 'message waiting for a reply'
          and data ->> 'workspaceId' = $1::text order by ts, id`,
      [ws.workspaceId],
    ),
  );
  return rows.map((r) => r.userId);
}

async function tipsOf(userId: string) {
  return db.asService((tx) =>
    tx.query<{ kind: string }>(
      'select kind from recommender.tips where workspace_id = $1 and user_id = $2',
      [ws.workspaceId, userId],
    ),
  );
}

describe('a message waiting for a reply', () => {
  it('asks for a tip for the deal owner once it is due, who is offered the reply', async () => {
    // Sent four hours ago and delivered now (a delayed delivery): due on arrival.
    await storeMessages(db, target, [
      inbound('ada', 'Any news on the renewal?', { from: 'telegram:ada', at: ago(DUE_MS + 1000) }),
    ]);
    await executor.drain();
    expect(await replyTipRequests()).toEqual([ws.owner.id]);
    const tips = await tipsOf(ws.owner.id);
    expect(tips.map((t) => t.kind)).toContain('reply_message');
    expect(await tipsOf(member.id)).toEqual([]);
  });

  it('sleeps until the message is due, and asks nobody when a reply came first', async () => {
    const before = await replyTipRequests();
    await storeMessages(db, target, [
      inbound('ada-2', 'And the invoice?', { from: 'telegram:ada', at: ago(DUE_MS - 1500) }),
    ]);
    await executor.drain();
    await storeMessages(db, target, [
      { ...inbound('ada-2', 'Sent this morning.', { from: 'telegram:me' }), direction: 'outbound' },
    ]);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    await executor.drain();
    expect(await replyTipRequests()).toEqual(before);
    const [run] = await db.asService((tx) =>
      tx.query<{ status: string; output: unknown }>(
        `select status, output from automation.runs
          where function_id like '%request-tip-on-unanswered-message' order by created_at desc limit 1`,
      ),
    );
    expect(run).toMatchObject({ status: 'completed', output: { requested: 0 } });
  });

  it('asks for nothing for a backfilled message that was due long before it arrived', async () => {
    const before = await replyTipRequests();
    await storeMessages(db, target, [
      inbound('ada-3', 'Old news', { from: 'telegram:ada', at: ago(DUE_MS + 3 * 3_600_000) }),
    ]);
    await executor.drain();
    expect(await replyTipRequests()).toEqual(before);
  });
});

function ago(ms: number): Date {
  return new Date(Date.now() - ms);
}
