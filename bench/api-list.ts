// The skeleton's benchmark: a plain indexed select, the RLS transaction floor (the same list
// statement the API runs, inside asUser), and `organizations(first: 20)` through yoga.fetch.
import { randomUUID } from 'node:crypto';
import { createOrganization, listOrganizations } from '../lib/crm/organizations/service.ts';
import type { Db, UserClaims } from '../lib/db/port.ts';
import { createWorkspace } from '../lib/workspaces/service.ts';
import { createTestApi } from '../test/helpers/graphql.ts';
import { compare, type Stats } from './measure.ts';

export interface ListBenchResult {
  stats: Map<string, Stats>;
  statementsPerRequest: number;
}

/** `plainSelect` runs one statement outside any transaction, with the driver's own client. */
export async function benchApiList(
  db: Db,
  plainSelect: (sql: string, params: string[]) => Promise<unknown>,
  iterations: number,
): Promise<ListBenchResult> {
  const userId = randomUUID();
  const claims: UserClaims = { sub: userId, role: 'authenticated', email: 'bench@example.test' };
  await db.asService((tx) =>
    tx.query('insert into auth.users (id, email) values ($1, $2)', [userId, claims.email!]),
  );
  const workspaceId = await db.asUser(claims, async (tx) => {
    const ctx = { tx, userId };
    const ws = await createWorkspace(ctx, { name: 'Bench' });
    for (let i = 0; i < 200; i++) {
      await createOrganization(ctx, {
        workspaceId: ws.id,
        name: `Organization ${String(i).padStart(3, '0')}`,
      });
    }
    return ws.id;
  });

  // The same in-process server and token signing the integration tests use.
  const api = createTestApi(db);
  const token = await api.tokenFor({ id: userId, email: claims.email!, claims });
  const body = JSON.stringify({
    query:
      'query($ws: ID!) { organizations(workspaceId: $ws, first: 20) { edges { cursor node { id name emails updatedAt } } pageInfo { hasNextPage endCursor } } }',
    variables: { ws: workspaceId },
  });
  const graphql = async () => {
    const response = await api.yoga.fetch('http://bench.local/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body,
    });
    const json = (await response.json()) as { errors?: unknown };
    if (json.errors) throw new Error(JSON.stringify(json.errors));
  };

  const before = db.stats.statements;
  await graphql();
  const statementsPerRequest = db.stats.statements - before;

  const stats = await compare(
    [
      {
        name: 'plain indexed select',
        run: () =>
          plainSelect(
            'select id, name from crm.organizations where workspace_id = $1 order by lower(name), id limit 21',
            [workspaceId],
          ),
      },
      {
        name: 'RLS transaction floor',
        run: () =>
          db.asUser(claims, (tx) =>
            listOrganizations({ tx, userId }, { workspaceId, limit: 21, inverted: false }),
          ),
      },
      { name: 'organizations(first: 20) via yoga.fetch', run: graphql },
    ],
    iterations,
  );
  return { stats, statementsPerRequest };
}
