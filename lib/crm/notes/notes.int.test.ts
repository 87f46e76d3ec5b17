import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestUser } from '../../../test/helpers/factories.ts';
import { createTestApi } from '../../../test/helpers/graphql.ts';
import { openTestDb } from '../../../test/helpers/test-db.ts';
import { createWorkspaceWithOwner } from '../../../test/helpers/workspace.ts';
import type { Db } from '../../db/port.ts';

let db: Db;
let api: ReturnType<typeof createTestApi>;

beforeAll(async () => {
  db = await openTestDb();
  api = createTestApi(db);
});
afterAll(() => db.close());

const FIELDS = 'id workspaceId entityType entityId body createdBy updatedBy deletedAt';
const CREATE = `mutation($input: CreateNoteInput!) {
  createNote(input: $input) {
    __typename
    ... on CreateNoteSuccess { note { ${FIELDS} } }
    ... on Error { code }
    ... on ValidationError { fieldErrors { path message } }
  }
}`;
const UPDATE = `mutation($id: ID!, $body: String!) {
  updateNote(input: {id: $id, body: $body}) {
    __typename
    ... on UpdateNoteSuccess { note { ${FIELDS} } }
    ... on Error { code }
  }
}`;
const DELETE = `mutation($id: ID!) {
  deleteNote(input: {id: $id}) {
    __typename
    ... on DeleteNoteSuccess { note { deletedAt } }
    ... on Error { code }
  }
}`;
const GET = `query($id: ID!) { note(id: $id) { body } }`;

async function createOrganization(user: TestUser, workspaceId: string) {
  const data = await api.as(
    user,
    `mutation($ws: ID!) { createOrganization(input: {workspaceId: $ws, name: "Acme"}) {
      ... on CreateOrganizationSuccess { organization { id } } } }`,
    { ws: workspaceId },
  );
  return data.createOrganization.organization.id as string;
}

async function noteCount(body: string): Promise<number> {
  const rows = await db.asService((tx) =>
    tx.query('select 1 from crm.notes where body = $1', [body]),
  );
  return rows.length;
}

describe('notes', () => {
  let ws: Awaited<ReturnType<typeof createWorkspaceWithOwner>>;
  let member: TestUser;
  let viewer: TestUser;
  let outsider: TestUser;
  let orgId: string;

  beforeAll(async () => {
    ws = await createWorkspaceWithOwner(db, api);
    member = await ws.addMember('MEMBER');
    viewer = await ws.addMember('VIEWER');
    outsider = (await createWorkspaceWithOwner(db, api, 'Other')).owner;
    orgId = await createOrganization(ws.owner, ws.workspaceId);
  });

  it("are written on a record, in the record's workspace, and emit crm/note.created", async () => {
    const data = await api.as(member, CREATE, {
      input: { entityType: 'ORGANIZATION', entityId: orgId, body: '  Met at the fair.  ' },
    });
    const note = data.createNote.note;
    expect(note).toMatchObject({
      workspaceId: ws.workspaceId,
      entityType: 'ORGANIZATION',
      entityId: orgId,
      body: 'Met at the fair.',
      createdBy: member.id,
      deletedAt: null,
    });
    const events = await db.asService((tx) =>
      tx.query(`select data from automation.outbox where data ->> 'noteId' = $1`, [note.id]),
    );
    expect(events).toEqual([
      { data: { workspaceId: ws.workspaceId, actorId: member.id, noteId: note.id } },
    ]);
  });

  it('are refused on a record the caller cannot see, and on a blank body', async () => {
    const foreign = await api.as(outsider, CREATE, {
      input: { entityType: 'ORGANIZATION', entityId: orgId, body: 'Foreign note' },
    });
    expect(foreign.createNote.fieldErrors).toEqual([
      { path: ['input', 'entityId'], message: 'is not an organization you can see' },
    ]);
    const wrongType = await api.as(member, CREATE, {
      input: { entityType: 'DEAL', entityId: orgId, body: 'Foreign note' },
    });
    expect(wrongType.createNote.fieldErrors).toEqual([
      { path: ['input', 'entityId'], message: 'is not a deal you can see' },
    ]);
    const blank = await api.as(member, CREATE, {
      input: { entityType: 'ORGANIZATION', entityId: orgId, body: '   ' },
    });
    expect(blank.createNote.fieldErrors).toEqual([
      { path: ['input', 'body'], message: 'is required' },
    ]);
    expect(await noteCount('Foreign note')).toBe(0);
  });

  it('cannot be written by a viewer', async () => {
    const data = await api.as(viewer, CREATE, {
      input: { entityType: 'ORGANIZATION', entityId: orgId, body: 'Viewer note' },
    });
    expect(data.createNote).toEqual({ __typename: 'ForbiddenError', code: 'FORBIDDEN' });
    expect(await noteCount('Viewer note')).toBe(0);
  });

  it('are edited by members; viewers get Forbidden and other workspaces NotFound', async () => {
    const created = await api.as(ws.owner, CREATE, {
      input: { entityType: 'ORGANIZATION', entityId: orgId, body: 'First draft' },
    });
    const id = created.createNote.note.id;
    const edited = await api.as(member, UPDATE, { id, body: 'Second draft' });
    expect(edited.updateNote.note).toMatchObject({ body: 'Second draft', updatedBy: member.id });
    expect((await api.as(viewer, UPDATE, { id, body: 'x' })).updateNote.__typename).toBe(
      'ForbiddenError',
    );
    expect((await api.as(outsider, UPDATE, { id, body: 'x' })).updateNote.__typename).toBe(
      'NotFoundError',
    );
    expect((await api.as(outsider, GET, { id })).note).toBeNull();
    expect((await api.as(viewer, GET, { id })).note).toEqual({ body: 'Second draft' });
  });

  it('are soft-deleted: gone from lookups, kept in the table, NotFound the second time', async () => {
    const created = await api.as(ws.owner, CREATE, {
      input: { entityType: 'ORGANIZATION', entityId: orgId, body: 'Doomed note' },
    });
    const id = created.createNote.note.id;
    const deleted = await api.as(member, DELETE, { id });
    expect(deleted.deleteNote.note.deletedAt).toEqual(expect.any(String));
    expect((await api.as(ws.owner, GET, { id })).note).toBeNull();
    expect((await api.as(member, DELETE, { id })).deleteNote).toEqual({
      __typename: 'NotFoundError',
      code: 'NOT_FOUND',
    });
    expect(await noteCount('Doomed note')).toBe(1);
  });
});
