// `npm run db:migrate` and `npm run db:reset`.
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { parseConfig } from '../config.ts';
import { migrate } from './migrate.ts';
import { openDb } from './open-db.ts';

const [command, ...flags] = process.argv.slice(2);
const config = parseConfig();

if (command === 'reset') {
  if (config.databaseUrl) {
    if (!flags.includes('--force')) {
      console.error(
        'db:reset drops the crm, workspaces and waymark schemas of DATABASE_URL. Re-run with -- --force.',
      );
      process.exit(1);
    }
    const db = await openDb(config);
    await db.asOwner((tx) =>
      tx.exec(`drop schema if exists crm, workspaces, waymark cascade;
               delete from supabase_migrations.schema_migrations where version > '20261121000000';`),
    );
    await db.close();
  } else {
    await rm(join(config.dataDir, 'pgdata'), { recursive: true, force: true });
  }
  console.log('Database reset.');
}

if (command === 'migrate' || command === 'reset') {
  const db = await openDb(config);
  try {
    const applied = await migrate(db);
    console.log(applied.length ? `Applied ${applied.join(', ')}` : 'Nothing to apply.');
  } finally {
    await db.close();
  }
} else {
  console.error('usage: tsx lib/db/cli.ts migrate|reset');
  process.exit(1);
}
