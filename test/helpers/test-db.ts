// A fresh, migrated database for one test file, on whichever leg this project runs.
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { inject } from 'vitest';
import { migrate } from '../../lib/db/migrate.ts';
import { openPglite } from '../../lib/db/pglite-adapter.ts';
import type { Db } from '../../lib/db/port.ts';
import { openPostgres } from '../../lib/db/postgres-adapter.ts';

export const testDbKind = process.env.WAYMARK_TEST_DB === 'postgres' ? 'postgres' : 'pglite';

export interface TestDb {
  db: Db;
  /** A postgres:// URL for the same database (Postgres leg only), for tools that connect themselves. */
  url: string | undefined;
}

export async function openTestDb(): Promise<Db> {
  return (await openTestDatabase()).db;
}

export async function openTestDatabase(): Promise<TestDb> {
  if (testDbKind === 'pglite') {
    const db = await openPglite(undefined);
    await migrate(db);
    return { db, url: undefined };
  }
  const templateUrl = inject('postgresTemplateUrl');
  const base = templateUrl.slice(0, templateUrl.lastIndexOf('/'));
  const template = templateUrl.slice(templateUrl.lastIndexOf('/') + 1);
  const name = `test_${randomBytes(6).toString('hex')}`;
  const admin = postgres(`${base}/postgres`, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database ${name} template ${template}`);
  } finally {
    await admin.end();
  }
  const url = `${base}/${name}`;
  return { db: openPostgres(url, { max: 5 }), url };
}
