// "Reply to {person}": a contact on the user's open deal who wrote last and waited four hours is
// a candidate, pointing at the deal; a stored reply takes it away. A workspace whose policies
// learned before the kind existed still decides, with the reply tip among its candidates.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/port.ts';
import { createTestApi } from '../../../test/helpers/graphql.ts';
import { openTestDb } from '../../../test/helpers/test-db.ts';
import { createWorkspaceWithOwner } from '../../../test/helpers/workspace.ts';
import {
  createConnection,
  createPerson,
  inbound,
  storeMessages,
} from '../../../test/helpers/conversations.ts';
import type { IngestTarget } from '../../conversations/ingest.ts';
import { KIND_COUNT } from '../candidate-kinds.ts';
import { DIMS } from '../context/feature-layout.ts';
import { createRng } from '../policies/random.ts';
import { getPolicy } from '../policies/registry.ts';
import { POLICY_NAMES } from '../policies/types.ts';
import { trainedState } from '../policies/test-fixtures.ts';
import { fetchCandidates } from './fetch-candidates.ts';

let db: Db;
let ws: Awaited<ReturnType<typeof createWorkspaceWithOwner>>;
let dealId: string;
let target: IngestTarget;
let conversationId: string;
let api: ReturnType<typeof createTestApi>;

async function replyTips() {
  const { candidates } = await db.asService((tx) =>
    fetchCandidates(tx, ws.workspaceId, ws.owner.id, new Date()),
  );
  return candidates.filter((c) => c.kind === 'reply_message');
}

beforeAll(async () => {
  db = await openTestDb();
  api = createTestApi(db);
  ws = await createWorkspaceWithOwner(db, api);
  const adaId = await createPerson(api, ws.owner, ws.workspaceId, { name: 'Ada Lovelace' });
  const deal = await api.as(
    ws.owner,
    `mutation($input: CreateDealInput!) { createDeal(input: $input) {
      ... on CreateDealSuccess { deal { id } } } }`,
    {
      input: {
        workspaceId: ws.workspaceId,
        name: 'Acme renewal',
        amount: '5000',
        personIds: [adaId],
      },
    },
  );
  dealId = deal.createDeal.deal.id;
  target = await createConnection(db, ws.workspaceId);
  await db.asService((tx) =>
    tx.query(
      `insert into conversations.identities (workspace_id, channel, handle, person_id)
       values ($1, 'telegram', 'telegram:ada', $2)`,
      [ws.workspaceId, adaId],
    ),
  );
  conversationId = (
    await storeMessages(db, target, [
      inbound('ada', 'Any news on the renewal?', { from: 'telegram:ada', minutesAgo: 5 * 60 }),
    ])
  )[0]!;
  // A message from someone on no deal of the owner's gives no tip.
  await storeMessages(db, target, [inbound('bob', 'Hello?', { minutesAgo: 6 * 60 })]);
});
afterAll(() => db.close());

describe('reply-to tips', () => {
  it('offers to reply to an unanswered contact of an open deal, pointing at the deal', async () => {
    const tips = await replyTips();
    expect(tips).toHaveLength(1);
    expect(tips[0]).toMatchObject({
      key: `reply_message:${conversationId}`,
      entityType: 'deal',
      entityId: dealId,
      title: 'Reply to Ada Lovelace',
    });
    expect(tips[0]!.detail).toMatch(/^Ada Lovelace wrote 5 h ago about Acme renewal: “Any news/);
  });

  it('is gone once a reply is stored in the conversation', async () => {
    await storeMessages(db, target, [
      { ...inbound('ada', 'Tomorrow!', { from: 'telegram:me' }), direction: 'outbound' },
    ]);
    expect(await replyTips()).toEqual([]);
  });
});

describe('policies saved before reply tips existed', () => {
  it('still decide, growing to the new kind, with the reply tip among the candidates', async () => {
    // Another chat with Ada: the first one has been answered.
    const [waiting] = await storeMessages(db, target, [
      inbound('ada-work', 'Hello again?', { from: 'telegram:ada', minutesAgo: 6 * 60 }),
    ]);
    // Every policy's state as the previous release saved it: one kind, one feature fewer.
    await db.asService(async (tx) => {
      for (const name of POLICY_NAMES) {
        const policy = getPolicy(name);
        const old = trainedState(policy, createRng(5), 40, KIND_COUNT - 1, DIMS - 1);
        await tx.query(
          `update recommender.policies set state = $3::jsonb, version = version + 1, updates = 40
            where workspace_id = $1 and name = $2`,
          [ws.workspaceId, name, JSON.stringify(policy.toJSON(old))],
        );
      }
      // A learner decides, not only the rules baseline.
      await tx.query(`update recommender.policies set role = 'shadow' where workspace_id = $1`, [
        ws.workspaceId,
      ]);
      await tx.query(
        `update recommender.policies set role = 'live' where workspace_id = $1 and name = 'linucb'`,
        [ws.workspaceId],
      );
    });
    const { requestNextTip } = await api.as(
      ws.owner,
      `mutation($input: RequestNextTipInput!) { requestNextTip(input: $input) {
        __typename ... on RequestNextTipSuccess { decision { tip { id policy } } } } }`,
      { input: { workspaceId: ws.workspaceId } },
    );
    expect(requestNextTip.__typename).toBe('RequestNextTipSuccess');
    expect(requestNextTip.decision.tip.policy).toBe('LINUCB');
    const [row] = await db.asService((tx) =>
      tx.query<{ keys: string[] }>(
        `select array(select c ->> 'key' from jsonb_array_elements(context -> 'candidates') c) as keys
           from recommender.tips where id = $1`,
        [requestNextTip.decision.tip.id],
      ),
    );
    expect(row!.keys).toContain(`reply_message:${waiting}`);
  });
});
