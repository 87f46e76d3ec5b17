// decideTip run by the SDK's engine as Inngest runs it: one tip decided and persisted per
// request however often the handler replays, delivered in-app, its steps in a stable order.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../lib/db/port.ts';
import type { Decision } from '../../lib/recommender/decision/choose.ts';
import type { TestUser } from '../../test/helpers/factories.ts';
import { createTestApi } from '../../test/helpers/graphql.ts';
import { type SdkHarness, startSdkHarness } from '../../test/helpers/inngest-sdk.ts';
import { openTestDb } from '../../test/helpers/test-db.ts';
import { createWorkspaceWithOwner } from '../../test/helpers/workspace.ts';
import { decideTip } from './decide-tip.ts';

let db: Db;
let api: ReturnType<typeof createTestApi>;
let sdk: SdkHarness;

beforeAll(async () => {
  db = await openTestDb();
  api = createTestApi(db);
  sdk = await startSdkHarness(db);
});
afterAll(async () => {
  await sdk.close();
  await db.close();
});

const DAY = 86_400_000;

/** A workspace whose owner has an overdue task and a deal with nothing planned. */
async function busyWorkspace() {
  const ws = await createWorkspaceWithOwner(db, api);
  await api.as(
    ws.owner,
    `mutation($input: CreateActivityInput!) { createActivity(input: $input) { __typename } }`,
    {
      input: {
        workspaceId: ws.workspaceId,
        kind: 'TASK',
        title: 'Send the Globex contract',
        dueAt: new Date(Date.now() - 3 * DAY).toISOString(),
      },
    },
  );
  await api.as(
    ws.owner,
    `mutation($input: CreateDealInput!) { createDeal(input: $input) { __typename } }`,
    {
      input: {
        workspaceId: ws.workspaceId,
        name: 'Initech expansion',
        amount: '30000',
        assigneeId: ws.owner.id,
      },
    },
  );
  return ws;
}

function tipRequested(workspaceId: string, user: TestUser, id: string) {
  return {
    id,
    name: 'tip/requested',
    data: { workspaceId, userId: user.id, reason: 'morning' },
    ts: Date.now(),
  };
}

async function tipsIn(workspaceId: string) {
  return db.asService((tx) =>
    tx.query<{ id: string; user_id: string; status: string; request_key: string }>(
      `select id, user_id, status, request_key from recommender.tips where workspace_id = $1`,
      [workspaceId],
    ),
  );
}

async function deliveriesOf(tipId: string) {
  return db.asService((tx) =>
    tx.query<{ channel: string; status: string; dedupe_key: string }>(
      `select channel, status, dedupe_key from notifier.deliveries
        where dedupe_key like '%' || $1 || '%' order by channel`,
      [tipId],
    ),
  );
}

describe('decideTip under the SDK engine', () => {
  it('decides and persists one tip, delivers it in-app, and logs the email it could not send', async () => {
    const ws = await busyWorkspace();
    const event = tipRequested(ws.workspaceId, ws.owner, 'morning-tip:sdk-1');
    const run = sdk.engineFor(decideTip);

    const { result, ctx, error } = await run.engine.execute({ events: [event] });

    expect(error).toBeUndefined();
    const tips = await tipsIn(ws.workspaceId);
    expect(tips).toEqual([
      {
        id: expect.any(String),
        user_id: ws.owner.id,
        status: 'open',
        request_key: 'decide-tip:morning-tip:sdk-1',
      },
    ]);
    expect(result).toEqual({ tipId: tips[0]!.id });
    expect(await deliveriesOf(tips[0]!.id)).toEqual([
      {
        channel: 'email',
        status: 'suppressed',
        dedupe_key: `tip:${ws.owner.id}:${tips[0]!.id}:decided`,
      },
      {
        channel: 'in_app',
        status: 'sent',
        dedupe_key: `tip:${ws.owner.id}:${tips[0]!.id}:decided`,
      },
    ]);
    // The ids Inngest memoizes the outputs under, in the order the steps run.
    expect(ctx.step.run.mock.calls.map(([id]) => id)).toEqual([
      'fetch-candidates',
      'assemble-context',
      'score',
      'persist',
      'notify',
    ]);
    // Five steps, each its own request, and one to finish: a single decision all the same.
    expect(run.invocations()).toBe(6);
  });

  it('keeps the decision when Inngest runs the same request again', async () => {
    const ws = await busyWorkspace();
    const event = tipRequested(ws.workspaceId, ws.owner, 'morning-tip:sdk-2');
    const first = await sdk.engineFor(decideTip).engine.execute({ events: [event] });
    const again = await sdk.engineFor(decideTip).engine.execute({ events: [event] });

    expect(again.result).toEqual(first.result);
    const tips = await tipsIn(ws.workspaceId);
    expect(tips).toHaveLength(1);
    expect((await deliveriesOf(tips[0]!.id)).filter((d) => d.channel === 'in_app')).toHaveLength(1);
  });

  it('persists the decision Inngest memoized, not a fresh one, when it resumes after score', async () => {
    const ws = await busyWorkspace();
    const event = tipRequested(ws.workspaceId, ws.owner, 'morning-tip:sdk-3');
    // A first request ran up to the decision and died before persisting it.
    const scored = await sdk.engineFor(decideTip).engine.executeStep('score', { events: [event] });
    const decision = scored.result as Decision;
    expect(decision.probabilities.length).toBeGreaterThan(1);
    expect(await tipsIn(ws.workspaceId)).toEqual([]);
    // What Inngest hands back for 'score' decides, whatever scoring again would pick: here
    // another candidate than the live policy's, so a re-run of the step would show.
    const memoized = { ...decision, index: (decision.index + 1) % decision.probabilities.length };

    const run = await sdk.engineFor(decideTip).engine.execute({
      events: [event],
      steps: [{ id: 'score', handler: () => memoized }],
    });

    const [tip] = await tipsIn(ws.workspaceId);
    expect(run.result).toEqual({ tipId: tip!.id });
    const [row] = await db.asService((tx) =>
      tx.query<{ chosen: number }>(
        `select (context ->> 'chosen')::int as chosen from recommender.tips where id = $1`,
        [tip!.id],
      ),
    );
    expect(row!.chosen).toBe(memoized.index);
  });
});
