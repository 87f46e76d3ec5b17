// runStepAutomations run by the SDK's engine as Inngest runs it, for the wfm/status.changed
// event a deal's move wrote to the outbox.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../lib/db/port.ts';
import { createTestApi } from '../../test/helpers/graphql.ts';
import { outboxEvents, type SdkHarness, startSdkHarness } from '../../test/helpers/inngest-sdk.ts';
import { openTestDb } from '../../test/helpers/test-db.ts';
import { createWorkspaceWithOwner } from '../../test/helpers/workspace.ts';
import { runStepAutomations } from './run-step-automations.ts';

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

/** The deal workflow's step with this key. */
async function stepId(key: string): Promise<string> {
  const [row] = await db.asService((tx) =>
    tx.query<{ id: string }>(
      `select s.id from wfm.workflow_steps s
         join wfm.workflow_versions v on v.id = s.version_id
         join wfm.workflows w on w.id = v.workflow_id
        where w.workspace_id = $1 and w.entity_type = 'deal' and s.key = $2`,
      [ws.workspaceId, key],
    ),
  );
  return row!.id;
}

/** A new deal moved by the owner to the step; the outbox's event for that move. */
async function moveNewDealTo(toStepId: string) {
  const created = await api.as(
    ws.owner,
    `mutation($input: CreateDealInput!) { createDeal(input: $input) { ... on CreateDealSuccess { deal { id } } } }`,
    { input: { workspaceId: ws.workspaceId, name: 'Rules' } },
  );
  const dealId: string = created.createDeal.deal.id;
  await api.as(
    ws.owner,
    `mutation($input: MoveDealToStepInput!) { moveDealToStep(input: $input) { __typename } }`,
    { input: { dealId, toStepId } },
  );
  const event = (await outboxEvents(db, ws.workspaceId, 'wfm/status.changed')).find(
    (e) => e.data.entityId === dealId && e.data.toStepId === toStepId,
  );
  if (!event) throw new Error(`No wfm/status.changed for deal ${dealId} into ${toStepId}`);
  return { dealId, event };
}

async function tasksOn(dealId: string) {
  return db.asService((tx) =>
    tx.query<{ title: string; assignee_id: string | null; due_in_days: number | null }>(
      `select title, assignee_id,
              round(extract(epoch from due_at - created_at) / 86400)::int as due_in_days
         from crm.activities where entity_type = 'deal' and entity_id = $1 and is_system_activity
        order by title`,
      [dealId],
    ),
  );
}

describe('runStepAutomations under the SDK engine', () => {
  it('creates the tasks the entered step lists, for the one who moved the deal', async () => {
    const target = await stepId('initial_contact');
    await db.asService((tx) =>
      tx.query(`update wfm.workflow_steps set metadata = $2 where id = $1`, [
        target,
        JSON.stringify({
          onEnter: {
            tasks: [{ title: 'Call the champion', dueInDays: 2 }, { title: 'Send deck' }],
          },
        }),
      ]),
    );
    const { dealId, event } = await moveNewDealTo(target);
    const run = sdk.engineFor(runStepAutomations);

    const { result, ctx, error } = await run.engine.execute({ events: [event] });

    expect(error).toBeUndefined();
    expect(result).toEqual({ created: 2 });
    expect(await tasksOn(dealId)).toEqual([
      { title: 'Call the champion', assignee_id: ws.owner.id, due_in_days: 2 },
      { title: 'Send deck', assignee_id: ws.owner.id, due_in_days: null },
    ]);
    // The last invocation replays both steps from memoized state, in the order they first ran.
    expect(ctx.step.run.mock.calls.map(([id]) => id)).toEqual(['read-step-rules', 'create-tasks']);
    // One invocation per step and one to finish: the handler re-ran, the steps did not.
    expect(run.invocations()).toBe(3);
  });

  it('stops after reading the rules of a step that has none', async () => {
    const target = await stepId('closed_lost');
    const { dealId, event } = await moveNewDealTo(target);

    const { result, ctx } = await sdk.engineFor(runStepAutomations).engine.execute({
      events: [event],
    });

    expect(result).toEqual({ created: 0 });
    expect(await tasksOn(dealId)).toEqual([]);
    expect(ctx.step.run.mock.calls.map(([id]) => id)).toEqual(['read-step-rules']);
  });
});
