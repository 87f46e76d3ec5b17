// db:reset on a server database drops every schema the app's migrations made, so migrating
// again rebuilds them from nothing.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openTestDb } from '../../test/helpers/test-db.ts';
import { migrate } from './migrate.ts';
import type { Db } from './port.ts';
import { appSchemas, resetDatabase } from './reset.ts';

let db: Db;
beforeAll(async () => {
  db = await openTestDb();
});
afterAll(() => db.close());

it('finds every schema the migrations create, and not the Supabase auth layer', async () => {
  const { schemas } = await appSchemas();
  expect(schemas.sort()).toEqual(
    [
      'automation',
      'conversations',
      'crm',
      'integrations',
      'notifier',
      'recommender',
      'waymark',
      'wfm',
      'workspaces',
    ].sort(),
  );
});

it('drops the app schemas and their rows, and the migrations then apply again', async () => {
  await db.asService((tx) =>
    tx.query(
      `insert into workspaces.workspaces (name, slug) values ('Before the reset', 'before')`,
    ),
  );
  await resetDatabase(db);
  const left = await db.asOwner((tx) =>
    tx.query<{ name: string }>(
      `select nspname as name from pg_namespace where nspname = any($1::text[])`,
      ['{automation,crm,notifier,recommender,waymark,wfm,workspaces}'],
    ),
  );
  expect(left).toEqual([]);
  expect((await migrate(db)).length).toBe((await appSchemas()).migrations.length);
  const workspaces = await db.asService((tx) => tx.query('select 1 from workspaces.workspaces'));
  expect(workspaces).toEqual([]);
});
