// Small factories for test fixtures: real rows, created the way the app creates them.
import { randomUUID } from 'node:crypto';
import type { Db, UserClaims } from '../../lib/db/port.ts';

export interface TestUser {
  id: string;
  email: string;
  claims: UserClaims;
}

let counter = 0;

/** A user in auth.users (no password; sign-in tests use the auth server instead). */
export async function createUser(
  db: Db,
  email = `user${++counter}-${randomUUID().slice(0, 8)}@example.test`,
): Promise<TestUser> {
  const id = randomUUID();
  // As the connection's own role, not service_role: on Supabase GoTrue owns auth.users and grants
  // service_role nothing there, while `postgres` may write its rows (test/supabase-hosted/).
  await db.asOwner((tx) =>
    tx.query('insert into auth.users (id, email, email_confirmed_at) values ($1, $2, now())', [
      id,
      email,
    ]),
  );
  return { id, email, claims: { sub: id, role: 'authenticated', email } };
}
