// Waymark's first automations, run by the embedded executor from the events the CRM writes to
// its outbox: a review task for a newly assigned deal, tasks configured on workflow steps, and
// the overdue-activity report.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestAutomation } from '../../test/helpers/automation.ts';
import { createTestApi } from '../../test/helpers/graphql.ts';
import { openTestDb } from '../../test/helpers/test-db.ts';
import { createWorkspaceWithOwner } from '../../test/helpers/workspace.ts';
import type { Executor } from '../../lib/automation/executor/executor.ts';
import { ensureSystemActivity } from '../../lib/crm/activities/system-activities.ts';
import { type Db, SYSTEM_USER_ID } from '../../lib/db/port.ts';

let db: Db;
let api: ReturnType<typeof createTestApi>;
let executor: Executor;
let ws: Awaited<ReturnType<typeof createWorkspaceWithOwner>>;

beforeAll(async () => {
  db = await openTestDb();
  api = createTestApi(db);
  executor = await startTestAutomation(db);
  ws = await createWorkspaceWithOwner(db, api);
});
afterAll(() => db.close());

const CREATE_DEAL = `mutation($input: CreateDealInput!) {
  createDeal(input: $input) { __typename ... on CreateDealSuccess { deal { id } } ... on Error { message } }
}`;

async function createDeal(input: Record<string, unknown>): Promise<string> {
  const data = await api.as(ws.owner, CREATE_DEAL, {
    input: { workspaceId: ws.workspaceId, ...input },
  });
  return data.createDeal.deal.id;
}

async function activitiesOn(dealId: string) {
  return db.asService((tx) =>
    tx.query<{
      title: string;
      assignee_id: string | null;
      is_system_activity: boolean;
      created_by: string;
      metadata: Record<string, unknown>;
    }>(
      `select title, assignee_id, is_system_activity, created_by, metadata from crm.activities
        where entity_type = 'deal' and entity_id = $1 order by created_at`,
      [dealId],
    ),
  );
}

async function settle() {
  // The outbox and every run it starts, to the end.
  for (let i = 0; i < 20; i++) {
    const handled = await executor.drain();
    if (handled === 0) return;
  }
}

describe('the review-new-deal automation', () => {
  it('gives the assignee of a new deal a review task, created by the system', async () => {
    const member = await ws.addMember('MEMBER');
    const dealId = await createDeal({ name: 'Globex renewal', assigneeId: member.id });
    await settle();
    expect(await activitiesOn(dealId)).toEqual([
      {
        title: 'Review your new deal',
        assignee_id: member.id,
        is_system_activity: true,
        created_by: SYSTEM_USER_ID,
        metadata: expect.objectContaining({ automation: 'review-new-deal' }),
      },
    ]);
    const [run] = await db.asService((tx) =>
      tx.query<{ status: string }>(
        `select status from automation.runs where function_id = 'waymark-review-new-deal'`,
      ),
    );
    expect(run?.status).toBe('completed');
  });

  it('does nothing for a deal created without an assignee', async () => {
    const dealId = await createDeal({ name: 'Unassigned' });
    await settle();
    expect(await activitiesOn(dealId)).toEqual([]);
  });

  it('never creates two tasks for one assignment, however often its step runs', async () => {
    const dealId = await createDeal({ name: 'Twice' });
    const input = {
      workspaceId: ws.workspaceId,
      kind: 'task' as const,
      title: 'Review your new deal',
      entityType: 'deal' as const,
      entityId: dealId,
      automation: 'review-new-deal',
      idempotencyKey: 'review-new-deal:same-event',
    };
    const first = await db.asService((tx) => ensureSystemActivity(tx, input));
    const second = await db.asService((tx) => ensureSystemActivity(tx, input));
    expect(second).toEqual({ id: first.id, created: false });
    expect(await activitiesOn(dealId)).toHaveLength(1);
  });
});

describe('workflow step automation rules', () => {
  it('creates the tasks a step lists when a deal enters it', async () => {
    const [qualification] = await db.asService((tx) =>
      tx.query<{ id: string; next: string }>(
        `select s.id, n.id as next from wfm.workflow_steps s
           join wfm.workflow_versions v on v.id = s.version_id
           join wfm.workflows w on w.id = v.workflow_id
           join wfm.workflow_steps n on n.version_id = v.id and n.key = 'initial_contact'
          where w.workspace_id = $1 and w.entity_type = 'deal' and s.key = 'qualification'`,
        [ws.workspaceId],
      ),
    );
    await db.asService((tx) =>
      tx.query(
        `update wfm.workflow_steps set metadata = '{"onEnter": {"tasks": [{"title": "Call the champion", "dueInDays": 2}]}}'
          where id = $1`,
        [qualification!.next],
      ),
    );
    const dealId = await createDeal({ name: 'Rules' });
    await api.as(
      ws.owner,
      `mutation($input: MoveDealToStepInput!) { moveDealToStep(input: $input) { __typename } }`,
      { input: { dealId, toStepId: qualification!.next } },
    );
    await settle();
    const tasks = await activitiesOn(dealId);
    expect(tasks.map((t) => [t.title, t.assignee_id, t.is_system_activity])).toEqual([
      ['Call the champion', ws.owner.id, true],
    ]);
  });
});

async function scheduleIsDue(): Promise<boolean> {
  const due = await db.asService((tx) =>
    tx.query(
      `select 1 from automation.schedules
        where function_id = 'waymark-report-overdue-activities' and next_at <= now()`,
    ),
  );
  return due.length > 0;
}

describe('the overdue-activity report', () => {
  it('reports each activity past due once, as crm/activity.overdue', async () => {
    const [activity] = await db.asService((tx) =>
      tx.query<{ id: string }>(
        `insert into crm.activities (workspace_id, kind, title, due_at) values ($1, 'task', 'Send the contract', now() - interval '1 day')
         returning id`,
        [ws.workspaceId],
      ),
    );
    const fire = async () => {
      await db.asService((tx) =>
        tx.query(
          `update automation.schedules set next_at = now() - interval '1 second' where function_id = 'waymark-report-overdue-activities'`,
        ),
      );
      // The worker loops fire due schedules in their housekeeping, as under `npm start`.
      executor.start();
      while (await scheduleIsDue()) await new Promise((r) => setTimeout(r, 20));
      await executor.stop();
      await settle();
    };
    await fire();
    await fire();
    const events = await db.asService((tx) =>
      tx.query<{ id: string }>(
        `select id from automation.events where name = 'crm/activity.overdue' and data ->> 'activityId' = $1`,
        [activity!.id],
      ),
    );
    expect(events).toHaveLength(1);
  });
});
