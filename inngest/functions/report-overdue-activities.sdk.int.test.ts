// reportOverdueActivities run by the SDK's engine as Inngest runs its cron: each overdue activity
// reported to Inngest's event API once, under an id that makes a resend a no-op, then marked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../lib/db/port.ts';
import type { TestUser } from '../../test/helpers/factories.ts';
import { createTestApi } from '../../test/helpers/graphql.ts';
import { asHandedBack, type SdkHarness, startSdkHarness } from '../../test/helpers/inngest-sdk.ts';
import { openTestDb } from '../../test/helpers/test-db.ts';
import { createWorkspaceWithOwner } from '../../test/helpers/workspace.ts';
import { reportOverdueActivities } from './report-overdue-activities.ts';

let db: Db;
let api: ReturnType<typeof createTestApi>;
let sdk: SdkHarness;
let ws: Awaited<ReturnType<typeof createWorkspaceWithOwner>>;

beforeAll(async () => {
  db = await openTestDb();
  api = createTestApi(db);
  sdk = await startSdkHarness(db);
  ws = await createWorkspaceWithOwner(db, api);
});
afterAll(async () => {
  await sdk.close();
  await db.close();
});

const DAY = 86_400_000;

async function createTask(
  user: TestUser,
  input: { title: string; dueAt: Date; assigneeId?: string | null },
): Promise<string> {
  const data = await api.as(
    user,
    `mutation($input: CreateActivityInput!) {
      createActivity(input: $input) { ... on CreateActivitySuccess { activity { id } } ... on Error { message } }
    }`,
    {
      input: {
        workspaceId: ws.workspaceId,
        kind: 'TASK',
        ...input,
        dueAt: input.dueAt.toISOString(),
      },
    },
  );
  return data.createActivity.activity.id;
}

async function reportedIds(): Promise<string[]> {
  const rows = await db.asService((tx) =>
    tx.query<{ id: string }>(
      `select id from crm.activities where metadata ? 'overdueReportedAt' order by id`,
    ),
  );
  return rows.map((r) => r.id);
}

describe('reportOverdueActivities under the SDK engine', () => {
  it('sends crm/activity.overdue for each overdue activity with its id, then marks them', async () => {
    const contractDue = new Date(Date.now() - 2 * DAY);
    const contract = await createTask(ws.owner, { title: 'Send the contract', dueAt: contractDue });
    const unassigned = await createTask(ws.owner, {
      title: 'Book the venue',
      dueAt: new Date(Date.now() - DAY),
      assigneeId: null,
    });
    await createTask(ws.owner, { title: 'Prepare the demo', dueAt: new Date(Date.now() + DAY) });
    const run = sdk.engineFor(reportOverdueActivities);

    const { result, ctx, error } = await run.engine.execute();

    expect(error).toBeUndefined();
    expect(result).toEqual({ reported: 2 });
    expect(sdk.eventApi.arrivals.map(({ id, name, data }) => ({ id, name, data }))).toEqual([
      {
        id: `activity-overdue:${contract}`,
        name: 'crm/activity.overdue',
        data: {
          workspaceId: ws.workspaceId,
          activityId: contract,
          assigneeId: ws.owner.id,
          title: 'Send the contract',
          dueAt: contractDue.toISOString(),
        },
      },
      {
        id: `activity-overdue:${unassigned}`,
        name: 'crm/activity.overdue',
        data: expect.objectContaining({ activityId: unassigned, assigneeId: null }),
      },
    ]);
    expect(await reportedIds()).toEqual([contract, unassigned].sort());
    // Sending is a step of its own between reading and marking: a retry of the marking step
    // replays the send from memoized state instead of sending again.
    expect(ctx.step.run.mock.calls.map(([id]) => id)).toEqual(['find-overdue', 'mark-reported']);
    expect(ctx.step.sendEvent).toHaveBeenCalledWith('report-overdue', expect.any(Array));
    expect(sdk.eventApi.requests).toBe(1);
  });

  it('reports nothing the next quarter hour for activities already reported', async () => {
    const before = sdk.eventApi.requests;

    const { result, ctx } = await sdk.engineFor(reportOverdueActivities).engine.execute();

    expect(result).toEqual({ reported: 0 });
    expect(sdk.eventApi.requests).toBe(before);
    expect(ctx.step.sendEvent).not.toHaveBeenCalled();
  });

  it('marks without sending again when Inngest retries the marking with the send memoized', async () => {
    const late = await createTask(ws.owner, {
      title: 'Chase the invoice',
      dueAt: new Date(Date.now() - DAY),
    });
    // The first request ran the read and the send, then the marking failed (say the database
    // went away): Inngest holds both outputs and hands them back on the retry.
    const found = await sdk.engineFor(reportOverdueActivities).engine.executeStep('find-overdue');
    const readStep = { id: 'find-overdue', handler: () => asHandedBack(found.result) };
    const sent = await sdk
      .engineFor(reportOverdueActivities)
      .engine.executeStep('report-overdue', { steps: [readStep] });
    expect(sent.error).toBeUndefined();
    const requests = sdk.eventApi.requests;
    expect(await reportedIds()).not.toContain(late);

    const { result } = await sdk.engineFor(reportOverdueActivities).engine.execute({
      steps: [readStep, { id: 'report-overdue', handler: () => asHandedBack(sent.result) }],
    });

    expect(result).toEqual({ reported: 1 });
    expect(await reportedIds()).toContain(late);
    expect(sdk.eventApi.requests).toBe(requests);
    expect(sdk.eventApi.arrivals.filter((e) => e.id === `activity-overdue:${late}`)).toHaveLength(
      1,
    );
  });
});
