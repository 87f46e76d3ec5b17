// Tips end to end through the API on both databases: a decision that fits the user's pipeline,
// answers and their refusals, learning through the executor, the policy report and promotion,
// explanations, and privacy.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Executor } from '../automation/executor/executor.ts';
import type { Db } from '../db/port.ts';
import { startTestAutomation } from '../../test/helpers/automation.ts';
import { type SmtpTestServer, startSmtpServer } from '../../test/helpers/smtp-server.ts';
import { createUser } from '../../test/helpers/factories.ts';
import { createTestApi } from '../../test/helpers/graphql.ts';
import { openTestDb } from '../../test/helpers/test-db.ts';
import { createWorkspaceWithOwner } from '../../test/helpers/workspace.ts';
import { deliverInApp } from '../notifier/in-app.ts';
import { promotePolicy } from './evaluation/promote-policy.ts';

let db: Db;
let api: ReturnType<typeof createTestApi>;
let executor: Executor;

beforeAll(async () => {
  db = await openTestDb();
  api = createTestApi(db);
  executor = await startTestAutomation(db);
});
afterAll(() => db.close());

const TIP =
  'id workspaceId kind title detail entityType entityId status policy propensity snoozedUntil';
const NEXT_TIP = `query($ws: ID!) { nextTip(workspaceId: $ws) { ${TIP} } }`;
const REQUEST_NEXT_TIP = `mutation($input: RequestNextTipInput!) {
  requestNextTip(input: $input) {
    __typename
    ... on RequestNextTipSuccess { decision { tip { ${TIP} } } }
    ... on Error { message code }
  }
}`;
const FEEDBACK = `mutation($input: GiveTipFeedbackInput!) {
  giveTipFeedback(input: $input) {
    __typename
    ... on GiveTipFeedbackSuccess { tip { ${TIP} } }
    ... on Error { message code }
    ... on ValidationError { fieldErrors { path message } }
    ... on AlreadyDecidedError { tipId status }
  }
}`;
const REPORT = `query($ws: ID!) {
  policyReport(workspaceId: $ws) {
    livePolicy answeredTips observedReward
    policies { name live updates sampleSize effectiveSampleSize
      ips { estimate low high } snips { estimate low high } dm { estimate low high } dr { estimate low high } }
  }
}`;

async function settle() {
  for (let i = 0; i < 30; i++) if ((await executor.drain()) === 0) return;
}

async function createDeal(
  user: Parameters<typeof api.as>[0],
  workspaceId: string,
  input: Record<string, unknown>,
): Promise<string> {
  const data = await api.as(
    user,
    `mutation($input: CreateDealInput!) { createDeal(input: $input) { ... on CreateDealSuccess { deal { id } } ... on Error { message } } }`,
    { input: { workspaceId, ...input } },
  );
  return data.createDeal.deal.id;
}

async function createTask(
  user: Parameters<typeof api.as>[0],
  workspaceId: string,
  title: string,
  dueAt: Date,
) {
  await api.as(
    user,
    `mutation($input: CreateActivityInput!) { createActivity(input: $input) { __typename } }`,
    { input: { workspaceId, kind: 'TASK', title, dueAt: dueAt.toISOString() } },
  );
}

/** A workspace whose owner has an overdue task, a deal with nothing planned, and a stale deal. */
async function busyWorkspace() {
  const ws = await createWorkspaceWithOwner(db, api);
  await createTask(
    ws.owner,
    ws.workspaceId,
    'Send the Globex contract',
    new Date(Date.now() - 3 * 86_400_000),
  );
  const quiet = await createDeal(ws.owner, ws.workspaceId, {
    name: 'Initech expansion',
    amount: '30000',
    assigneeId: ws.owner.id,
  });
  const stale = await createDeal(ws.owner, ws.workspaceId, {
    name: 'Umbrella pilot',
    amount: '12000',
    assigneeId: ws.owner.id,
  });
  // The stale deal entered its step long ago (history is the engine's: set it as the service).
  await db.asService((tx) =>
    tx.query(
      `update wfm.projects set entered_step_at = now() - interval '60 days' where entity_id = $1`,
      [stale],
    ),
  );
  return { ...ws, quiet, stale };
}

async function answer(user: Parameters<typeof api.as>[0], input: Record<string, unknown>) {
  return (await api.as(user, FEEDBACK, { input })).giveTipFeedback;
}

/** Asks for the next tip (the open one, or one decided now); null when there is nothing to do. */
async function requestTip(user: Parameters<typeof api.as>[0], workspaceId: string) {
  const { requestNextTip } = await api.as(user, REQUEST_NEXT_TIP, { input: { workspaceId } });
  expect(requestNextTip.__typename).toBe('RequestNextTipSuccess');
  return requestNextTip.decision.tip;
}

async function tipCount(workspaceId: string): Promise<number> {
  const [row] = await db.asService((tx) =>
    tx.query<{ n: number }>(
      `select count(*)::int as n from recommender.tips where workspace_id = $1`,
      [workspaceId],
    ),
  );
  return row!.n;
}

/**
 * The user's tip about this record. The 5 % exploration floor may offer another candidate first
 * (an advice tip): those are dismissed and the next asked for.
 */
async function tipAbout(user: Parameters<typeof api.as>[0], workspaceId: string, entityId: string) {
  for (let i = 0; i < 10; i++) {
    const tip = await requestTip(user, workspaceId);
    if (!tip || tip.entityId === entityId) return tip;
    await answer(user, { tipId: tip.id, reaction: 'DISMISS' });
  }
  throw new Error(`No tip about ${entityId} among the first 10`);
}

async function policyUpdates(workspaceId: string) {
  return db.asService((tx) =>
    tx.query<{ name: string; updates: number }>(
      `select name, updates from recommender.policies where workspace_id = $1 order by name`,
      [workspaceId],
    ),
  );
}

describe('requestNextTip', () => {
  it('suggests an action from the user’s own pipeline, and the same one until it is answered', async () => {
    const ws = await busyWorkspace();
    const tip = await requestTip(ws.owner, ws.workspaceId);
    expect(tip).toMatchObject({ status: 'OPEN', policy: 'RULES' });
    // The rules baseline ranks by urgency: the overdue task first, unless the floor explored.
    expect(['OVERDUE_ACTIVITY', 'STALE_DEAL', 'DEAL_WITHOUT_NEXT_ACTIVITY', 'ADVICE']).toContain(
      tip.kind,
    );
    expect(tip.propensity).toBeGreaterThan(0);
    expect(tip.propensity).toBeLessThanOrEqual(1);
    expect((await requestTip(ws.owner, ws.workspaceId)).id).toBe(tip.id);
    expect(await tipCount(ws.workspaceId)).toBe(1);
  });

  it('names the stale deal and the overdue task among the candidates it chose from', async () => {
    const ws = await busyWorkspace();
    const tip = await requestTip(ws.owner, ws.workspaceId);
    const [row] = await db.asService((tx) =>
      tx.query<{ keys: string[] }>(
        `select array(select c ->> 'key' from jsonb_array_elements(context -> 'candidates') c) as keys
           from recommender.tips where id = $1`,
        [tip.id],
      ),
    );
    expect(row!.keys).toEqual(
      expect.arrayContaining([`stale_deal:${ws.stale}`, `deal_without_next_activity:${ws.quiet}`]),
    );
    expect(row!.keys.some((k) => k.startsWith('overdue_activity:'))).toBe(true);
  });

  it('offers a new action once the previous tip is answered, never the answered one again', async () => {
    const ws = await busyWorkspace();
    const seen = new Set<string>();
    for (let i = 0; i < 3; i++) {
      const tip = await requestTip(ws.owner, ws.workspaceId);
      const key = `${tip.kind}:${tip.entityId}`;
      expect(seen.has(key)).toBe(false);
      seen.add(key);
      expect(
        (await answer(ws.owner, { tipId: tip.id, reaction: 'DISMISS', reason: 'not now' }))
          .__typename,
      ).toBe('GiveTipFeedbackSuccess');
    }
  });
});

describe('nextTip', () => {
  it('reads the open tip without deciding one: null until a tip is asked for', async () => {
    const ws = await busyWorkspace();
    const before = await api.as(ws.owner, NEXT_TIP, { ws: ws.workspaceId });
    expect(before.nextTip).toBeNull();
    expect(await tipCount(ws.workspaceId)).toBe(0);
    const tip = await requestTip(ws.owner, ws.workspaceId);
    const after = await api.as(ws.owner, NEXT_TIP, { ws: ws.workspaceId });
    expect(after.nextTip).toMatchObject({ id: tip.id, status: 'OPEN' });
  });
});

describe('giveTipFeedback', () => {
  it('records the answer once; a second answer is AlreadyDecidedError', async () => {
    const ws = await busyWorkspace();
    const tip = await requestTip(ws.owner, ws.workspaceId);
    const done = await answer(ws.owner, { tipId: tip.id, reaction: 'DONE' });
    expect(done.tip.status).toBe('DONE');
    const again = await answer(ws.owner, { tipId: tip.id, reaction: 'DISMISS' });
    expect(again).toMatchObject({
      __typename: 'AlreadyDecidedError',
      tipId: tip.id,
      status: 'DONE',
      code: 'ALREADY_DECIDED',
    });
  });

  it('answers another user’s tip as not found, and changes nothing', async () => {
    const ws = await busyWorkspace();
    const member = await ws.addMember('MEMBER');
    const tip = await requestTip(ws.owner, ws.workspaceId);
    const result = await answer(member, { tipId: tip.id, reaction: 'DONE' });
    expect(result).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND' });
    const mine = await api.as(ws.owner, NEXT_TIP, { ws: ws.workspaceId });
    expect(mine.nextTip).toMatchObject({ id: tip.id, status: 'OPEN' });
  });

  it('refuses a snooze in the past or without a time, naming the field', async () => {
    const ws = await busyWorkspace();
    const tip = await requestTip(ws.owner, ws.workspaceId);
    const past = await answer(ws.owner, {
      tipId: tip.id,
      reaction: 'SNOOZE',
      snoozeUntil: new Date(Date.now() - 60_000).toISOString(),
    });
    expect(past).toMatchObject({
      __typename: 'ValidationError',
      fieldErrors: [{ path: ['input', 'snoozeUntil'], message: 'must be in the future' }],
    });
    const missing = await answer(ws.owner, { tipId: tip.id, reaction: 'SNOOZE' });
    expect(missing.fieldErrors[0].path).toEqual(['input', 'snoozeUntil']);
    const still = await api.as(ws.owner, NEXT_TIP, { ws: ws.workspaceId });
    expect(still.nextTip).toMatchObject({ id: tip.id, status: 'OPEN' });
  });
});

describe('learning from answers', () => {
  it('updates every policy once per answer, however often the event is handled', async () => {
    const ws = await busyWorkspace();
    const tip = await requestTip(ws.owner, ws.workspaceId);
    await answer(ws.owner, { tipId: tip.id, reaction: 'DONE' });
    await settle();
    const after = await policyUpdates(ws.workspaceId);
    expect(after.map((p) => p.updates)).toEqual([1, 1, 1, 1]);
    const [run] = await db.asService((tx) =>
      tx.query<{ data: Record<string, unknown> }>(
        `select r.event -> 'data' as data from automation.runs r where r.function_id = 'waymark-learn-from-feedback'
          and r.event ->> 'data' like '%' || $1 || '%'`,
        [tip.id],
      ),
    );
    // The same answer delivered again, as an at-least-once relay may (a new event id).
    await executor.send([{ name: 'tip/feedback.received', data: run!.data }]);
    await settle();
    expect((await policyUpdates(ws.workspaceId)).map((p) => p.updates)).toEqual([1, 1, 1, 1]);
    // The learners' state changed; the rules baseline has nothing to learn but counts the update.
    const [linucb] = await db.asService((tx) =>
      tx.query<{ state: unknown }>(
        `select state from recommender.policies where workspace_id = $1 and name = 'linucb'`,
        [ws.workspaceId],
      ),
    );
    expect(linucb!.state).not.toBeNull();
  });

  it('brings a snoozed tip back when its snooze ends', async () => {
    const ws = await busyWorkspace();
    const tip = await requestTip(ws.owner, ws.workspaceId);
    const snoozed = await answer(ws.owner, {
      tipId: tip.id,
      reaction: 'SNOOZE',
      snoozeUntil: new Date(Date.now() + 1500).toISOString(),
    });
    expect(snoozed.tip.status).toBe('SNOOZED');
    await settle();
    const during = await api.as(
      ws.owner,
      `query($ws: ID!) { tips(workspaceId: $ws, statuses: [SNOOZED]) { id } }`,
      {
        ws: ws.workspaceId,
      },
    );
    expect(during.tips.map((t: { id: string }) => t.id)).toContain(tip.id);
    await new Promise((resolve) => setTimeout(resolve, 1700));
    await settle();
    const back = await api.as(ws.owner, NEXT_TIP, { ws: ws.workspaceId });
    expect(back.nextTip).toMatchObject({ id: tip.id, status: 'OPEN', snoozedUntil: null });
    const [delivery] = await db.asService((tx) =>
      tx.query<{ status: string }>(
        `select status from notifier.deliveries where channel = 'in_app' and dedupe_key like $1`,
        [`tip:%:${tip.id}:resurfaced:%`],
      ),
    );
    expect(delivery?.status).toBe('sent');
  });

  it('credits a tip on a deal in full when the deal moves forward after it', async () => {
    const ws = await createWorkspaceWithOwner(db, api);
    const dealId = await createDeal(ws.owner, ws.workspaceId, {
      name: 'Soylent',
      amount: '5000',
      assigneeId: ws.owner.id,
    });
    const tip = await tipAbout(ws.owner, ws.workspaceId, dealId);
    expect(tip).toMatchObject({ kind: 'DEAL_WITHOUT_NEXT_ACTIVITY', entityId: dealId });
    await answer(ws.owner, {
      tipId: tip.id,
      reaction: 'SNOOZE',
      snoozeUntil: new Date(Date.now() + 86_400_000).toISOString(),
    });
    await settle();
    const [next] = await db.asService((tx) =>
      tx.query<{ id: string }>(
        `select n.id from wfm.projects p join wfm.workflow_steps s on s.id = p.current_step_id
           join wfm.workflow_steps n on n.version_id = s.version_id and n.position = s.position + 1
          where p.entity_id = $1`,
        [dealId],
      ),
    );
    await api.as(
      ws.owner,
      `mutation($input: MoveDealToStepInput!) { moveDealToStep(input: $input) { __typename } }`,
      {
        input: { dealId, toStepId: next!.id },
      },
    );
    await settle();
    const [row] = await db.asService((tx) =>
      tx.query<{ reward: number; sources: string[] }>(
        `select t.reward, array(select source from recommender.policy_updates u where u.tip_id = t.id order by source) as sources
           from recommender.tips t where t.id = $1`,
        [tip.id],
      ),
    );
    expect(row!.reward).toBe(1);
    expect(row!.sources).toEqual(['credit', expect.stringMatching(/^feedback:/)]);
  });
});

describe('the durable decision', () => {
  it('decides a tip for tip/requested through the executor, once, and delivers it in-app', async () => {
    const ws = await busyWorkspace();
    await executor.send([
      {
        name: 'tip/requested',
        data: { workspaceId: ws.workspaceId, userId: ws.owner.id, reason: 'test' },
        id: 'req-1',
      },
    ]);
    await settle();
    const tips = await db.asService((tx) =>
      tx.query<{ id: string; request_key: string }>(
        `select id, request_key from recommender.tips where workspace_id = $1`,
        [ws.workspaceId],
      ),
    );
    expect(tips).toHaveLength(1);
    expect(tips[0]!.request_key).toMatch(/^decide-tip:/);
    const [run] = await db.asService((tx) =>
      tx.query<{ status: string; steps: string[] }>(
        `select r.status, array(select s.name from automation.run_steps s where s.run_id = r.id order by s.started_at) as steps
           from automation.runs r where r.function_id = 'waymark-decide-tip' and r.event ->> 'data' like '%' || $1 || '%'`,
        [ws.workspaceId],
      ),
    );
    expect(run!.status).toBe('completed');
    // No SMTP here: notify delivers in-app and finds no email to send.
    expect(run!.steps).toEqual([
      'fetch-candidates',
      'assemble-context',
      'score',
      'persist',
      'notify',
    ]);
    const deliveries = await db.asService((tx) =>
      tx.query<{ channel: string; status: string }>(
        `select channel, status from notifier.deliveries where dedupe_key like $1 order by channel`,
        [`tip:%:${tips[0]!.id}:decided`],
      ),
    );
    expect(deliveries).toContainEqual({ channel: 'in_app', status: 'sent' });
  });
});

describe('explainTip', () => {
  it('says which policy chose, the weightiest features, and what each shadow would have chosen', async () => {
    const ws = await busyWorkspace();
    const tip = await requestTip(ws.owner, ws.workspaceId);
    const { explainTip } = await api.as(
      ws.owner,
      `query($id: ID!) { explainTip(tipId: $id) { policy propensity candidateCount priority
         topFeatures { feature value contribution }
         shadows { policy title kind propensity probabilityOfChosen agreesWithLive } } }`,
      { id: tip.id },
    );
    expect(explainTip.policy).toBe('RULES');
    expect(explainTip.priority).toBeGreaterThan(0);
    expect(explainTip.candidateCount).toBeGreaterThanOrEqual(3);
    expect(explainTip.shadows.map((s: { policy: string }) => s.policy).sort()).toEqual([
      'EPSILON_GREEDY',
      'LINEAR_THOMPSON',
      'LINUCB',
    ]);
    for (const s of explainTip.shadows) {
      expect(s.propensity).toBeGreaterThan(0);
      expect(s.title).not.toBe('');
    }
  });

  it('answers another user’s tip as not found', async () => {
    const ws = await busyWorkspace();
    const stranger = await createUser(db);
    const tip = await requestTip(ws.owner, ws.workspaceId);
    const result = await api.raw(
      stranger,
      `query($id: ID!) { explainTip(tipId: $id) { policy } }`,
      { id: tip.id },
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('policies: report and promotion', () => {
  it('reports every policy with intervals once tips are answered, and lets an admin promote a shadow', async () => {
    const ws = await busyWorkspace();
    for (let i = 0; i < 4; i++) {
      const tip = await requestTip(ws.owner, ws.workspaceId);
      if (!tip) break;
      await answer(ws.owner, { tipId: tip.id, reaction: i % 2 === 0 ? 'DONE' : 'DISMISS' });
    }
    await settle();
    const { policyReport } = await api.as(ws.owner, REPORT, { ws: ws.workspaceId });
    expect(policyReport.livePolicy).toBe('RULES');
    expect(policyReport.answeredTips).toBeGreaterThanOrEqual(3);
    const names = policyReport.policies.map((p: { name: string }) => p.name);
    expect(names).toEqual(['RULES', 'EPSILON_GREEDY', 'LINEAR_THOMPSON', 'LINUCB']);
    for (const p of policyReport.policies) {
      expect(p.sampleSize).toBe(policyReport.answeredTips);
      for (const e of [p.ips, p.snips, p.dm, p.dr]) {
        expect(e.low).toBeLessThanOrEqual(e.estimate);
        expect(e.high).toBeGreaterThanOrEqual(e.estimate);
      }
    }
    // The live policy evaluated on its own log is the reward it actually earned.
    expect(policyReport.policies[0].ips.estimate).toBeCloseTo(policyReport.observedReward, 10);

    const promoted = await api.as(
      ws.owner,
      `mutation($input: PromotePolicyInput!) { promotePolicy(input: $input) {
         __typename ... on PromotePolicySuccess { report { livePolicy } } ... on Error { message } } }`,
      { input: { workspaceId: ws.workspaceId, policy: 'LINUCB', reason: 'best DR estimate' } },
    );
    expect(promoted.promotePolicy.report.livePolicy).toBe('LINUCB');
    const [record] = await db.asService((tx) =>
      tx.query<{ from_policy: string; to_policy: string; reason: string }>(
        `select from_policy, to_policy, reason from recommender.promotions where workspace_id = $1`,
        [ws.workspaceId],
      ),
    );
    expect(record).toEqual({
      from_policy: 'rules',
      to_policy: 'linucb',
      reason: 'best DR estimate',
    });
    const tip = await requestTip(ws.owner, ws.workspaceId);
    if (tip) expect(tip.policy).toBe('LINUCB');
  });

  it('refuses promotion to a member, and an unknown policy, changing nothing', async () => {
    const ws = await busyWorkspace();
    const member = await ws.addMember('MEMBER');
    const refused = await api.as(
      member,
      `mutation($input: PromotePolicyInput!) { promotePolicy(input: $input) { __typename ... on Error { message code } } }`,
      { input: { workspaceId: ws.workspaceId, policy: 'LINUCB' } },
    );
    expect(refused.promotePolicy).toMatchObject({
      __typename: 'ForbiddenError',
      code: 'FORBIDDEN',
    });
    const unknown = await api.raw(
      ws.owner,
      `mutation { promotePolicy(input: { workspaceId: "${ws.workspaceId}", policy: BANDIT9000 }) { __typename } }`,
    );
    expect(unknown.errors?.[0]?.message).toMatch(/BANDIT9000/);
    // Services are called without GraphQL too (automations, MCP tools), with plain strings.
    await expect(
      db.asUser(ws.owner.claims, (tx) =>
        promotePolicy(
          { tx, userId: ws.owner.id },
          // Not a PolicyName, so TypeScript refuses it; the parse under test does too.
          { workspaceId: ws.workspaceId, policy: 'bandit9000' as never },
        ),
      ),
    ).rejects.toMatchObject({
      name: 'ValidationError',
      fieldErrors: [{ path: ['input', 'policy'] }],
    });
    const { policyReport } = await api.as(ws.owner, REPORT, { ws: ws.workspaceId });
    expect(policyReport.livePolicy).toBe('RULES');
  });
});

describe('privacy', () => {
  it('shows nobody another user’s tips, not even workspace admins', async () => {
    const ws = await busyWorkspace();
    const admin = await ws.addMember('ADMIN');
    await requestTip(ws.owner, ws.workspaceId);
    const theirs = await api.as(admin, `query($ws: ID!) { tips(workspaceId: $ws) { id } }`, {
      ws: ws.workspaceId,
    });
    expect(theirs.tips).toEqual([]);
    const visible = await db.asUser(admin.claims, (tx) =>
      tx.query(`select id from recommender.tips where workspace_id = $1`, [ws.workspaceId]),
    );
    expect(visible).toEqual([]);
  });
});

describe('tipAdded', () => {
  /** Subscribes as the user and collects the stream's text as it arrives. */
  async function subscribe(user: Parameters<typeof api.as>[0], workspaceId: string) {
    const response = await api.yoga.fetch('http://waymark.test/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'text/event-stream',
        authorization: `Bearer ${await api.tokenFor(user)}`,
      },
      body: JSON.stringify({
        query: `subscription($ws: ID!) { tipAdded(workspaceId: $ws) { id title status } }`,
        variables: { ws: workspaceId },
      }),
    });
    expect(response.headers.get('content-type')).toMatch(/text\/event-stream/);
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    const stream = { text: '', close: () => reader.cancel() };
    // The server subscribes when the stream is first read: keep reading from now on.
    void (async () => {
      for (;;) {
        const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
        if (done) return;
        stream.text += decoder.decode(value);
      }
    })();
    return stream;
  }

  /** Delivers an existing tip again until the stream shows it: then the subscription is live. */
  async function untilLive(
    stream: { text: string },
    tip: { id: string; userId: string; workspaceId: string },
  ) {
    for (let i = 0; !stream.text.includes(tip.id); i++) {
      if (i > 100)
        throw new Error(
          `the subscription never went live: ${JSON.stringify(stream.text.slice(0, 500))}`,
        );
      await deliverInApp(db, {
        workspaceId: tip.workspaceId,
        userId: tip.userId,
        dedupeKey: `probe:${tip.id}:${i}`,
        kind: 'tip',
        title: 'probe',
        body: '',
        payload: { tipId: tip.id },
      });
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  it('streams a tip decided by the automation to its user over SSE, and not to others', async () => {
    const ws = await busyWorkspace();
    const member = await ws.addMember('MEMBER');
    const ownerStream = await subscribe(ws.owner, ws.workspaceId);
    const memberStream = await subscribe(member, ws.workspaceId);
    const first = await requestTip(ws.owner, ws.workspaceId);
    await untilLive(ownerStream, { ...first, userId: ws.owner.id });
    await answer(ws.owner, { tipId: first.id, reaction: 'DONE' });
    ownerStream.text = '';

    await executor.send([
      {
        name: 'tip/requested',
        data: { workspaceId: ws.workspaceId, userId: ws.owner.id, reason: 'sse' },
      },
    ]);
    await settle();
    for (let i = 0; i < 50 && !ownerStream.text.includes('tipAdded'); i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }

    const [tip] = await db.asService((tx) =>
      tx.query<{ id: string; title: string }>(
        `select id, title from recommender.tips where workspace_id = $1 and request_key is not null`,
        [ws.workspaceId],
      ),
    );
    const line = ownerStream.text.split('\n').find((l) => l.startsWith('data: {"data"'))!;
    expect(JSON.parse(line.slice('data: '.length))).toEqual({
      data: { tipAdded: { id: tip!.id, title: tip!.title, status: 'OPEN' } },
    });
    expect(memberStream.text).not.toContain('tipAdded');
    await ownerStream.close();
    await memberStream.close();
  });
});

describe('tip emails', () => {
  let smtpServer: SmtpTestServer;
  beforeAll(async () => {
    smtpServer = await startSmtpServer();
    executor = await startTestAutomation(db, { smtp: smtpServer.smtp });
  });
  afterAll(async () => {
    executor = await startTestAutomation(db);
    await smtpServer.close();
  });

  const request = (ws: { workspaceId: string; owner: { id: string } }, id: string) =>
    executor.send([
      {
        id,
        name: 'tip/requested',
        data: { workspaceId: ws.workspaceId, userId: ws.owner.id, reason: 'email' },
      },
    ]);

  it('emails a decided tip once through SMTP, with a link to Today', async () => {
    const ws = await busyWorkspace();
    await request(ws, `email-${ws.workspaceId}`);
    await settle();
    await request(ws, `email-${ws.workspaceId}`); // the same request again: deduplicated
    await settle();
    const mine = smtpServer.received.filter((m) => m.rcptTo.includes(ws.owner.email));
    const [tip] = await db.asService((tx) =>
      tx.query<{ id: string; title: string }>(
        `select id, title from recommender.tips where workspace_id = $1`,
        [ws.workspaceId],
      ),
    );
    expect(mine).toHaveLength(1);
    expect(mine[0]!.headers.subject).toContain(tip!.title);
    expect(mine[0]!.body).toContain(`http://localhost:8888/today?tip=${tip!.id}`);
  });

  it('retries the email while the SMTP server is down, never holding back or repeating the in-app tip', async () => {
    const ws = await busyWorkspace();
    // A port with nothing listening: the email step fails until a server starts there.
    const probe = await startSmtpServer();
    await probe.close();
    executor = await startTestAutomation(db, { smtp: probe.smtp });
    try {
      await request(ws, `down-${ws.workspaceId}`);
      const log = () =>
        db.asService((tx) =>
          tx.query<{ channel: string; status: string; attempt: number }>(
            `select channel, status, attempt from notifier.deliveries where user_id = $1 order by channel`,
            [ws.owner.id],
          ),
        );
      for (let i = 0; i < 20 && !(await log()).some((d) => d.status === 'failed'); i++) {
        await executor.drain({ maxItems: 1 });
      }
      expect(await log()).toEqual([
        { channel: 'email', status: 'failed', attempt: 1 },
        { channel: 'in_app', status: 'sent', attempt: 1 },
      ]);

      const up = await startSmtpServer(probe.port);
      try {
        await settle();
        expect(await log()).toEqual([
          { channel: 'email', status: 'sent', attempt: 2 },
          { channel: 'in_app', status: 'sent', attempt: 1 },
        ]);
        expect(up.received.filter((m) => m.rcptTo.includes(ws.owner.email))).toHaveLength(1);
      } finally {
        await up.close();
      }
    } finally {
      executor = await startTestAutomation(db, { smtp: smtpServer.smtp });
    }
  });

  it('holds the email through quiet hours, while the in-app tip arrives at once', async () => {
    const ws = await busyWorkspace();
    // Quiet all day but one minute from now: whatever the time, the email must wait.
    const now = new Date();
    const hhmm = (d: Date) => d.toISOString().slice(11, 16);
    await api.as(
      ws.owner,
      `mutation($input: UpdateNotificationPreferencesInput!) { updateNotificationPreferences(input: $input) { __typename } }`,
      {
        input: {
          timeZone: 'UTC',
          quietStart: hhmm(new Date(now.getTime() + 120_000)),
          quietEnd: hhmm(new Date(now.getTime() + 60_000)),
        },
      },
    );
    await request(ws, `quiet-${ws.workspaceId}`);
    await settle();
    const log = await db.asService((tx) =>
      tx.query<{ channel: string; status: string }>(
        `select channel, status from notifier.deliveries where user_id = $1 order by channel`,
        [ws.owner.id],
      ),
    );
    expect(log).toEqual([
      { channel: 'email', status: 'deferred' },
      { channel: 'in_app', status: 'sent' },
    ]);
    expect(smtpServer.received.filter((m) => m.rcptTo.includes(ws.owner.email))).toEqual([]);
  });
});
