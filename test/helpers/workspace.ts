// A workspace with its owner, created through the API, plus members in other roles on demand.
import type { Db } from '../../lib/db/port.ts';
import { createUser, type TestUser } from './factories.ts';
import type { createTestApi } from './graphql.ts';

type Api = ReturnType<typeof createTestApi>;

export async function createWorkspaceWithOwner(db: Db, api: Api, name = 'Acme') {
  const owner = await createUser(db);
  const data = await api.as(
    owner,
    'mutation($name: String!) { createWorkspace(input: {name: $name}) { ... on CreateWorkspaceSuccess { workspace { id } } } }',
    { name },
  );
  const workspaceId: string = data.createWorkspace.workspace.id;

  async function addMember(role: 'ADMIN' | 'MEMBER' | 'VIEWER'): Promise<TestUser> {
    const user = await createUser(db);
    await api.as(
      owner,
      'mutation($input: AddWorkspaceMemberInput!) { addWorkspaceMember(input: $input) { __typename } }',
      { input: { workspaceId, email: user.email, role } },
    );
    return user;
  }

  return { owner, workspaceId, addMember };
}
