// The skeleton's benchmark: a plain indexed select, the RLS transaction floor (the same list
// statement the API runs, inside asUser), and `organizations(first: 20)` through yoga.fetch.
import { createOrganization, listOrganizations } from '../lib/crm/organizations/service.ts';
import type { Db } from '../lib/db/port.ts';
import { createWorkspace } from '../lib/workspaces/service.ts';
import { benchUser } from './bench-user.ts';
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
  const { userId, claims, graphql: request } = await benchUser(db);
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

  const graphql = request(
    'query($ws: ID!) { organizations(workspaceId: $ws, first: 20) { edges { cursor node { id name emails updatedAt } } pageInfo { hasNextPage endCursor } } }',
    { ws: workspaceId },
  );

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
            listOrganizations({ tx, userId }, { workspaceId }, { limit: 21, inverted: false }),
          ),
      },
      { name: 'organizations(first: 20) via yoga.fetch', run: graphql },
    ],
    iterations,
  );
  return { stats, statementsPerRequest };
}
