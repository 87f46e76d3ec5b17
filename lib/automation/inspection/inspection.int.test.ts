// Run inspection through GraphQL, over runs of Waymark's real functions on the embedded
// executor: what members see of their workspace's runs, paging, and cancel and replay. Runs in
// states the real functions never stay in (sleeping, waiting, failed) are written directly.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestAutomation } from '../../../test/helpers/automation.ts';
import type { TestUser } from '../../../test/helpers/factories.ts';
import { createTestApi } from '../../../test/helpers/graphql.ts';
import { openTestDb } from '../../../test/helpers/test-db.ts';
import { createWorkspaceWithOwner } from '../../../test/helpers/workspace.ts';
import type { Db } from '../../db/port.ts';
import type { Executor } from '../executor/executor.ts';

const REVIEW = 'waymark-review-new-deal';

let db: Db;
let api: ReturnType<typeof createTestApi>;
let executor: Executor;
let acme: Awaited<ReturnType<typeof createWorkspaceWithOwner>>;
let globex: Awaited<ReturnType<typeof createWorkspaceWithOwner>>;
let member: TestUser;
let viewer: TestUser;
/** Deals whose assignment the review-new-deal function handled, and one for fixtures. */
let dealIds: string[];
let fixtureDealId: string;

const RUN = `
  id workspaceId functionId functionName status attempts output replayOf createdAt startedAt endedAt durationMs
  error { name message }
  triggerEvent { id name data }
  steps { id name op status attempts output error { message } startedAt endedAt durationMs }
  timeline { at label }`;

const RUNS = `query($ws: ID!, $filter: AutomationRunFilter, $first: Int, $after: String) {
  automationRuns(workspaceId: $ws, filter: $filter, first: $first, after: $after) {
    edges { cursor node { ${RUN} } }
    pageInfo { hasNextPage hasPreviousPage endCursor }
  }
}`;
const ONE_RUN = `query($id: ID!) { automationRun(id: $id) { ${RUN} } }`;
const CANCEL = `mutation($runId: ID!) { cancelAutomationRun(input: {runId: $runId}) {
  __typename
  ... on CancelAutomationRunSuccess { run { id status endedAt } }
  ... on Error { code message }
  ... on ValidationError { fieldErrors { path message } }
} }`;
const REPLAY = `mutation($runId: ID!) { replayAutomationRun(input: {runId: $runId}) {
  __typename
  ... on ReplayAutomationRunSuccess { run { id status functionId replayOf triggerEvent { id } } }
  ... on Error { code message }
  ... on ValidationError { fieldErrors { path message } }
} }`;

type RunNode = Record<string, any>;

async function runsAs(user: TestUser, variables: Record<string, unknown> = {}) {
  const data = await api.as(user, RUNS, { ws: acme.workspaceId, first: 100, ...variables });
  return data.automationRuns as {
    edges: { cursor: string; node: RunNode }[];
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  };
}

async function createAssignedDeal(name: string): Promise<string> {
  const data = await api.as(
    acme.owner,
    `mutation($input: CreateDealInput!) { createDeal(input: $input) { ... on CreateDealSuccess { deal { id } } } }`,
    { input: { workspaceId: acme.workspaceId, name, assigneeId: member.id } },
  );
  return data.createDeal.deal.id;
}

async function settle() {
  for (let i = 0; i < 20; i++) if ((await executor.drain()) === 0) return;
}

/**
 * A run of review-new-deal for the fixture deal, written as the executor would leave it: sleeping
 * or waiting with an item queued an hour ahead, or ended. Several in one call share created_at.
 */
async function insertRuns(
  status: 'sleeping' | 'waiting' | 'completed' | 'failed',
  count = 1,
): Promise<string[]> {
  return db.asService(async (tx) => {
    const ids: string[] = [];
    for (let i = 0; i < count; i++) {
      const [run] = await tx.query<{ id: string }>(
        `insert into automation.runs (function_id, workspace_id, event_id, event, status, max_attempts, output, error, started_at, ended_at)
         select function_id, workspace_id, event_id, event, $2, max_attempts,
                case when $2 = 'completed' then '{"fixture": true}'::jsonb end,
                case when $2 = 'failed' then '{"name": "Error", "message": "database unavailable"}'::jsonb end,
                now(), case when $2 in ('completed', 'failed') then now() end
           from automation.runs
          where function_id = $1 and event ->> 'name' = 'crm/deal.assigned' and event -> 'data' ->> 'dealId' = $3
          limit 1
         returning id`,
        [REVIEW, status, fixtureDealId],
      );
      const id = run!.id;
      ids.push(id);
      if (status === 'sleeping') {
        await tx.query(
          `insert into automation.run_steps (run_id, step_id, workspace_id, name, op, status, memo, has_memo, position)
           values ($1, 'nap', $2, 'sleep 1h', 'Sleep', 'sleeping', 'null', true, 0)`,
          [id, acme.workspaceId],
        );
        await tx.query(
          `insert into automation.queue (run_id, kind, available_at) values ($1, 'call', now() + interval '1 hour')`,
          [id],
        );
      }
      if (status === 'waiting') {
        await tx.query(
          `insert into automation.waits (run_id, step_id, workspace_id, event_name, expires_at)
           values ($1, 'wait', $2, 'test/never', now() + interval '1 hour')`,
          [id, acme.workspaceId],
        );
        await tx.query(
          `insert into automation.queue (run_id, step_id, kind, available_at) values ($1, 'wait', 'wait-timeout', now() + interval '1 hour')`,
          [id],
        );
      }
    }
    return ids;
  });
}

async function leftovers(runId: string) {
  return db.asService(async (tx) => ({
    queued: (await tx.query('select 1 from automation.queue where run_id = $1', [runId])).length,
    waits: (await tx.query('select 1 from automation.waits where run_id = $1', [runId])).length,
  }));
}

beforeAll(async () => {
  db = await openTestDb();
  api = createTestApi(db);
  executor = await startTestAutomation(db);
  acme = await createWorkspaceWithOwner(db, api, 'Acme');
  globex = await createWorkspaceWithOwner(db, api, 'Globex');
  member = await acme.addMember('MEMBER');
  viewer = await acme.addMember('VIEWER');
  dealIds = [];
  for (const name of ['Initech', 'Hooli', 'Umbrella']) dealIds.push(await createAssignedDeal(name));
  fixtureDealId = await createAssignedDeal('Fixtures');
  await settle();
});
afterAll(() => db.close());

describe('automationRuns and automationRun', () => {
  it("show a member their workspace's runs: function, trigger event, status, each step and a timeline", async () => {
    const { edges } = await runsAs(member, { filter: { functionId: REVIEW } });
    const runs = edges
      .map((e) => e.node)
      .filter((run) => dealIds.includes(run.triggerEvent.data.dealId));
    expect(runs.map((run) => run.triggerEvent.data.dealId).sort()).toEqual([...dealIds].sort());

    for (const run of runs) {
      const dealId = run.triggerEvent.data.dealId as string;
      const [task] = await db.asService((tx) =>
        tx.query<{ id: string }>(
          `select id from crm.activities where entity_type = 'deal' and entity_id = $1`,
          [dealId],
        ),
      );
      expect(run).toMatchObject({
        workspaceId: acme.workspaceId,
        functionId: REVIEW,
        functionName: 'Review your new deal',
        status: 'COMPLETED',
        attempts: 1,
        output: { id: task!.id, created: true },
        error: null,
        replayOf: null,
        triggerEvent: {
          name: 'crm/deal.assigned',
          data: {
            workspaceId: acme.workspaceId,
            dealId,
            assigneeId: member.id,
            previousAssigneeId: null,
            actorId: acme.owner.id,
          },
        },
        steps: [
          {
            name: 'create-review-task',
            op: 'StepRun',
            status: 'completed',
            attempts: 1,
            output: { id: task!.id, created: true },
            error: null,
            startedAt: expect.any(String),
            endedAt: expect.any(String),
            durationMs: expect.any(Number),
          },
        ],
      });
      expect(run.steps[0].id).toMatch(/^[0-9a-f]{40}$/);
      expect(Date.parse(run.endedAt)).toBeGreaterThanOrEqual(Date.parse(run.startedAt));
      expect(run.durationMs).toBeGreaterThanOrEqual(0);
      expect(run.timeline.map((entry: { label: string }) => entry.label)).toEqual([
        'Triggered by crm/deal.assigned',
        'create-review-task: StepRun',
        'create-review-task: completed after 1 attempt(s)',
        'Run completed',
      ]);
      const times = run.timeline.map((entry: { at: string }) => Date.parse(entry.at));
      expect(times).toEqual([...times].sort((a, b) => a - b));
    }

    const one = await api.as(member, ONE_RUN, { id: runs[0]!.id });
    expect(one.automationRun).toEqual(runs[0]);
  });

  it('show a viewer of the workspace the same runs', async () => {
    const ids = async (user: TestUser) => (await runsAs(user)).edges.map((e) => e.node.id);
    const seen = await ids(viewer);
    expect(seen.length).toBeGreaterThanOrEqual(dealIds.length);
    expect(seen).toEqual(await ids(member));
  });

  it('filter by status', async () => {
    const [failed] = await insertRuns('failed');
    const failedOnly = (await runsAs(member, { filter: { statuses: ['FAILED'] } })).edges;
    expect(failedOnly.map((e) => [e.node.id, e.node.status])).toEqual([[failed, 'FAILED']]);
    expect(failedOnly[0]!.node.error).toEqual({ name: 'Error', message: 'database unavailable' });

    const completed = (await runsAs(member, { filter: { statuses: ['COMPLETED'] } })).edges;
    expect(completed.length).toBeGreaterThanOrEqual(dealIds.length);
    expect(new Set(completed.map((e) => e.node.status))).toEqual(new Set(['COMPLETED']));

    const either = (await runsAs(member, { filter: { statuses: ['COMPLETED', 'FAILED'] } })).edges;
    expect(either).toHaveLength(completed.length + 1);
  });

  it('show a user of another workspace none of them', async () => {
    const [runId] = (await runsAs(member)).edges.map((e) => e.node.id);
    expect(runId).toBeDefined();
    expect((await runsAs(globex.owner)).edges).toEqual([]);
    expect((await api.as(globex.owner, ONE_RUN, { id: runId })).automationRun).toBeNull();
    const own = await api.as(globex.owner, RUNS, { ws: globex.workspaceId, first: 100 });
    expect(own.automationRuns.edges.map((e: { node: RunNode }) => e.node.id)).not.toContain(runId);
  });

  it('page with first and after through every run once, in order, also across runs created together', async () => {
    // Runs created in one transaction share created_at: the cursor must tell them apart.
    await insertRuns('completed', 5);
    const all = (await runsAs(member)).edges.map((e) => e.node.id);
    expect(all.length).toBeGreaterThanOrEqual(dealIds.length + 5);

    const paged: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 50; page++) {
      const { edges, pageInfo } = await runsAs(member, { first: 2, after });
      expect(edges.length).toBeLessThanOrEqual(2);
      expect(pageInfo.hasPreviousPage).toBe(after !== null);
      paged.push(...edges.map((e) => e.node.id));
      if (!pageInfo.hasNextPage) break;
      expect(pageInfo.endCursor).toBe(edges.at(-1)!.cursor);
      after = pageInfo.endCursor;
    }
    expect(paged).toEqual(all);
  });

  it('refuse a cursor that is not one', async () => {
    const result = await api.raw(member, RUNS, {
      ws: acme.workspaceId,
      first: 2,
      after: 'not-a-cursor',
    });
    expect(result.errors?.[0]?.message).toMatch(/after/);
  });
});

describe('cancelAutomationRun', () => {
  it.each(['sleeping', 'waiting'] as const)(
    'cancels a %s run and removes its queued work',
    async (status) => {
      const [runId] = await insertRuns(status);
      expect(await leftovers(runId!)).not.toEqual({ queued: 0, waits: 0 });
      const data = await api.as(member, CANCEL, { runId });
      expect(data.cancelAutomationRun).toMatchObject({
        __typename: 'CancelAutomationRunSuccess',
        run: { id: runId, status: 'CANCELLED', endedAt: expect.any(String) },
      });
      expect(await leftovers(runId!)).toEqual({ queued: 0, waits: 0 });
    },
  );

  it('refuses to cancel a run that has ended', async () => {
    const [completed] = (await runsAs(member, { filter: { statuses: ['COMPLETED'] } })).edges;
    const data = await api.as(member, CANCEL, { runId: completed!.node.id });
    expect(data.cancelAutomationRun).toMatchObject({
      __typename: 'ValidationError',
      code: 'VALIDATION_FAILED',
      fieldErrors: [{ path: ['input', 'runId'], message: 'the run has already completed' }],
    });
  });

  it('lets a viewer cancel nothing, and a user of another workspace not even find the run', async () => {
    const [runId] = await insertRuns('sleeping');
    expect((await api.as(viewer, CANCEL, { runId })).cancelAutomationRun).toMatchObject({
      __typename: 'ForbiddenError',
      code: 'FORBIDDEN',
    });
    expect((await api.as(globex.owner, CANCEL, { runId })).cancelAutomationRun).toMatchObject({
      __typename: 'NotFoundError',
    });
    const after = await api.as(member, ONE_RUN, { id: runId });
    expect(after.automationRun.status).toBe('SLEEPING');
    expect(await leftovers(runId!)).toEqual({ queued: 1, waits: 0 });
  });
});

describe('replayAutomationRun', () => {
  it('starts a new queued run of a failed run, with the same trigger event, which then runs', async () => {
    const [failed] = await insertRuns('failed');
    const original = (await api.as(member, ONE_RUN, { id: failed })).automationRun;
    const data = await api.as(member, REPLAY, { runId: failed });
    expect(data.replayAutomationRun).toMatchObject({
      __typename: 'ReplayAutomationRunSuccess',
      run: {
        status: 'QUEUED',
        functionId: REVIEW,
        replayOf: failed,
        triggerEvent: { id: original.triggerEvent.id },
      },
    });
    const replay = data.replayAutomationRun.run.id as string;
    expect(replay).not.toBe(failed);

    await settle();
    const ran = (await api.as(member, ONE_RUN, { id: replay })).automationRun;
    expect(ran).toMatchObject({ status: 'COMPLETED', steps: [{ name: 'create-review-task' }] });
    // Its step is keyed by the event: replaying never gives the assignee a second task.
    const tasks = await db.asService((tx) =>
      tx.query(`select 1 from crm.activities where entity_type = 'deal' and entity_id = $1`, [
        fixtureDealId,
      ]),
    );
    expect(tasks).toHaveLength(1);
  });

  it('refuses to replay a run that did not fail', async () => {
    const [completed] = (await runsAs(member, { filter: { statuses: ['COMPLETED'] } })).edges;
    const data = await api.as(member, REPLAY, { runId: completed!.node.id });
    expect(data.replayAutomationRun).toMatchObject({
      __typename: 'ValidationError',
      fieldErrors: [{ path: ['input', 'runId'], message: 'only a failed run can be replayed' }],
    });
  });

  it('lets a viewer replay nothing', async () => {
    const [failed] = await insertRuns('failed');
    expect((await api.as(viewer, REPLAY, { runId: failed })).replayAutomationRun).toMatchObject({
      __typename: 'ForbiddenError',
    });
    const replays = await db.asService((tx) =>
      tx.query('select 1 from automation.runs where replay_of = $1', [failed!]),
    );
    expect(replays).toHaveLength(0);
  });
});
