// Creating workspaces and adding members through the GraphQL API, as real users against a real
// database: who may add whom, and what a refused request leaves behind (nothing).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, type TestUser } from '../../test/helpers/factories.ts';
import { createTestApi } from '../../test/helpers/graphql.ts';
import { openTestDb } from '../../test/helpers/test-db.ts';
import type { Db } from '../db/port.ts';

const CREATE_WORKSPACE = /* GraphQL */ `
  mutation CreateWorkspace($input: CreateWorkspaceInput!) {
    createWorkspace(input: $input) {
      __typename
      ... on CreateWorkspaceSuccess {
        workspace {
          id
          name
          slug
          role
          members {
            email
            role
          }
        }
      }
      ... on Error {
        message
        code
      }
      ... on ValidationError {
        fieldErrors {
          path
          message
        }
      }
    }
  }
`;

const ADD_MEMBER = /* GraphQL */ `
  mutation AddMember($input: AddWorkspaceMemberInput!) {
    addWorkspaceMember(input: $input) {
      __typename
      ... on AddWorkspaceMemberSuccess {
        member {
          userId
          email
          role
        }
      }
      ... on Error {
        message
        code
      }
      ... on NotFoundError {
        entity
      }
      ... on ValidationError {
        fieldErrors {
          path
          message
        }
      }
    }
  }
`;

const MY_WORKSPACES = /* GraphQL */ `
  query MyWorkspaces {
    me {
      id
      email
      workspaces {
        id
        name
        slug
        role
        members {
          email
          role
        }
      }
    }
  }
`;

type Role = 'OWNER' | 'ADMIN' | 'MEMBER' | 'VIEWER';

let db: Db;
let api: ReturnType<typeof createTestApi>;

beforeAll(async () => {
  db = await openTestDb();
  api = createTestApi(db);
});
afterAll(() => db.close());

function uniqueSlug(prefix = 'team'): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}

async function createWorkspace(owner: TestUser, input: { name: string; slug?: string | null }) {
  const data = await api.as(owner, CREATE_WORKSPACE, { input });
  return data.createWorkspace;
}

/** A fresh workspace owned by a fresh user. */
async function workspaceWithOwner() {
  const owner = await createUser(db);
  const result = await createWorkspace(owner, { name: 'Acme Sales', slug: uniqueSlug() });
  expect(result.__typename).toBe('CreateWorkspaceSuccess');
  return { owner, workspace: result.workspace as { id: string; slug: string } };
}

async function addMember(caller: TestUser, workspaceId: string, email: string, role: Role) {
  const data = await api.as(caller, ADD_MEMBER, { input: { workspaceId, email, role } });
  return data.addWorkspaceMember;
}

/** The membership rows of a workspace as the database holds them, bypassing RLS. */
function membershipsOf(workspaceId: string) {
  return db.asService((tx) =>
    tx.query<{ user_id: string; role: string }>(
      'select user_id::text, role from workspaces.workspace_members where workspace_id = $1 order by user_id',
      [workspaceId],
    ),
  );
}

function workspacesWithSlug(slug: string) {
  return db.asService((tx) =>
    tx.query('select id from workspaces.workspaces where slug = $1', [slug]),
  );
}

describe('createWorkspace', () => {
  it('makes the caller its owner, and the workspace shows in me.workspaces with its members', async () => {
    const owner = await createUser(db);
    const slug = uniqueSlug('acme');

    const result = await createWorkspace(owner, { name: 'Acme', slug });

    expect(result).toEqual({
      __typename: 'CreateWorkspaceSuccess',
      workspace: {
        id: expect.any(String),
        name: 'Acme',
        slug,
        role: 'OWNER',
        members: [{ email: owner.email, role: 'OWNER' }],
      },
    });
    const { me } = await api.as(owner, MY_WORKSPACES);
    expect(me.workspaces).toEqual([
      {
        id: result.workspace.id,
        name: 'Acme',
        slug,
        role: 'OWNER',
        members: [{ email: owner.email, role: 'OWNER' }],
      },
    ]);
  });

  it('refuses a slug that is already taken with a ValidationError on input.slug', async () => {
    const { workspace } = await workspaceWithOwner();
    const other = await createUser(db);

    const result = await createWorkspace(other, { name: 'Copycat', slug: workspace.slug });

    expect(result).toMatchObject({
      __typename: 'ValidationError',
      code: 'VALIDATION_FAILED',
      fieldErrors: [{ path: ['input', 'slug'], message: expect.any(String) }],
    });
    expect(await workspacesWithSlug(workspace.slug)).toHaveLength(1);
    const { me } = await api.as(other, MY_WORKSPACES);
    expect(me.workspaces).toEqual([]);
  });

  // What the red team saw as "Unexpected error." from createWorkspace (issue 19): a name with a
  // NUL byte passed validation, and the slug derived from it too, until Postgres refused it.
  it('refuses a name with a NUL byte with a ValidationError on input.name', async () => {
    const owner = await createUser(db);

    const result = await createWorkspace(owner, { name: 'Null\u0000Corp' });

    expect(result).toMatchObject({
      __typename: 'ValidationError',
      fieldErrors: [{ path: ['input', 'name'], message: expect.stringMatching(/NUL/) }],
    });
  });

  it('refuses a slug that is not lowercase letters, digits and dashes with a ValidationError', async () => {
    const owner = await createUser(db);

    const result = await createWorkspace(owner, { name: 'Shouting', slug: 'Not A Slug!' });

    expect(result.__typename).toBe('ValidationError');
    expect(result.code).toBe('VALIDATION_FAILED');
    expect(result.fieldErrors.map((e: { path: string[] }) => e.path)).toContainEqual([
      'input',
      'slug',
    ]);
    const { me } = await api.as(owner, MY_WORKSPACES);
    expect(me.workspaces).toEqual([]);
  });
});

describe('addWorkspaceMember', () => {
  it('lets an owner add an existing user by email, whatever its case, with the given role', async () => {
    const { owner, workspace } = await workspaceWithOwner();
    const colleague = await createUser(db);

    const result = await addMember(owner, workspace.id, colleague.email.toUpperCase(), 'MEMBER');

    expect(result).toMatchObject({
      __typename: 'AddWorkspaceMemberSuccess',
      member: { userId: colleague.id, role: 'MEMBER' },
    });
    const { me } = await api.as(owner, MY_WORKSPACES);
    const members = me.workspaces.find((w: { id: string }) => w.id === workspace.id).members;
    expect(members).toEqual(
      expect.arrayContaining([
        { email: owner.email, role: 'OWNER' },
        { email: colleague.email, role: 'MEMBER' },
      ]),
    );
    expect(members).toHaveLength(2);
    const seenByColleague = await api.as(colleague, MY_WORKSPACES);
    expect(seenByColleague.me.workspaces).toMatchObject([{ id: workspace.id, role: 'MEMBER' }]);
  });

  it('refuses a MEMBER with a ForbiddenError and adds nobody', async () => {
    const { owner, workspace } = await workspaceWithOwner();
    const member = await createUser(db);
    const outsider = await createUser(db);
    await addMember(owner, workspace.id, member.email, 'MEMBER');
    const before = await membershipsOf(workspace.id);

    const result = await addMember(member, workspace.id, outsider.email, 'VIEWER');

    expect(result).toMatchObject({ __typename: 'ForbiddenError', code: 'FORBIDDEN' });
    expect(await membershipsOf(workspace.id)).toEqual(before);
  });

  it('lets an ADMIN add a member but not an OWNER', async () => {
    const { owner, workspace } = await workspaceWithOwner();
    const admin = await createUser(db);
    const newcomer = await createUser(db);
    const wouldBeOwner = await createUser(db);
    await addMember(owner, workspace.id, admin.email, 'ADMIN');

    const added = await addMember(admin, workspace.id, newcomer.email, 'MEMBER');
    const refused = await addMember(admin, workspace.id, wouldBeOwner.email, 'OWNER');

    expect(added).toMatchObject({ __typename: 'AddWorkspaceMemberSuccess' });
    expect(refused).toMatchObject({ __typename: 'ForbiddenError', code: 'FORBIDDEN' });
    const userIds = (await membershipsOf(workspace.id)).map((m) => m.user_id);
    expect(userIds).toContain(newcomer.id);
    expect(userIds).not.toContain(wouldBeOwner.id);
  });

  it('answers NotFoundError for an email no user signed up with', async () => {
    const { owner, workspace } = await workspaceWithOwner();
    const before = await membershipsOf(workspace.id);

    const result = await addMember(owner, workspace.id, 'nobody-here@example.test', 'MEMBER');

    expect(result).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND' });
    expect(result.entity).toMatch(/user/i);
    expect(await membershipsOf(workspace.id)).toEqual(before);
  });

  it('answers NotFoundError for a workspace the caller is not in, and adds nobody', async () => {
    const { workspace } = await workspaceWithOwner();
    const stranger = await createUser(db);
    const before = await membershipsOf(workspace.id);

    const result = await addMember(stranger, workspace.id, stranger.email, 'OWNER');

    expect(result).toMatchObject({
      __typename: 'NotFoundError',
      code: 'NOT_FOUND',
      entity: 'Workspace',
    });
    expect(await membershipsOf(workspace.id)).toEqual(before);
  });

  it('answers ValidationError on input.workspaceId for a workspace id that is not a uuid', async () => {
    const { owner } = await workspaceWithOwner();
    const colleague = await createUser(db);

    const result = await addMember(owner, 'not-a-uuid', colleague.email, 'MEMBER');

    expect(result).toMatchObject({ __typename: 'ValidationError', code: 'VALIDATION_FAILED' });
    expect(result.fieldErrors.map((e: { path: string[] }) => e.path)).toContainEqual([
      'input',
      'workspaceId',
    ]);
  });
});

describe('owner roles', () => {
  it("refuses an ADMIN changing the owner's role through addWorkspaceMember, and keeps the owner", async () => {
    const { owner, workspace } = await workspaceWithOwner();
    const admin = await createUser(db);
    await addMember(owner, workspace.id, admin.email, 'ADMIN');

    const result = await addMember(admin, workspace.id, owner.email, 'VIEWER');

    expect(result).toMatchObject({ __typename: 'ForbiddenError', code: 'FORBIDDEN' });
    expect(await membershipsOf(workspace.id)).toContainEqual({ user_id: owner.id, role: 'owner' });
  });

  it('refuses demoting the last owner, even by that owner, with a ValidationError on input.role', async () => {
    const { owner, workspace } = await workspaceWithOwner();

    const result = await addMember(owner, workspace.id, owner.email, 'ADMIN');

    expect(result).toMatchObject({ __typename: 'ValidationError', code: 'VALIDATION_FAILED' });
    expect(result.fieldErrors.map((e: { path: string[] }) => e.path)).toContainEqual([
      'input',
      'role',
    ]);
    expect(await membershipsOf(workspace.id)).toContainEqual({ user_id: owner.id, role: 'owner' });
  });

  it('lets an owner demote another owner, as long as one owner is left', async () => {
    const { owner, workspace } = await workspaceWithOwner();
    const second = await createUser(db);
    await addMember(owner, workspace.id, second.email, 'OWNER');

    const result = await addMember(second, workspace.id, owner.email, 'VIEWER');

    expect(result).toMatchObject({
      __typename: 'AddWorkspaceMemberSuccess',
      member: { role: 'VIEWER' },
    });
  });

  it('lets a demoted owner create a new workspace of their own', async () => {
    const { owner, workspace } = await workspaceWithOwner();
    const second = await createUser(db);
    await addMember(owner, workspace.id, second.email, 'OWNER');
    await addMember(second, workspace.id, owner.email, 'VIEWER');

    const result = await createWorkspace(owner, { name: 'Fresh start' });

    expect(result).toMatchObject({
      __typename: 'CreateWorkspaceSuccess',
      workspace: { role: 'OWNER' },
    });
  });
});
