// `db:reset` on a server database: drop everything the app's migrations created, so migrating
// again starts from nothing. The schemas come from the migrations themselves, so a module added
// later is dropped too; the Supabase compatibility layer (auth, roles) stays, as on Supabase.
import { readFile } from 'node:fs/promises';
import { listMigrations, MIGRATIONS_DIR, type Migration } from './migrate.ts';
import { type Db, pgArray } from './port.ts';

const SUPABASE_LAYER = 'supabase_compat';

const CREATE_SCHEMA = /create\s+schema\s+(?:if\s+not\s+exists\s+)?("?)([a-z_][a-z0-9_]*)\1/gi;

/** The app's migrations (all but the Supabase layer) and the schemas they create, in order. */
export async function appSchemas(
  dir = MIGRATIONS_DIR,
): Promise<{ migrations: Migration[]; schemas: string[] }> {
  const migrations = (await listMigrations(dir)).filter((m) => m.name !== SUPABASE_LAYER);
  const schemas = new Set<string>();
  for (const migration of migrations) {
    const script = await readFile(migration.file, 'utf8');
    for (const match of script.matchAll(CREATE_SCHEMA)) schemas.add(match[2]!.toLowerCase());
  }
  return { migrations, schemas: [...schemas] };
}

/** Drops every app schema and forgets the app's migrations, in one transaction. */
export async function resetDatabase(db: Db, dir = MIGRATIONS_DIR): Promise<string[]> {
  const { migrations, schemas } = await appSchemas(dir);
  await db.asOwner(async (tx) => {
    if (schemas.length > 0)
      await tx.exec(`drop schema if exists ${schemas.map((s) => `"${s}"`).join(', ')} cascade`);
    const [bookkeeping] = await tx.query<{ table: string | null }>(
      `select to_regclass('supabase_migrations.schema_migrations')::text as table`,
    );
    if (bookkeeping?.table)
      await tx.query(
        'delete from supabase_migrations.schema_migrations where version = any($1::text[])',
        [pgArray(migrations.map((m) => m.version))],
      );
  });
  return schemas;
}
