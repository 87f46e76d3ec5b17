import { randomUUID } from 'node:crypto';
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

const DEFINITION = `id key label type options required position entityType deletedAt`;
const CREATE_DEFINITION = `mutation($input: CreateCustomFieldDefinitionInput!) {
  createCustomFieldDefinition(input: $input) {
    __typename
    ... on CreateCustomFieldDefinitionSuccess { customFieldDefinition { ${DEFINITION} } }
    ... on Error { message code }
    ... on NotFoundError { entity }
    ... on ValidationError { fieldErrors { path message } }
  }
}`;
const UPDATE_DEFINITION = `mutation($input: UpdateCustomFieldDefinitionInput!) {
  updateCustomFieldDefinition(input: $input) {
    __typename
    ... on UpdateCustomFieldDefinitionSuccess { customFieldDefinition { ${DEFINITION} } }
    ... on Error { message code }
    ... on ValidationError { fieldErrors { path message } }
  }
}`;
const DELETE_DEFINITION = `mutation($id: ID!) {
  deleteCustomFieldDefinition(input: {id: $id}) {
    __typename
    ... on DeleteCustomFieldDefinitionSuccess { customFieldDefinition { id deletedAt } }
    ... on Error { code }
  }
}`;
const LIST_DEFINITIONS = `query($ws: ID!, $type: EntityType!) {
  customFieldDefinitions(workspaceId: $ws, entityType: $type) { key label position }
}`;
const CREATE_ORGANIZATION = `mutation($input: CreateOrganizationInput!) {
  createOrganization(input: $input) {
    __typename
    ... on CreateOrganizationSuccess { organization { id customFields } }
    ... on ValidationError { fieldErrors { path message } }
  }
}`;
const UPDATE_ORGANIZATION = `mutation($input: UpdateOrganizationInput!) {
  updateOrganization(input: $input) {
    __typename
    ... on UpdateOrganizationSuccess { organization { customFields } }
    ... on ValidationError { fieldErrors { path message } }
  }
}`;
const CREATE_PERSON = `mutation($input: CreatePersonInput!) {
  createPerson(input: $input) {
    __typename
    ... on CreatePersonSuccess { person { id customFields } }
    ... on ValidationError { fieldErrors { path message } }
  }
}`;

type Workspace = Awaited<ReturnType<typeof createWorkspaceWithOwner>>;

async function define(
  user: TestUser,
  workspaceId: string,
  input: Record<string, unknown>,
): Promise<Record<string, any>> {
  const data = await api.as(user, CREATE_DEFINITION, {
    input: { workspaceId, entityType: 'ORGANIZATION', ...input },
  });
  return data.createCustomFieldDefinition;
}

async function countRows(table: string, name: string): Promise<number> {
  const rows = await db.asService((tx) =>
    tx.query(`select 1 from ${table} where name = $1`, [name]),
  );
  return rows.length;
}

/** One organization field of every type. */
async function defineEveryType(ws: Workspace) {
  const fields = [
    { key: 'summary', label: 'Summary', type: 'TEXT' },
    { key: 'employees', label: 'Employees', type: 'NUMBER' },
    { key: 'founded', label: 'Founded', type: 'DATE' },
    { key: 'active', label: 'Active', type: 'BOOLEAN' },
    { key: 'tier', label: 'Tier', type: 'SELECT', options: ['gold', 'silver', 'bronze'] },
    { key: 'tags', label: 'Tags', type: 'MULTI_SELECT', options: ['saas', 'retail', 'b2b'] },
    { key: 'manager', label: 'Account manager', type: 'USER' },
    { key: 'website', label: 'Website', type: 'URL' },
  ];
  for (const field of fields) {
    expect((await define(ws.owner, ws.workspaceId, field)).__typename).toBe(
      'CreateCustomFieldDefinitionSuccess',
    );
  }
}

describe('custom field definitions', () => {
  it('are created by admins, placed after the last field, and listed in order', async () => {
    const ws = await createWorkspaceWithOwner(db, api);
    const admin = await ws.addMember('ADMIN');
    const first = await define(admin, ws.workspaceId, {
      key: 'tier',
      label: ' Tier ',
      type: 'SELECT',
      options: ['gold', 'silver'],
      required: true,
    });
    expect(first).toMatchObject({
      __typename: 'CreateCustomFieldDefinitionSuccess',
      customFieldDefinition: {
        key: 'tier',
        label: 'Tier',
        type: 'SELECT',
        options: ['gold', 'silver'],
        required: true,
        position: 0,
        entityType: 'ORGANIZATION',
      },
    });
    await define(admin, ws.workspaceId, { key: 'employees', label: 'Employees', type: 'NUMBER' });
    await define(admin, ws.workspaceId, {
      key: 'pinned',
      label: 'Pinned',
      type: 'BOOLEAN',
      position: 0,
    });
    const list = await api.as(ws.owner, LIST_DEFINITIONS, {
      ws: ws.workspaceId,
      type: 'ORGANIZATION',
    });
    expect(list.customFieldDefinitions).toEqual([
      { key: 'pinned', label: 'Pinned', position: 0 },
      { key: 'tier', label: 'Tier', position: 0 },
      { key: 'employees', label: 'Employees', position: 1 },
    ]);
    const people = await api.as(ws.owner, LIST_DEFINITIONS, { ws: ws.workspaceId, type: 'PERSON' });
    expect(people.customFieldDefinitions).toEqual([]);
  });

  it('cannot be created by a member (Forbidden) or by another workspace (NotFound)', async () => {
    const ws = await createWorkspaceWithOwner(db, api);
    const member = await ws.addMember('MEMBER');
    const stranger = await createWorkspaceWithOwner(db, api, 'Elsewhere');
    const field = { key: 'tier', label: 'Tier', type: 'TEXT' };
    expect(await define(member, ws.workspaceId, field)).toMatchObject({
      __typename: 'ForbiddenError',
      code: 'FORBIDDEN',
    });
    expect(await define(stranger.owner, ws.workspaceId, field)).toMatchObject({
      __typename: 'NotFoundError',
      entity: 'Workspace',
    });
    const list = await api.as(ws.owner, LIST_DEFINITIONS, {
      ws: ws.workspaceId,
      type: 'ORGANIZATION',
    });
    expect(list.customFieldDefinitions).toEqual([]);
  });

  it('refuse a key already in use, options on non-select fields and selects without options', async () => {
    const ws = await createWorkspaceWithOwner(db, api);
    await define(ws.owner, ws.workspaceId, { key: 'tier', label: 'Tier', type: 'TEXT' });
    const cases: [Record<string, unknown>, string[], string][] = [
      [
        { key: 'tier', label: 'Again', type: 'TEXT' },
        ['input', 'key'],
        'is already the key of another organization field',
      ],
      [
        { key: 'size', label: 'Size', type: 'NUMBER', options: ['1'] },
        ['input', 'options'],
        'only select fields have options',
      ],
      [
        { key: 'kind', label: 'Kind', type: 'SELECT' },
        ['input', 'options'],
        'is required for select fields',
      ],
      [
        { key: 'Bad Key', label: 'Bad', type: 'TEXT' },
        ['input', 'key'],
        'must start with a lowercase letter and hold only letters, digits and _ (at most 63)',
      ],
    ];
    for (const [input, path, message] of cases) {
      const result = await define(ws.owner, ws.workspaceId, input);
      expect(result.fieldErrors, JSON.stringify(input)).toEqual([{ path, message }]);
    }
  });

  it('change label, options, required and position for admins only', async () => {
    const ws = await createWorkspaceWithOwner(db, api);
    const member = await ws.addMember('MEMBER');
    const created = await define(ws.owner, ws.workspaceId, {
      key: 'tier',
      label: 'Tier',
      type: 'SELECT',
      options: ['gold'],
    });
    const id = created.customFieldDefinition.id;
    const refused = await api.as(member, UPDATE_DEFINITION, { input: { id, label: 'Mine' } });
    expect(refused.updateCustomFieldDefinition.__typename).toBe('ForbiddenError');
    const updated = await api.as(ws.owner, UPDATE_DEFINITION, {
      input: { id, label: 'Level', options: ['gold', 'silver'], required: true, position: 3 },
    });
    expect(updated.updateCustomFieldDefinition.customFieldDefinition).toMatchObject({
      key: 'tier',
      type: 'SELECT',
      label: 'Level',
      options: ['gold', 'silver'],
      required: true,
      position: 3,
    });
    const text = await define(ws.owner, ws.workspaceId, { key: 'note', label: 'N', type: 'TEXT' });
    const withOptions = await api.as(ws.owner, UPDATE_DEFINITION, {
      input: { id: text.customFieldDefinition.id, options: ['a'] },
    });
    expect(withOptions.updateCustomFieldDefinition.fieldErrors).toEqual([
      { path: ['input', 'options'], message: 'only select fields have options' },
    ]);
  });

  it('are soft-deleted: their key is no longer accepted, and can be defined again', async () => {
    const ws = await createWorkspaceWithOwner(db, api);
    const member = await ws.addMember('MEMBER');
    const created = await define(ws.owner, ws.workspaceId, {
      key: 'tier',
      label: 'Tier',
      type: 'TEXT',
    });
    const id = created.customFieldDefinition.id;
    expect((await api.as(member, DELETE_DEFINITION, { id })).deleteCustomFieldDefinition).toEqual({
      __typename: 'ForbiddenError',
      code: 'FORBIDDEN',
    });
    const deleted = await api.as(ws.owner, DELETE_DEFINITION, { id });
    expect(deleted.deleteCustomFieldDefinition.customFieldDefinition.deletedAt).toEqual(
      expect.any(String),
    );
    const org = await api.as(ws.owner, CREATE_ORGANIZATION, {
      input: { workspaceId: ws.workspaceId, name: 'Acme', customFields: { tier: 'gold' } },
    });
    expect(org.createOrganization.fieldErrors).toEqual([
      {
        path: ['input', 'customFields', 'tier'],
        message: 'is not a custom field defined for this record type',
      },
    ]);
    expect(
      (await define(ws.owner, ws.workspaceId, { key: 'tier', label: 'T', type: 'TEXT' }))
        .__typename,
    ).toBe('CreateCustomFieldDefinitionSuccess');
  });

  it('apply to records in the same request that defines them', async () => {
    const ws = await createWorkspaceWithOwner(db, api);
    const data = await api.as(
      ws.owner,
      `mutation($ws: ID!) {
        before: createOrganization(input: {workspaceId: $ws, name: "Before", customFields: {vip: true}}) { __typename }
        define: createCustomFieldDefinition(input: {workspaceId: $ws, entityType: ORGANIZATION, key: "vip", label: "VIP", type: BOOLEAN}) { __typename }
        after: createOrganization(input: {workspaceId: $ws, name: "After", customFields: {vip: true}}) { __typename }
      }`,
      { ws: ws.workspaceId },
    );
    expect(data).toEqual({
      before: { __typename: 'ValidationError' },
      define: { __typename: 'CreateCustomFieldDefinitionSuccess' },
      after: { __typename: 'CreateOrganizationSuccess' },
    });
  });
});

describe('custom field values on organizations and people', () => {
  let ws: Workspace;
  let outsider: TestUser;

  beforeAll(async () => {
    ws = await createWorkspaceWithOwner(db, api);
    outsider = (await createWorkspaceWithOwner(db, api, 'Other')).owner;
    await defineEveryType(ws);
  });

  const good: [string, unknown][] = [
    ['summary', 'Makes widgets'],
    ['employees', 1200.5],
    ['founded', '1999-12-31'],
    ['active', false],
    ['tier', 'silver'],
    ['tags', ['retail', 'b2b']],
    ['website', 'https://acme.example.com'],
  ];

  it.each(good)('accept a good %s value', async (key, value) => {
    const data = await api.as(ws.owner, CREATE_ORGANIZATION, {
      input: { workspaceId: ws.workspaceId, name: `Good ${key}`, customFields: { [key]: value } },
    });
    expect(data.createOrganization.organization.customFields).toEqual({ [key]: value });
  });

  it('accept a member of the workspace as a user value', async () => {
    const data = await api.as(ws.owner, CREATE_ORGANIZATION, {
      input: {
        workspaceId: ws.workspaceId,
        name: 'Managed',
        customFields: { manager: ws.owner.id },
      },
    });
    expect(data.createOrganization.organization.customFields).toEqual({ manager: ws.owner.id });
  });

  const bad: [string, () => unknown, string][] = [
    ['summary', () => 'x'.repeat(10_001), 'must be at most 10000 characters'],
    ['summary', () => 7, 'must be text'],
    ['employees', () => '1200', 'must be a finite number'],
    ['founded', () => '2023-02-29', 'must be a date written YYYY-MM-DD'],
    ['active', () => 'yes', 'must be true or false'],
    ['tier', () => 'platinum', 'must be one of: gold, silver, bronze'],
    ['tags', () => ['saas', 'saas'], 'lists an option twice'],
    [
      'tags',
      () => ['saas', 'farming'],
      'may only hold these options: saas, retail, b2b (not "farming")',
    ],
    ['manager', () => 'someone', 'must be the id of a user'],
    ['manager', () => outsider.id, 'is not a member of this workspace'],
    ['manager', () => randomUUID(), 'is not a member of this workspace'],
    ['website', () => 'ftp://acme.example.com', 'must be an http(s) URL'],
  ];

  it.each(bad)(
    'refuse a bad %s value, naming it, and write nothing',
    async (key, value, message) => {
      const name = `Bad ${randomUUID()}`;
      const data = await api.as(ws.owner, CREATE_ORGANIZATION, {
        input: { workspaceId: ws.workspaceId, name, customFields: { [key]: value() } },
      });
      expect(data.createOrganization).toEqual({
        __typename: 'ValidationError',
        fieldErrors: [{ path: ['input', 'customFields', key], message }],
      });
      expect(await countRows('crm.organizations', name)).toBe(0);
    },
  );

  it('refuse unknown keys, listing every bad key in one error', async () => {
    const data = await api.as(ws.owner, CREATE_ORGANIZATION, {
      input: {
        workspaceId: ws.workspaceId,
        name: 'Many problems',
        customFields: { colour: 'red', employees: 'lots', tier: 'gold' },
      },
    });
    expect(data.createOrganization.fieldErrors).toEqual([
      {
        path: ['input', 'customFields', 'colour'],
        message: 'is not a custom field defined for this record type',
      },
      { path: ['input', 'customFields', 'employees'], message: 'must be a finite number' },
    ]);
    expect(await countRows('crm.organizations', 'Many problems')).toBe(0);
  });

  it('check values on update, where the given object replaces the old one', async () => {
    const created = await api.as(ws.owner, CREATE_ORGANIZATION, {
      input: { workspaceId: ws.workspaceId, name: 'Updated', customFields: { tier: 'gold' } },
    });
    const id = created.createOrganization.organization.id;
    const refused = await api.as(ws.owner, UPDATE_ORGANIZATION, {
      input: { id, customFields: { tier: 'tin' } },
    });
    expect(refused.updateOrganization.fieldErrors).toEqual([
      { path: ['input', 'customFields', 'tier'], message: 'must be one of: gold, silver, bronze' },
    ]);
    const replaced = await api.as(ws.owner, UPDATE_ORGANIZATION, {
      input: { id, customFields: { employees: 3 } },
    });
    expect(replaced.updateOrganization.organization.customFields).toEqual({ employees: 3 });
    const untouched = await api.as(ws.owner, UPDATE_ORGANIZATION, { input: { id, name: 'U2' } });
    expect(untouched.updateOrganization.organization.customFields).toEqual({ employees: 3 });
  });

  it('require required fields on create, and on updates that replace the values', async () => {
    const person = await define(ws.owner, ws.workspaceId, {
      entityType: 'PERSON',
      key: 'role',
      label: 'Role',
      type: 'TEXT',
      required: true,
    });
    expect(person.__typename).toBe('CreateCustomFieldDefinitionSuccess');
    const missing = await api.as(ws.owner, CREATE_PERSON, {
      input: { workspaceId: ws.workspaceId, name: 'Nobody' },
    });
    expect(missing.createPerson.fieldErrors).toEqual([
      { path: ['input', 'customFields', 'role'], message: 'is required' },
    ]);
    const blank = await api.as(ws.owner, CREATE_PERSON, {
      input: { workspaceId: ws.workspaceId, name: 'Nobody', customFields: { role: ' ' } },
    });
    expect(blank.createPerson.fieldErrors).toEqual([
      { path: ['input', 'customFields', 'role'], message: 'is required' },
    ]);
    expect(await countRows('crm.people', 'Nobody')).toBe(0);

    const created = await api.as(ws.owner, CREATE_PERSON, {
      input: { workspaceId: ws.workspaceId, name: 'Ada', customFields: { role: 'CTO' } },
    });
    expect(created.createPerson.person.customFields).toEqual({ role: 'CTO' });
    const cleared = await api.as(
      ws.owner,
      `mutation($id: ID!) { updatePerson(input: {id: $id, customFields: {}}) {
        ... on ValidationError { fieldErrors { path message } } } }`,
      { id: created.createPerson.person.id },
    );
    expect(cleared.updatePerson.fieldErrors).toEqual([
      { path: ['input', 'customFields', 'role'], message: 'is required' },
    ]);
  });

  it("check people against people's definitions, not organizations'", async () => {
    const data = await api.as(ws.owner, CREATE_PERSON, {
      input: {
        workspaceId: ws.workspaceId,
        name: 'Grace',
        customFields: { role: 'CEO', tier: 'gold' },
      },
    });
    expect(data.createPerson.fieldErrors).toEqual([
      {
        path: ['input', 'customFields', 'tier'],
        message: 'is not a custom field defined for this record type',
      },
    ]);
  });
});

describe('lists filtered by custom field values', () => {
  let ws: Workspace;
  const ORGANIZATIONS = `query($ws: ID!, $filters: [CustomFieldFilter!]) {
    organizations(workspaceId: $ws, customFields: $filters) { edges { node { name } } }
  }`;

  async function names(filters: unknown): Promise<string[]> {
    const data = await api.as(ws.owner, ORGANIZATIONS, { ws: ws.workspaceId, filters });
    return data.organizations.edges.map((e: { node: { name: string } }) => e.node.name);
  }

  beforeAll(async () => {
    ws = await createWorkspaceWithOwner(db, api);
    await defineEveryType(ws);
    const organizations: [string, Record<string, unknown>][] = [
      ['Alpha', { tier: 'gold', employees: 5, summary: 'Acme subsidiary', tags: ['saas'] }],
      ['Bravo', { tier: 'silver', employees: 120, founded: '1990-05-01', tags: ['retail', 'b2b'] }],
      ['Charlie', { tier: 'gold', employees: 99.5, website: 'https://c.example.com' }],
      ['Delta', { summary: 'ACME partner', founded: '2010-01-01', website: null, tags: [] }],
    ];
    for (const [name, customFields] of organizations) {
      const data = await api.as(ws.owner, CREATE_ORGANIZATION, {
        input: { workspaceId: ws.workspaceId, name, customFields },
      });
      expect(data.createOrganization.__typename).toBe('CreateOrganizationSuccess');
    }
  });

  it('EQ on a select', async () => {
    expect(await names([{ key: 'tier', op: 'EQ', value: 'gold' }])).toEqual(['Alpha', 'Charlie']);
  });

  it('NEQ, including records without the field', async () => {
    expect(await names([{ key: 'tier', op: 'NEQ', value: 'gold' }])).toEqual(['Bravo', 'Delta']);
  });

  it('GT and LTE on a number, numerically', async () => {
    expect(await names([{ key: 'employees', op: 'GT', value: 99 }])).toEqual(['Bravo', 'Charlie']);
    expect(await names([{ key: 'employees', op: 'LTE', value: 99.5 }])).toEqual([
      'Alpha',
      'Charlie',
    ]);
  });

  it('LT on a date', async () => {
    expect(await names([{ key: 'founded', op: 'LT', value: '2000-01-01' }])).toEqual(['Bravo']);
  });

  it('CONTAINS on text (case-insensitive) and on a multi-select', async () => {
    expect(await names([{ key: 'summary', op: 'CONTAINS', value: 'acme' }])).toEqual([
      'Alpha',
      'Delta',
    ]);
    expect(await names([{ key: 'tags', op: 'CONTAINS', value: 'b2b' }])).toEqual(['Bravo']);
  });

  it('IN a list of values, matching one element of a multi-select', async () => {
    expect(await names([{ key: 'tier', op: 'IN', value: ['silver', 'bronze'] }])).toEqual([
      'Bravo',
    ]);
    expect(await names([{ key: 'tags', op: 'IN', value: ['saas', 'retail'] }])).toEqual([
      'Alpha',
      'Bravo',
    ]);
  });

  it('IS_SET, where null and empty lists are not set', async () => {
    expect(await names([{ key: 'website', op: 'IS_SET' }])).toEqual(['Charlie']);
    expect(await names([{ key: 'tags', op: 'IS_SET', value: false }])).toEqual([
      'Charlie',
      'Delta',
    ]);
  });

  it('combine filters with and', async () => {
    expect(
      await names([
        { key: 'tier', op: 'EQ', value: 'gold' },
        { key: 'employees', op: 'GTE', value: 10 },
      ]),
    ).toEqual(['Charlie']);
  });

  it('work on people too', async () => {
    await define(ws.owner, ws.workspaceId, {
      entityType: 'PERSON',
      key: 'seniority',
      label: 'Seniority',
      type: 'NUMBER',
    });
    for (const [name, seniority] of [
      ['Junior', 1],
      ['Senior', 5],
    ] as const) {
      await api.as(ws.owner, CREATE_PERSON, {
        input: { workspaceId: ws.workspaceId, name, customFields: { seniority } },
      });
    }
    const data = await api.as(
      ws.owner,
      `query($ws: ID!) { people(workspaceId: $ws, customFields: [{key: "seniority", op: GTE, value: 3}]) {
        edges { node { name } } } }`,
      { ws: ws.workspaceId },
    );
    expect(data.people.edges).toEqual([{ node: { name: 'Senior' } }]);
  });

  it('refuse a filter that cannot run, naming it', async () => {
    const result = await api.raw(ws.owner, ORGANIZATIONS, {
      ws: ws.workspaceId,
      filters: [{ key: 'tier', op: 'GT', value: true }],
    });
    expect(result.errors?.[0]).toMatchObject({
      message: 'customFields.0.value: must be a number or a date written YYYY-MM-DD',
      extensions: { code: 'VALIDATION_FAILED' },
    });
  });
});
