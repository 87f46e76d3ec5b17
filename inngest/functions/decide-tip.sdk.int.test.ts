// decideTip run by the SDK's engine as Inngest runs it: one tip decided and persisted per
// request however often the handler replays, delivered in-app, its steps in a stable order.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../lib/db/port.ts';
import { updateNotificationPreferences } from '../../lib/notifier/service.ts';
import type { Decision } from '../../lib/recommender/decision/choose.ts';
import type { TestUser } from '../../test/helpers/factories.ts';
import { createTestApi } from '../../test/helpers/graphql.ts';
import { type SmtpTestServer, startSmtpServer } from '../../test/helpers/smtp-server.ts';
import {
  asHandedBack,
  handedBack,
  type SdkHarness,
  startSdkHarness,
} from '../../test/helpers/inngest-sdk.ts';
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
    const decision = asHandedBack(scored.result as Decision);
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

describe('decideTip’s email under the SDK engine', () => {
  let smtpServer: SmtpTestServer;
  let withEmail: SdkHarness;

  beforeAll(async () => {
    smtpServer = await startSmtpServer();
    withEmail = await startSdkHarness(db, { smtp: smtpServer.smtp });
  });
  afterAll(async () => {
    await withEmail.close();
    await smtpServer.close();
  });

  const hh = (hour: number) => `${String((hour + 24) % 24).padStart(2, '0')}:00`;

  async function setQuietHours(
    user: TestUser,
    quiet: { quietStart: string; quietEnd: string } | null,
  ) {
    await db.asUser(user.claims, (tx) =>
      updateNotificationPreferences(
        { tx, userId: user.id },
        { timeZone: 'UTC', ...(quiet ?? { quietStart: null, quietEnd: null }) },
      ),
    );
  }

  async function emailLog(tipId: string) {
    return db.asService((tx) =>
      tx.query<{ status: string; detail: string | null }>(
        `select status, detail from notifier.deliveries where channel = 'email' and dedupe_key like '%' || $1 || '%'`,
        [tipId],
      ),
    );
  }

  it('sends the email in a step of its own after the in-app delivery', async () => {
    const ws = await busyWorkspace();
    await setQuietHours(ws.owner, null);
    const event = tipRequested(ws.workspaceId, ws.owner, 'morning-tip:sdk-email-1');

    const { result, ctx, error } = await withEmail
      .engineFor(decideTip)
      .engine.execute({ events: [event] });

    expect(error).toBeUndefined();
    const { tipId } = result as { tipId: string };
    expect(smtpServer.received.filter((m) => m.rcptTo.includes(ws.owner.email))).toHaveLength(1);
    expect(await emailLog(tipId)).toEqual([{ status: 'sent', detail: null }]);
    expect(ctx.step.run.mock.calls.map(([id]) => id).slice(-2)).toEqual(['notify', 'send-email']);
  });

  it('sleeps through the person’s quiet hours, then plans again and sends', async () => {
    const ws = await busyWorkspace();
    const hour = new Date().getUTCHours();
    // Quiet hours around now, in UTC.
    await setQuietHours(ws.owner, { quietStart: hh(hour - 1), quietEnd: hh(hour + 2) });
    const event = tipRequested(ws.workspaceId, ws.owner, 'morning-tip:sdk-email-2');

    // The first requests: in-app delivered, the email deferred, a sleep asked of Inngest.
    const asleep = await withEmail
      .engineFor(decideTip)
      .engine.executeStep('wait-for-quiet-hours-to-end', { events: [event] });
    expect(asleep.step).toMatchObject({ op: 'Sleep' });
    const [[, until]] = asleep.ctx.step.sleepUntil.mock.calls as [[string, Date]];
    expect(new Date(until).getUTCHours()).toBe((hour + 2) % 24);
    const [tip] = await tipsIn(ws.workspaceId);
    expect(await emailLog(tip!.id)).toEqual([
      { status: 'deferred', detail: `quiet hours until ${new Date(until).toISOString()}` },
    ]);
    expect(smtpServer.received.filter((m) => m.rcptTo.includes(ws.owner.email))).toEqual([]);

    // Inngest wakes the run when the quiet hours are over (here: they are lifted meanwhile).
    // It hands back every output so far, through JSON.
    const memoized = handedBack(asleep.state);
    expect(memoized).toHaveLength(5); // fetch-candidates … notify: the sleep is still pending
    const resumed = withEmail.engineFor(decideTip);
    const { ctx, error } = await resumed.engine.execute({
      events: [event],
      steps: [
        ...memoized,
        {
          id: 'wait-for-quiet-hours-to-end',
          handler: async () => {
            await setQuietHours(ws.owner, null);
            return null;
          },
        },
      ],
    });

    expect(error).toBeUndefined();
    expect(await emailLog(tip!.id)).toEqual([{ status: 'sent', detail: null }]);
    expect(smtpServer.received.filter((m) => m.rcptTo.includes(ws.owner.email))).toHaveLength(1);
    expect(ctx.step.run.mock.calls.map(([id]) => id).slice(-3)).toEqual([
      'notify',
      'plan-email-after-quiet-hours',
      'send-email',
    ]);
    expect(await tipsIn(ws.workspaceId)).toHaveLength(1);
    // Nothing before the sleep ran again: one request per new step and one to finish.
    expect(resumed.invocations()).toBe(3);
  });
});
