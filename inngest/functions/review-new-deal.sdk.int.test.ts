// reviewNewDeal run by the SDK's engine as Inngest runs it, for the crm/deal.assigned event the
// CRM wrote to its outbox.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Db, SYSTEM_USER_ID } from '../../lib/db/port.ts';
import { createTestApi } from '../../test/helpers/graphql.ts';
import { outboxEvents, type SdkHarness, startSdkHarness } from '../../test/helpers/inngest-sdk.ts';
import { openTestDb } from '../../test/helpers/test-db.ts';
import { createWorkspaceWithOwner } from '../../test/helpers/workspace.ts';
import { reviewNewDeal } from './review-new-deal.ts';

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

async function createAssignedDeal(assigneeId: string) {
  const data = await api.as(
    ws.owner,
    `mutation($input: CreateDealInput!) { createDeal(input: $input) { ... on CreateDealSuccess { deal { id } } } }`,
    { input: { workspaceId: ws.workspaceId, name: 'Globex renewal', assigneeId } },
  );
  const dealId: string = data.createDeal.deal.id;
  const event = (await outboxEvents(db, ws.workspaceId, 'crm/deal.assigned')).find(
    (e) => e.data.dealId === dealId,
  );
  if (!event) throw new Error(`No crm/deal.assigned for deal ${dealId}`);
  return { dealId, event };
}

async function reviewTasksOn(dealId: string) {
  return db.asService((tx) =>
    tx.query<{ id: string; title: string; assignee_id: string; created_by: string }>(
      `select id, title, assignee_id, created_by from crm.activities
        where entity_type = 'deal' and entity_id = $1 and is_system_activity`,
      [dealId],
    ),
  );
}

describe('reviewNewDeal under the SDK engine', () => {
  it('gives the assignee a review task in its one durable step', async () => {
    const member = await ws.addMember('MEMBER');
    const { dealId, event } = await createAssignedDeal(member.id);
    const { engine } = sdk.engineFor(reviewNewDeal);

    const { result, ctx, error } = await engine.execute({ events: [event] });

    expect(error).toBeUndefined();
    const tasks = await reviewTasksOn(dealId);
    expect(tasks).toEqual([
      {
        id: expect.any(String),
        title: 'Review your new deal',
        assignee_id: member.id,
        created_by: SYSTEM_USER_ID,
      },
    ]);
    expect(result).toEqual({ id: tasks[0]!.id, created: true });
    expect(ctx.step.run).toHaveBeenCalledWith('create-review-task', expect.any(Function));
  });

  it('creates no second task when Inngest runs the same event again', async () => {
    const { dealId, event } = await createAssignedDeal(ws.owner.id);
    const first = await sdk.engineFor(reviewNewDeal).engine.execute({ events: [event] });
    // A redelivered event (same id) starts a run without the first run's memoized state.
    const again = await sdk.engineFor(reviewNewDeal).engine.execute({ events: [event] });

    const tasks = await reviewTasksOn(dealId);
    expect(tasks).toHaveLength(1);
    expect(first.result).toEqual({ id: tasks[0]!.id, created: true });
    expect(again.result).toEqual({ id: tasks[0]!.id, created: false });
  });
});
