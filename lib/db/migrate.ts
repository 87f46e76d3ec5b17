// The migration runner: applies supabase/migrations/*.sql in name order, each once, each in its
// own transaction. Applied versions are recorded where the Supabase CLI records them, so a
// database migrated here and later pushed to with `supabase db push` agrees on what ran.
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Db } from './port.ts';

export const MIGRATIONS_DIR = fileURLToPath(new URL('../../supabase/migrations/', import.meta.url));

const BOOKKEEPING = `
  create schema if not exists supabase_migrations;
  create table if not exists supabase_migrations.schema_migrations (
    version text primary key,
    statements text[],
    name text
  );`;

/** Any constant works; it only has to be the same for every process migrating this database. */
const MIGRATION_LOCK = 7_208_113;

export interface Migration {
  version: string;
  name: string;
  file: string;
}

export async function listMigrations(dir = MIGRATIONS_DIR): Promise<Migration[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.sql')).sort();
  return files.map((file) => {
    const match = /^(\d+)_(.+)\.sql$/.exec(file);
    if (!match) throw new Error(`Migration file name must be <version>_<name>.sql: ${file}`);
    return { version: match[1]!, name: match[2]!, file: `${dir}/${file}` };
  });
}

/** Applies what is missing; returns the versions it applied. Safe to run from several processes. */
export async function migrate(db: Db, dir = MIGRATIONS_DIR): Promise<string[]> {
  const applied: string[] = [];
  for (const migration of await listMigrations(dir)) {
    const script = await readFile(migration.file, 'utf8');
    const ran = await db.asOwner(async (tx) => {
      await tx.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      await tx.exec(BOOKKEEPING);
      const done = await tx.query(
        'select 1 from supabase_migrations.schema_migrations where version = $1',
        [migration.version],
      );
      if (done.length > 0) return false;
      await tx.exec(script);
      await tx.query(
        'insert into supabase_migrations.schema_migrations (version, name) values ($1, $2)',
        [migration.version, migration.name],
      );
      return true;
    });
    if (ran) applied.push(migration.version);
  }
  return applied;
}
