// A signed-in user for benchmarks, and GraphQL requests as them through the same in-process
// server and token signing the integration tests use.
import { randomUUID } from 'node:crypto';
import type { Db, UserClaims } from '../lib/db/port.ts';
import { createTestApi } from '../test/helpers/graphql.ts';

export async function benchUser(db: Db) {
  const userId = randomUUID();
  const claims: UserClaims = { sub: userId, role: 'authenticated', email: `${userId}@bench.test` };
  await db.asService((tx) =>
    tx.query('insert into auth.users (id, email) values ($1, $2)', [userId, claims.email!]),
  );
  const api = createTestApi(db);
  const token = await api.tokenFor({ id: userId, email: claims.email!, claims });
  /** A request to run as a contender: it throws on GraphQL errors and returns the data. */
  const graphql = (query: string, variables: Record<string, unknown>) => {
    const body = JSON.stringify({ query, variables });
    return async () => {
      const response = await api.yoga.fetch('http://bench.local/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body,
      });
      const json = (await response.json()) as { errors?: unknown; data?: unknown };
      if (json.errors) throw new Error(JSON.stringify(json.errors));
      return json.data;
    };
  };
  return { userId, claims, graphql };
}
