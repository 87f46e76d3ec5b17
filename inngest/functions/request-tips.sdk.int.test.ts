// What requests tips, run by the SDK's engine as Inngest runs it: each morning one tip/requested
// per acting member, and one for the assignee of an activity that went overdue, each sent to
// Inngest's event API (on loopback) under an id that makes a resend a no-op.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../lib/db/port.ts';
import { createTestApi } from '../../test/helpers/graphql.ts';
import { type SdkHarness, startSdkHarness } from '../../test/helpers/inngest-sdk.ts';
import { openTestDb } from '../../test/helpers/test-db.ts';
import { createWorkspaceWithOwner } from '../../test/helpers/workspace.ts';
import { requestMorningTips, requestTipOnOverdueActivity } from './request-tips.ts';

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

/** What reached the event API from now on. */
function arrivalsFromNow() {
  const from = sdk.eventApi.arrivals.length;
  return () => sdk.eventApi.arrivals.slice(from).map(({ id, name, data }) => ({ id, name, data }));
}

const today = () => new Date().toISOString().slice(0, 10);

describe('requestMorningTips under the SDK engine', () => {
  it('requests a tip for every member who acts in a workspace, viewers not', async () => {
    const acme = await createWorkspaceWithOwner(db, api, 'Acme');
    const member = await acme.addMember('MEMBER');
    await acme.addMember('VIEWER');
    const globex = await createWorkspaceWithOwner(db, api, 'Globex');
    const arrivals = arrivalsFromNow();
    const dayBefore = today();

    const { result, ctx, error } = await sdk.engineFor(requestMorningTips).engine.execute();

    const day = [dayBefore, today()].find((d) => arrivals()[0]?.id.includes(`:${d}:`));
    expect(error).toBeUndefined();
    const expected = [
      [acme.workspaceId, acme.owner.id],
      [acme.workspaceId, member.id],
      [globex.workspaceId, globex.owner.id],
    ].map(([workspaceId, userId]) => ({
      id: `morning-tip:${day}:${workspaceId}:${userId}`,
      name: 'tip/requested',
      data: { workspaceId, userId, reason: 'morning' },
    }));
    expect(arrivals()).toEqual(expect.arrayContaining(expected));
    expect(arrivals()).toHaveLength(3);
    expect(result).toEqual({ requested: 3 });
    expect(ctx.step.run.mock.calls.map(([id]) => id)).toEqual(['list-members']);
    expect(ctx.step.sendEvent).toHaveBeenCalledWith(
      'request-tips',
      expect.arrayContaining(expected.map((e) => expect.objectContaining(e))),
    );
  });

  it('sends nothing new when the morning run is repeated the same day', async () => {
    const arrivals = arrivalsFromNow();
    const resent = sdk.eventApi.resent;

    const { result } = await sdk.engineFor(requestMorningTips).engine.execute();

    expect(result).toEqual({ requested: 3 });
    // Inngest drops the repeats by id, as the loopback API does.
    expect(arrivals()).toEqual([]);
    expect(sdk.eventApi.resent).toBe(resent + 3);
  });
});

describe('requestTipOnOverdueActivity under the SDK engine', () => {
  async function overdueEvent(assigned: boolean) {
    const ws = await createWorkspaceWithOwner(db, api);
    const dueAt = new Date(Date.now() - 86_400_000).toISOString();
    const data = await api.as(
      ws.owner,
      `mutation($input: CreateActivityInput!) {
        createActivity(input: $input) { ... on CreateActivitySuccess { activity { id } } } }`,
      {
        input: {
          workspaceId: ws.workspaceId,
          kind: 'TASK',
          title: 'Send the contract',
          dueAt,
          ...(assigned ? {} : { assigneeId: null }),
        },
      },
    );
    const activityId: string = data.createActivity.activity.id;
    // As reportOverdueActivities sends it.
    const event = {
      id: `activity-overdue:${activityId}`,
      name: 'crm/activity.overdue',
      data: {
        workspaceId: ws.workspaceId,
        activityId,
        assigneeId: assigned ? ws.owner.id : null,
        title: 'Send the contract',
        dueAt,
      },
      ts: Date.now(),
    };
    return { ...ws, activityId, event };
  }

  it('requests a tip for the assignee of the overdue activity', async () => {
    const { workspaceId, owner, activityId, event } = await overdueEvent(true);
    const arrivals = arrivalsFromNow();

    const { ctx, error } = await sdk
      .engineFor(requestTipOnOverdueActivity)
      .engine.execute({ events: [event] });

    expect(error).toBeUndefined();
    expect(arrivals()).toEqual([
      {
        id: `overdue-tip:${activityId}`,
        name: 'tip/requested',
        data: { workspaceId, userId: owner.id, reason: 'activity overdue' },
      },
    ]);
    expect(ctx.step.sendEvent).toHaveBeenCalledWith(
      'request-tip',
      expect.objectContaining({ id: `overdue-tip:${activityId}`, name: 'tip/requested' }),
    );
  });

  it('requests nothing for an unassigned activity', async () => {
    const { event } = await overdueEvent(false);
    // Inngest would not start this run (the trigger's `if`); @inngest/test does not evaluate
    // trigger expressions, so this is the handler's own guard.
    const requests = sdk.eventApi.requests;

    const { result, ctx, error } = await sdk
      .engineFor(requestTipOnOverdueActivity)
      .engine.execute({ events: [event] });

    expect(error).toBeUndefined();
    expect(result).toBeNull();
    expect(ctx.step.sendEvent).not.toHaveBeenCalled();
    expect(sdk.eventApi.requests).toBe(requests);
  });
});
