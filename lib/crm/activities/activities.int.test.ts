import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestUser } from '../../../test/helpers/factories.ts';
import { createTestApi } from '../../../test/helpers/graphql.ts';
import { openTestDb } from '../../../test/helpers/test-db.ts';
import { createWorkspaceWithOwner } from '../../../test/helpers/workspace.ts';
import { type Db, SYSTEM_USER_ID } from '../../db/port.ts';
import { createSystemActivity } from './service.ts';

let db: Db;
let api: ReturnType<typeof createTestApi>;

beforeAll(async () => {
  db = await openTestDb();
  api = createTestApi(db);
});
afterAll(() => db.close());

const FIELDS = `id workspaceId kind title body dueAt doneAt done overdue assigneeId entityType entityId
  isSystemActivity metadata createdBy deletedAt`;
const CREATE = `mutation($input: CreateActivityInput!) {
  createActivity(input: $input) {
    __typename
    ... on CreateActivitySuccess { activity { ${FIELDS} } }
    ... on Error { message code }
    ... on NotFoundError { entity }
    ... on ValidationError { fieldErrors { path message } }
  }
}`;
const UPDATE = `mutation($input: UpdateActivityInput!) {
  updateActivity(input: $input) {
    __typename
    ... on UpdateActivitySuccess { activity { ${FIELDS} } }
    ... on Error { code }
    ... on ValidationError { fieldErrors { path message } }
  }
}`;
const byId = (mutation: string) => `mutation($id: ID!) {
  ${mutation}(input: {id: $id}) {
    __typename
    ... on ${mutation.charAt(0).toUpperCase()}${mutation.slice(1)}Success { activity { ${FIELDS} } }
    ... on Error { code }
  }
}`;
const LIST = `query($ws: ID!, $filter: ActivityFilter, $orderBy: ActivityOrder, $first: Int, $after: String) {
  activities(workspaceId: $ws, filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    edges { node { title } }
    pageInfo { hasNextPage endCursor }
  }
}`;

type Workspace = Awaited<ReturnType<typeof createWorkspaceWithOwner>>;

async function createOrganization(user: TestUser, workspaceId: string, name = 'Acme') {
  const data = await api.as(
    user,
    `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) {
      ... on CreateOrganizationSuccess { organization { id } } } }`,
    { input: { workspaceId, name } },
  );
  return data.createOrganization.organization.id as string;
}

async function createActivity(user: TestUser, input: Record<string, unknown>) {
  return (await api.as(user, CREATE, { input })).createActivity;
}

async function activityCount(title: string): Promise<number> {
  const rows = await db.asService((tx) =>
    tx.query('select 1 from crm.activities where title = $1', [title]),
  );
  return rows.length;
}

describe('activities', () => {
  let ws: Workspace;
  let orgId: string;

  beforeAll(async () => {
    ws = await createWorkspaceWithOwner(db, api);
    orgId = await createOrganization(ws.owner, ws.workspaceId);
  });

  it('are created linked to an organization; a task is the caller’s unless assigned', async () => {
    const dueAt = '2030-01-02T03:04:05.000Z';
    const task = await createActivity(ws.owner, {
      workspaceId: ws.workspaceId,
      kind: 'TASK',
      title: '  Send the proposal ',
      body: 'With the new prices',
      dueAt,
      entityType: 'ORGANIZATION',
      entityId: orgId,
      metadata: { source: 'test' },
    });
    expect(task).toMatchObject({
      __typename: 'CreateActivitySuccess',
      activity: {
        kind: 'TASK',
        title: 'Send the proposal',
        body: 'With the new prices',
        dueAt,
        doneAt: null,
        done: false,
        overdue: false,
        assigneeId: ws.owner.id,
        entityType: 'ORGANIZATION',
        entityId: orgId,
        isSystemActivity: false,
        metadata: { source: 'test' },
        createdBy: ws.owner.id,
      },
    });
    const call = await createActivity(ws.owner, {
      workspaceId: ws.workspaceId,
      kind: 'CALL',
      title: 'Intro call',
    });
    expect(call.activity).toMatchObject({ assigneeId: null, entityType: null, entityId: null });
  });

  it('can be linked to a person', async () => {
    const person = await api.as(
      ws.owner,
      `mutation($ws: ID!) { createPerson(input: {workspaceId: $ws, name: "Ada"}) {
        ... on CreatePersonSuccess { person { id } } } }`,
      { ws: ws.workspaceId },
    );
    const personId = person.createPerson.person.id;
    const meeting = await createActivity(ws.owner, {
      workspaceId: ws.workspaceId,
      kind: 'MEETING',
      title: 'Lunch with Ada',
      entityType: 'PERSON',
      entityId: personId,
    });
    expect(meeting.activity).toMatchObject({ entityType: 'PERSON', entityId: personId });
  });

  it('emit crm/activity.created in the same transaction', async () => {
    const created = await createActivity(ws.owner, {
      workspaceId: ws.workspaceId,
      kind: 'EMAIL',
      title: 'Follow-up email',
    });
    const id = created.activity.id;
    const events = await db.asService((tx) =>
      tx.query(
        `select name, data, user_id as "userId" from automation.outbox
          where name = 'crm/activity.created' and data ->> 'activityId' = $1`,
        [id],
      ),
    );
    expect(events).toEqual([
      {
        name: 'crm/activity.created',
        data: { workspaceId: ws.workspaceId, actorId: ws.owner.id, activityId: id },
        userId: ws.owner.id,
      },
    ]);
  });

  it('refuse a linked record of another workspace, or a missing one, and write nothing', async () => {
    const other = await createWorkspaceWithOwner(db, api, 'Other');
    const foreignOrg = await createOrganization(other.owner, other.workspaceId, 'Foreign');
    for (const [title, entityType, entityId, message] of [
      ['Foreign link', 'ORGANIZATION', foreignOrg, 'an organization'],
      ['Wrong type', 'PERSON', orgId, 'a person'],
      ['No such deal', 'DEAL', orgId, 'a deal'],
    ]) {
      const result = await createActivity(ws.owner, {
        workspaceId: ws.workspaceId,
        kind: 'TASK',
        title,
        entityType,
        entityId,
      });
      expect(result.fieldErrors, title).toEqual([
        {
          path: ['input', 'entityId'],
          message: `is not ${message} of this workspace`,
        },
      ]);
      expect(await activityCount(title!)).toBe(0);
    }
  });

  it('refuse a deleted linked record and an assignee from outside the workspace, at once', async () => {
    const doomed = await createOrganization(ws.owner, ws.workspaceId, 'Doomed');
    await api.as(
      ws.owner,
      `mutation($id: ID!) { deleteOrganization(input: {id: $id}) { __typename } }`,
      {
        id: doomed,
      },
    );
    const stranger = await createWorkspaceWithOwner(db, api, 'Stranger');
    const result = await createActivity(ws.owner, {
      workspaceId: ws.workspaceId,
      kind: 'TASK',
      title: 'Two problems',
      assigneeId: stranger.owner.id,
      entityType: 'ORGANIZATION',
      entityId: doomed,
    });
    expect(result.fieldErrors).toEqual([
      { path: ['input', 'assigneeId'], message: 'is not a member of this workspace' },
      { path: ['input', 'entityId'], message: 'is not an organization of this workspace' },
    ]);
    expect(await activityCount('Two problems')).toBe(0);
  });

  it('need both entityType and entityId to link a record', async () => {
    const result = await createActivity(ws.owner, {
      workspaceId: ws.workspaceId,
      kind: 'TASK',
      title: 'Half a link',
      entityId: orgId,
    });
    expect(result.fieldErrors).toEqual([
      { path: ['input', 'entityType'], message: 'is required with the other' },
    ]);
  });

  it('cannot be created by a viewer (Forbidden) or in another workspace (NotFound)', async () => {
    const viewer = await ws.addMember('VIEWER');
    const outsider = (await createWorkspaceWithOwner(db, api, 'Out')).owner;
    const input = { workspaceId: ws.workspaceId, kind: 'NOTE', title: 'Sneaky' };
    expect(await createActivity(viewer, input)).toMatchObject({ __typename: 'ForbiddenError' });
    expect(await createActivity(outsider, input)).toMatchObject({
      __typename: 'NotFoundError',
      entity: 'Workspace',
    });
    expect(await activityCount('Sneaky')).toBe(0);
  });

  it('cannot be made system activities through the API', async () => {
    const result = await api.raw(ws.owner, CREATE, {
      input: { workspaceId: ws.workspaceId, kind: 'NOTE', title: 'Fake', isSystemActivity: true },
    });
    expect(result.errors?.[0]?.message).toContain('isSystemActivity');
    expect(await activityCount('Fake')).toBe(0);
  });

  it('are completed once (completing again keeps the time) and reopened', async () => {
    const created = await createActivity(ws.owner, {
      workspaceId: ws.workspaceId,
      kind: 'TASK',
      title: 'Complete me',
      dueAt: '2000-01-01T00:00:00Z',
    });
    const id = created.activity.id;
    expect(created.activity.overdue).toBe(true);
    const done = (await api.as(ws.owner, byId('completeActivity'), { id })).completeActivity;
    expect(done.activity).toMatchObject({ done: true, overdue: false, doneAt: expect.any(String) });
    const again = (await api.as(ws.owner, byId('completeActivity'), { id })).completeActivity;
    expect(again.activity.doneAt).toBe(done.activity.doneAt);
    const reopened = (await api.as(ws.owner, byId('reopenActivity'), { id })).reopenActivity;
    expect(reopened.activity).toMatchObject({ done: false, doneAt: null, overdue: true });
  });

  it('change only what an update names, relink, unlink, and clear the due date', async () => {
    const member = await ws.addMember('MEMBER');
    const other = await createOrganization(ws.owner, ws.workspaceId, 'Other Co');
    const created = await createActivity(ws.owner, {
      workspaceId: ws.workspaceId,
      kind: 'TASK',
      title: 'Edit me',
      body: 'Keep me',
      dueAt: '2031-01-01T00:00:00Z',
      entityType: 'ORGANIZATION',
      entityId: orgId,
    });
    const id = created.activity.id;
    const relinked = await api.as(member, UPDATE, {
      input: {
        id,
        title: 'Edited',
        assigneeId: member.id,
        entityType: 'ORGANIZATION',
        entityId: other,
        dueAt: null,
      },
    });
    expect(relinked.updateActivity.activity).toMatchObject({
      title: 'Edited',
      body: 'Keep me',
      dueAt: null,
      assigneeId: member.id,
      entityId: other,
    });
    const unlinked = await api.as(member, UPDATE, {
      input: { id, entityType: null, entityId: null },
    });
    expect(unlinked.updateActivity.activity).toMatchObject({ entityType: null, entityId: null });
    const foreign = (await createWorkspaceWithOwner(db, api, 'F')).owner;
    const refused = await api.as(member, UPDATE, { input: { id, assigneeId: foreign.id } });
    expect(refused.updateActivity.fieldErrors).toEqual([
      { path: ['input', 'assigneeId'], message: 'is not a member of this workspace' },
    ]);
  });

  it('are soft-deleted: gone from lookups, NotFound when deleted again', async () => {
    const created = await createActivity(ws.owner, {
      workspaceId: ws.workspaceId,
      kind: 'CALL',
      title: 'Delete me',
    });
    const id = created.activity.id;
    const deleted = (await api.as(ws.owner, byId('deleteActivity'), { id })).deleteActivity;
    expect(deleted.activity.deletedAt).toEqual(expect.any(String));
    expect(
      (await api.as(ws.owner, `query($id: ID!) { activity(id: $id) { id } }`, { id })).activity,
    ).toBeNull();
    expect((await api.as(ws.owner, byId('deleteActivity'), { id })).deleteActivity).toEqual({
      __typename: 'NotFoundError',
      code: 'NOT_FOUND',
    });
    expect(await activityCount('Delete me')).toBe(1);
  });

  it('answer another workspace with NotFound, and a viewer with Forbidden', async () => {
    const created = await createActivity(ws.owner, {
      workspaceId: ws.workspaceId,
      kind: 'CALL',
      title: 'Mine',
    });
    const id = created.activity.id;
    const outsider = (await createWorkspaceWithOwner(db, api, 'Out2')).owner;
    const viewer = await ws.addMember('VIEWER');
    expect(
      (await api.as(outsider, byId('completeActivity'), { id })).completeActivity.__typename,
    ).toBe('NotFoundError');
    expect(
      (await api.as(viewer, byId('completeActivity'), { id })).completeActivity.__typename,
    ).toBe('ForbiddenError');
    expect(
      (await api.as(outsider, `query($id: ID!) { activity(id: $id) { id } }`, { id })).activity,
    ).toBeNull();
  });
});

describe('system activities', () => {
  it('are created by automations as the system user, with metadata naming the automation', async () => {
    const ws = await createWorkspaceWithOwner(db, api);
    const orgId = await createOrganization(ws.owner, ws.workspaceId);
    const created = await db.asService((tx) =>
      createSystemActivity(tx, {
        workspaceId: ws.workspaceId,
        kind: 'task',
        title: 'Review the new deal',
        assigneeId: ws.owner.id,
        entityType: 'organization',
        entityId: orgId,
        metadata: { automation: 'review-new-deal' },
      }),
    );
    expect(created).toMatchObject({
      isSystemActivity: true,
      createdBy: SYSTEM_USER_ID,
      assigneeId: ws.owner.id,
      metadata: { automation: 'review-new-deal' },
    });
    const seen = await api.as(
      ws.owner,
      `query($id: ID!) { activity(id: $id) { isSystemActivity } }`,
      {
        id: created.id,
      },
    );
    expect(seen.activity).toEqual({ isSystemActivity: true });
    const edit = await api.as(ws.owner, UPDATE, {
      input: { id: created.id, metadata: { automation: 'forged' } },
    });
    expect(edit.updateActivity.fieldErrors).toEqual([
      { path: ['input', 'metadata'], message: 'of a system activity cannot change' },
    ]);
  });

  it('still check the linked record belongs to the workspace', async () => {
    const ws = await createWorkspaceWithOwner(db, api);
    const other = await createWorkspaceWithOwner(db, api, 'Other');
    const foreignOrg = await createOrganization(other.owner, other.workspaceId);
    await expect(
      db.asService((tx) =>
        createSystemActivity(tx, {
          workspaceId: ws.workspaceId,
          kind: 'task',
          title: 'Cross-workspace',
          entityType: 'organization',
          entityId: foreignOrg,
        }),
      ),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(await activityCount('Cross-workspace')).toBe(0);
  });
});

describe('activity lists', () => {
  let ws: Workspace;
  let me: TestUser;
  let orgId: string;
  const hoursFromNow = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();

  async function titles(variables: Record<string, unknown>): Promise<string[]> {
    const data = await api.as(me, LIST, { ws: ws.workspaceId, ...variables });
    return data.activities.edges.map((e: { node: { title: string } }) => e.node.title);
  }

  beforeAll(async () => {
    ws = await createWorkspaceWithOwner(db, api);
    me = ws.owner;
    const colleague = await ws.addMember('MEMBER');
    orgId = await createOrganization(me, ws.workspaceId);
    const mine: [string, string | null, Record<string, unknown>?][] = [
      ['no due date', null],
      ['due tomorrow', hoursFromNow(24), { entityType: 'ORGANIZATION', entityId: orgId }],
      ['overdue a week', hoursFromNow(-24 * 7)],
      ['due next week', hoursFromNow(24 * 7), { kind: 'CALL', assigneeId: me.id }],
      ['overdue a day', hoursFromNow(-24)],
      ['done, was due', hoursFromNow(-48)],
    ];
    for (const [title, dueAt, extra] of mine) {
      const result = await createActivity(me, {
        workspaceId: ws.workspaceId,
        kind: 'TASK',
        title,
        dueAt,
        ...extra,
      });
      if (title.startsWith('done')) {
        await api.as(me, byId('completeActivity'), { id: result.activity.id });
      }
    }
    await createActivity(colleague, {
      workspaceId: ws.workspaceId,
      kind: 'TASK',
      title: "colleague's, overdue",
      dueAt: hoursFromNow(-1),
    });
  });

  it('show my open tasks overdue first, then by due date, then those without one', async () => {
    expect(
      await titles({
        filter: { assigneeId: me.id, done: false },
        orderBy: { field: 'DUE_AT', direction: 'ASC' },
      }),
    ).toEqual(['overdue a week', 'overdue a day', 'due tomorrow', 'due next week', 'no due date']);
  });

  it('keep activities without a due date last when sorting latest due first', async () => {
    expect(
      await titles({
        filter: { assigneeId: me.id, done: false },
        orderBy: { field: 'DUE_AT', direction: 'DESC' },
      }),
    ).toEqual(['due next week', 'due tomorrow', 'overdue a day', 'overdue a week', 'no due date']);
  });

  it('filter overdue ones (open and past due) and the others', async () => {
    const order = { field: 'DUE_AT', direction: 'ASC' };
    expect(await titles({ filter: { overdue: true }, orderBy: order })).toEqual([
      'overdue a week',
      'overdue a day',
      "colleague's, overdue",
    ]);
    expect(await titles({ filter: { overdue: false, assigneeId: me.id }, orderBy: order })).toEqual(
      ['done, was due', 'due tomorrow', 'due next week', 'no due date'],
    );
  });

  it('filter by done, kind and linked record', async () => {
    expect(await titles({ filter: { done: true } })).toEqual(['done, was due']);
    expect(await titles({ filter: { kind: 'CALL' } })).toEqual(['due next week']);
    expect(await titles({ filter: { entityType: 'ORGANIZATION', entityId: orgId } })).toEqual([
      'due tomorrow',
    ]);
  });

  it('list newest first by default', async () => {
    const all = await titles({});
    expect(all[0]).toBe("colleague's, overdue");
    expect(all.at(-1)).toBe('no due date');
    expect(all).toHaveLength(7);
  });

  it('page through the due-date order without gaps or repeats, across the nulls', async () => {
    const seen: string[] = [];
    let after: string | undefined;
    const variables = { orderBy: { field: 'DUE_AT', direction: 'ASC' }, first: 2 };
    for (;;) {
      const page = (await api.as(me, LIST, { ws: ws.workspaceId, ...variables, after })).activities;
      seen.push(...page.edges.map((e: { node: { title: string } }) => e.node.title));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual([
      'overdue a week',
      'done, was due',
      'overdue a day',
      "colleague's, overdue",
      'due tomorrow',
      'due next week',
      'no due date',
    ]);
  });

  it('refuse a cursor from another order', async () => {
    const page = (await api.as(me, LIST, { ws: ws.workspaceId, first: 1 })).activities;
    const result = await api.raw(me, LIST, {
      ws: ws.workspaceId,
      orderBy: { field: 'DUE_AT' },
      after: page.pageInfo.endCursor,
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
  });

  it('show nothing of another workspace', async () => {
    const outsider = (await createWorkspaceWithOwner(db, api, 'Out')).owner;
    const data = await api.as(outsider, LIST, { ws: ws.workspaceId });
    expect(data.activities.edges).toEqual([]);
  });
});
