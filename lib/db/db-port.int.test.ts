import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, type TestUser } from '../../test/helpers/factories.ts';
import { openTestDb } from '../../test/helpers/test-db.ts';
import { migrate } from './migrate.ts';
import { type Db, pgArray, SYSTEM_USER_ID, type Tx } from './port.ts';

let db: Db;
let alice: TestUser;

beforeAll(async () => {
  db = await openTestDb();
  alice = await createUser(db);
});
afterAll(() => db.close());

describe('the database port', () => {
  it('runs asUser as role authenticated with the caller as auth.uid()', async () => {
    const [row] = await db.asUser(alice.claims, (tx) =>
      tx.query<{ role: string; uid: string; email: string }>(
        "select current_user as role, auth.uid()::text as uid, auth.jwt() ->> 'email' as email",
      ),
    );
    expect(row).toEqual({ role: 'authenticated', uid: alice.id, email: alice.email });
  });

  it('runs asService as service_role, which bypasses RLS', async () => {
    const [row] = await db.asService((tx) =>
      tx.query<{ role: string; bypass: boolean }>(
        'select current_user as role, rolbypassrls as bypass from pg_roles where rolname = current_user',
      ),
    );
    expect(row).toEqual({ role: 'service_role', bypass: true });
  });

  it('does not leak the role or claims into the next transaction', async () => {
    await db.asUser(alice.claims, (tx) => tx.query('select 1'));
    const [row] = await db.asOwner((tx) =>
      tx.query<{ claims: string | null; role: string }>(
        "select nullif(current_setting('request.jwt.claims', true), '') as claims, current_user as role",
      ),
    );
    expect(row?.claims).toBeNull();
    expect(row?.role).not.toBe('authenticated');
  });

  // A table of ours as the scratch table: on Supabase service_role may not write auth.users.
  const insertWorkspace = (tx: Tx, slug: string) =>
    tx.query(
      `insert into workspaces.workspaces (name, slug, created_by, updated_by)
       values ('Scratch', $1, $2, $2)`,
      [slug, SYSTEM_USER_ID],
    );
  const slugsThere = (slugs: string[]) =>
    db.asService(async (tx) =>
      (
        await tx.query<{ slug: string }>(
          'select slug from workspaces.workspaces where slug = any ($1::text[]) order by slug',
          [pgArray(slugs)],
        )
      ).map((r) => r.slug),
    );

  it('rolls back the whole transaction when fn throws', async () => {
    const slug = 'rolled-back';
    await expect(
      db.asService(async (tx) => {
        await insertWorkspace(tx, slug);
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await slugsThere([slug])).toEqual([]);
  });

  it('rolls back only the savepoint when a step inside it fails, and the transaction goes on', async () => {
    const kept = 'kept';
    const dropped = 'dropped';
    await db.asService(async (tx) => {
      await insertWorkspace(tx, kept);
      await expect(
        tx.savepoint(async (sp) => {
          await insertWorkspace(sp, dropped);
          await sp.query('select 1/0');
        }),
      ).rejects.toThrow(/division by zero/);
    });
    expect(await slugsThere([kept, dropped])).toEqual([kept]);
  });

  it('applies each migration once: a second run applies nothing', async () => {
    expect(await migrate(db)).toEqual([]);
  });
});

describe('nesting transactions', () => {
  it.runIf(process.env.WAYMARK_TEST_DB !== 'postgres')(
    'is refused at once on PGlite, whose single connection would otherwise deadlock',
    async () => {
      await expect(
        db.asUser(alice.claims, () => db.asService((tx) => tx.query('select 1'))),
      ).rejects.toThrow(/would deadlock/);
      // And the database is still usable afterwards.
      await expect(db.asService((tx) => tx.query('select 1 as ok'))).resolves.toEqual([{ ok: 1 }]);
    },
  );
});
