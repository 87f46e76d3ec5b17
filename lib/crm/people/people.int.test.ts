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

const CREATE_ORG = `mutation($input: CreateOrganizationInput!) {
  createOrganization(input: $input) { ... on CreateOrganizationSuccess { organization { id } } }
}`;
const CREATE_PERSON = `mutation($input: CreatePersonInput!) {
  createPerson(input: $input) {
    __typename
    ... on CreatePersonSuccess { person { id name organizationId organization { name } } }
    ... on ValidationError { fieldErrors { path message } }
  }
}`;
const UPDATE_PERSON = `mutation($input: UpdatePersonInput!) {
  updatePerson(input: $input) {
    __typename
    ... on UpdatePersonSuccess { person { organizationId organization { name } } }
    ... on ValidationError { fieldErrors { path message } }
  }
}`;
const PEOPLE = `query($ws: ID!, $org: ID, $first: Int) {
  people(workspaceId: $ws, organizationId: $org, first: $first) {
    edges { node { name organization { name } } }
  }
}`;

async function createOrg(
  user: Parameters<typeof api.as>[0],
  workspaceId: string,
  name: string,
): Promise<string> {
  return (await api.as(user, CREATE_ORG, { input: { workspaceId, name } })).createOrganization
    .organization.id;
}

describe('people', () => {
  it('work at an organization of their own workspace', async () => {
    const { owner, workspaceId } = await createWorkspaceWithOwner(db, api);
    const orgId = await createOrg(owner, workspaceId, 'Globex');
    const data = await api.as(owner, CREATE_PERSON, {
      input: { workspaceId, name: 'Hank', organizationId: orgId },
    });
    expect(data.createPerson.person).toMatchObject({
      name: 'Hank',
      organizationId: orgId,
      organization: { name: 'Globex' },
    });
  });

  it('cannot be attached to another workspace’s organization, even by someone in both', async () => {
    const first = await createWorkspaceWithOwner(db, api);
    const otherWorkspace = await api.as(
      first.owner,
      'mutation { createWorkspace(input: {name: "Second"}) { ... on CreateWorkspaceSuccess { workspace { id } } } }',
    );
    const foreignOrg = await createOrg(
      first.owner,
      otherWorkspace.createWorkspace.workspace.id,
      'Elsewhere Ltd',
    );
    const data = await api.as(first.owner, CREATE_PERSON, {
      input: { workspaceId: first.workspaceId, name: 'Wanderer', organizationId: foreignOrg },
    });
    expect(data.createPerson).toEqual({
      __typename: 'ValidationError',
      fieldErrors: [
        { path: ['input', 'organizationId'], message: 'is not an organization of this workspace' },
      ],
    });
    const rows = await db.asService((tx) =>
      tx.query("select 1 from crm.people where name = 'Wanderer'"),
    );
    expect(rows).toHaveLength(0);
  });

  it('cannot be attached to a deleted organization, and can be detached with null', async () => {
    const { owner, workspaceId } = await createWorkspaceWithOwner(db, api);
    const orgId = await createOrg(owner, workspaceId, 'Gone Inc');
    const liveOrg = await createOrg(owner, workspaceId, 'Live Inc');
    const person = (
      await api.as(owner, CREATE_PERSON, {
        input: { workspaceId, name: 'Pat', organizationId: liveOrg },
      })
    ).createPerson.person;
    await api.as(
      owner,
      'mutation($id: ID!) { deleteOrganization(input: {id: $id}) { __typename } }',
      { id: orgId },
    );
    const moved = await api.as(owner, UPDATE_PERSON, {
      input: { id: person.id, organizationId: orgId },
    });
    expect(moved.updatePerson.__typename).toBe('ValidationError');
    const detached = await api.as(owner, UPDATE_PERSON, {
      input: { id: person.id, organizationId: null },
    });
    expect(detached.updatePerson.person).toEqual({ organizationId: null, organization: null });
  });

  it('can be listed by organization', async () => {
    const { owner, workspaceId } = await createWorkspaceWithOwner(db, api);
    const a = await createOrg(owner, workspaceId, 'A Corp');
    const b = await createOrg(owner, workspaceId, 'B Corp');
    for (const [name, org] of [
      ['Ann', a],
      ['Bob', b],
      ['Abe', a],
    ] as const) {
      await api.as(owner, CREATE_PERSON, { input: { workspaceId, name, organizationId: org } });
    }
    const data = await api.as(owner, PEOPLE, { ws: workspaceId, org: a });
    expect(data.people.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual([
      'Abe',
      'Ann',
    ]);
  });

  it('load their organizations in one batched statement, however many are on the page', async () => {
    const { owner, workspaceId } = await createWorkspaceWithOwner(db, api);
    const statementsFor = async (first: number) => {
      const before = db.stats.statements;
      const data = await api.as(owner, PEOPLE, { ws: workspaceId, first });
      return { statements: db.stats.statements - before, people: data.people.edges.length };
    };
    for (let i = 0; i < 6; i++) {
      const org = await createOrg(owner, workspaceId, `Org ${i}`);
      await api.as(owner, CREATE_PERSON, {
        input: { workspaceId, name: `Person ${i}`, organizationId: org },
      });
    }
    const two = await statementsFor(2);
    const six = await statementsFor(6);
    expect([two.people, six.people]).toEqual([2, 6]);
    expect(six.statements).toBe(two.statements);
  });
});
