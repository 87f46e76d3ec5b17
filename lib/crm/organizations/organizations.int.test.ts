import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

const CREATE = `mutation($input: CreateOrganizationInput!) {
  createOrganization(input: $input) {
    __typename
    ... on CreateOrganizationSuccess { organization { id name emails phones links customFields ownerId createdBy updatedBy deletedAt } }
    ... on Error { message code }
    ... on ValidationError { fieldErrors { path message } }
  }
}`;
const UPDATE = `mutation($input: UpdateOrganizationInput!) {
  updateOrganization(input: $input) {
    __typename
    ... on UpdateOrganizationSuccess { organization { id name emails ownerId customFields updatedAt } }
    ... on Error { message code }
    ... on ValidationError { fieldErrors { path message } }
  }
}`;
const DELETE = `mutation($id: ID!) {
  deleteOrganization(input: {id: $id}) {
    __typename
    ... on DeleteOrganizationSuccess { organization { id deletedAt } }
    ... on Error { message code }
  }
}`;
/** Custom field values must be defined: define a text or number field for organizations. */
async function defineField(
  user: Awaited<ReturnType<typeof createWorkspaceWithOwner>>['owner'],
  workspaceId: string,
  key: string,
  type: 'TEXT' | 'NUMBER',
) {
  const data = await api.as(
    user,
    `mutation($input: CreateCustomFieldDefinitionInput!) {
      createCustomFieldDefinition(input: $input) { __typename } }`,
    { input: { workspaceId, entityType: 'ORGANIZATION', key, label: key, type } },
  );
  expect(data.createCustomFieldDefinition.__typename).toBe('CreateCustomFieldDefinitionSuccess');
}
const LIST = `query($ws: ID!, $first: Int, $after: String, $last: Int, $before: String, $search: String) {
  organizations(workspaceId: $ws, first: $first, after: $after, last: $last, before: $before, search: $search) {
    edges { cursor node { name } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

describe('organizations', () => {
  it('are created with their contact details, owned by their creator by default', async () => {
    const { owner, workspaceId } = await createWorkspaceWithOwner(db, api);
    await defineField(owner, workspaceId, 'industry', 'TEXT');
    await defineField(owner, workspaceId, 'employees', 'NUMBER');
    const data = await api.as(owner, CREATE, {
      input: {
        workspaceId,
        name: '  Globex  ',
        emails: ['info@globex.example.com'],
        phones: ['+1 555 0100'],
        links: ['https://globex.example.com'],
        customFields: { industry: 'Manufacturing', employees: 1200 },
      },
    });
    expect(data.createOrganization).toMatchObject({
      __typename: 'CreateOrganizationSuccess',
      organization: {
        name: 'Globex',
        emails: ['info@globex.example.com'],
        phones: ['+1 555 0100'],
        links: ['https://globex.example.com'],
        customFields: { industry: 'Manufacturing', employees: 1200 },
        ownerId: owner.id,
        createdBy: owner.id,
        updatedBy: owner.id,
        deletedAt: null,
      },
    });
  });

  it('refuse invalid input field by field, and write nothing', async () => {
    const { owner, workspaceId } = await createWorkspaceWithOwner(db, api);
    const data = await api.as(owner, CREATE, {
      input: {
        workspaceId,
        name: 'Bad Co',
        emails: ['not-an-email'],
        links: ['javascript:alert(1)'],
      },
    });
    expect(data.createOrganization.__typename).toBe('ValidationError');
    expect(data.createOrganization.code).toBe('VALIDATION_FAILED');
    const paths = data.createOrganization.fieldErrors.map((e: { path: string[] }) =>
      e.path.join('.'),
    );
    expect(paths).toEqual(expect.arrayContaining(['input.emails.0', 'input.links.0']));
    const list = await api.as(owner, LIST, { ws: workspaceId });
    expect(list.organizations.edges).toEqual([]);
  });

  it('refuse an owner who is not a member of the workspace', async () => {
    const { owner, workspaceId } = await createWorkspaceWithOwner(db, api);
    const stranger = await createWorkspaceWithOwner(db, api, 'Elsewhere');
    const data = await api.as(owner, CREATE, {
      input: { workspaceId, name: 'X', ownerId: stranger.owner.id },
    });
    expect(data.createOrganization.fieldErrors).toEqual([
      { path: ['input', 'ownerId'], message: 'is not a member of this workspace' },
    ]);
  });

  it('refuse an owner id that is no user at all, like a stranger', async () => {
    const { owner, workspaceId } = await createWorkspaceWithOwner(db, api);
    const data = await api.as(owner, CREATE, {
      input: { workspaceId, name: 'Ghost owned', ownerId: '7c9e6679-7425-40de-944b-e07fc1f90ae7' },
    });
    expect(data.createOrganization.fieldErrors).toEqual([
      { path: ['input', 'ownerId'], message: 'is not a member of this workspace' },
    ]);
  });

  it('announce themselves with crm/organization.created, in the same transaction', async () => {
    const { owner, workspaceId } = await createWorkspaceWithOwner(db, api);
    const data = await api.as(owner, CREATE, { input: { workspaceId, name: 'Announced' } });
    const id = data.createOrganization.organization.id;
    const events = await db.asService((tx) =>
      tx.query<{ name: string; data: Record<string, unknown> }>(
        `select name, data from automation.outbox where data ->> 'organizationId' = $1`,
        [id],
      ),
    );
    expect(events).toEqual([
      {
        name: 'crm/organization.created',
        data: { workspaceId, organizationId: id, actorId: owner.id },
      },
    ]);
  });

  it('change only the fields an update names, and record who changed them', async () => {
    const { owner, workspaceId, addMember } = await createWorkspaceWithOwner(db, api);
    const member = await addMember('MEMBER');
    await defineField(owner, workspaceId, 'tier', 'TEXT');
    const created = await api.as(owner, CREATE, {
      input: {
        workspaceId,
        name: 'Initech',
        emails: ['a@initech.example.com'],
        customFields: { tier: 'gold' },
      },
    });
    const id = created.createOrganization.organization.id;
    const updated = await api.as(member, UPDATE, {
      input: { id, name: 'Initech Inc.', ownerId: member.id },
    });
    expect(updated.updateOrganization.organization).toMatchObject({
      name: 'Initech Inc.',
      emails: ['a@initech.example.com'],
      customFields: { tier: 'gold' },
      ownerId: member.id,
    });
    const [row] = await db.asService((tx) =>
      tx.query<{ updated_by: string; created_by: string }>(
        'select updated_by, created_by from crm.organizations where id = $1',
        [id],
      ),
    );
    expect(row).toEqual({ updated_by: member.id, created_by: owner.id });
  });

  it('are soft-deleted: gone from lists and lookups, kept in the table', async () => {
    const { owner, workspaceId } = await createWorkspaceWithOwner(db, api);
    const created = await api.as(owner, CREATE, { input: { workspaceId, name: 'Doomed' } });
    const id = created.createOrganization.organization.id;
    const deleted = await api.as(owner, DELETE, { id });
    expect(deleted.deleteOrganization.organization.deletedAt).toEqual(expect.any(String));
    const after = await api.as(owner, `query($id: ID!) { organization(id: $id) { id } }`, { id });
    expect(after.organization).toBeNull();
    expect((await api.as(owner, LIST, { ws: workspaceId })).organizations.edges).toEqual([]);
    const again = await api.as(owner, DELETE, { id });
    expect(again.deleteOrganization).toMatchObject({
      __typename: 'NotFoundError',
      code: 'NOT_FOUND',
    });
    const kept = await db.asService((tx) =>
      tx.query('select 1 from crm.organizations where id = $1', [id]),
    );
    expect(kept).toHaveLength(1);
  });

  describe('lists', () => {
    let owner: Awaited<ReturnType<typeof createWorkspaceWithOwner>>['owner'];
    let ws: string;
    const names = ['alpha', 'Bravo', 'charlie', 'Delta', 'echo', 'Foxtrot', 'golf'];

    beforeAll(async () => {
      const w = await createWorkspaceWithOwner(db, api);
      owner = w.owner;
      ws = w.workspaceId;
      for (const name of [...names].reverse()) {
        await api.as(owner, CREATE, {
          input: { workspaceId: ws, name, emails: [`team@${name.toLowerCase()}.example.com`] },
        });
      }
    });

    it('page forwards by name, case-insensitively, without gaps or repeats', async () => {
      const seen: string[] = [];
      let after: string | undefined;
      for (;;) {
        const page = (await api.as(owner, LIST, { ws, first: 3, after })).organizations;
        seen.push(...page.edges.map((e: { node: { name: string } }) => e.node.name));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(seen).toEqual(names);
    });

    it('page backwards from a cursor', async () => {
      const first = (await api.as(owner, LIST, { ws, first: 5 })).organizations;
      const back = (await api.as(owner, LIST, { ws, last: 2, before: first.pageInfo.endCursor }))
        .organizations;
      expect(back.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual([
        'charlie',
        'Delta',
      ]);
      expect(back.pageInfo.hasPreviousPage).toBe(true);
    });

    it('search by name or email, treating % and _ literally', async () => {
      const byName = (await api.as(owner, LIST, { ws, search: 'LT' })).organizations.edges;
      expect(byName.map((e: { node: { name: string } }) => e.node.name)).toEqual(['Delta']);
      const byEmail = (await api.as(owner, LIST, { ws, search: '@foxtrot.' })).organizations.edges;
      expect(byEmail.map((e: { node: { name: string } }) => e.node.name)).toEqual(['Foxtrot']);
      expect((await api.as(owner, LIST, { ws, search: '%' })).organizations.edges).toEqual([]);
    });

    it('refuse a cursor that did not come from the list', async () => {
      const result = await api.raw(owner, LIST, { ws, first: 2, after: 'bm90LWEtY3Vyc29y' });
      expect(result.errors?.[0]).toMatchObject({
        message: 'after: is not a cursor from this list in this order',
        extensions: { code: 'VALIDATION_FAILED' },
      });
    });

    it('refuse pages of more than 100 records', async () => {
      const result = await api.raw(owner, LIST, { ws, first: 101 });
      expect(result.errors?.[0]).toMatchObject({
        message: 'first: must be between 0 and 100',
        extensions: { code: 'VALIDATION_FAILED' },
      });
    });

    it('cost one statement inside the request transaction, whatever the page size', async () => {
      const before = db.stats.statements;
      await api.as(owner, LIST, { ws, first: 7 });
      const small = db.stats.statements - before;
      const mid = db.stats.statements;
      await api.as(owner, LIST, { ws, first: 2 });
      expect(db.stats.statements - mid).toBe(small);
    });
  });
});
