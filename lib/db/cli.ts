// `npm run db:migrate` and `npm run db:reset`.
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { parseConfig } from '../config.ts';
import { migrate } from './migrate.ts';
import { openDb } from './open-db.ts';
import { appSchemas, resetDatabase } from './reset.ts';

const [command, ...flags] = process.argv.slice(2);
const config = parseConfig();

if (command === 'reset') {
  if (config.databaseUrl) {
    if (!flags.includes('--force')) {
      const { schemas } = await appSchemas();
      console.error(
        `db:reset drops the ${schemas.join(', ')} schemas of DATABASE_URL. Re-run with -- --force.`,
      );
      process.exit(1);
    }
    const db = await openDb(config);
    const dropped = await resetDatabase(db);
    console.log(`Dropped ${dropped.join(', ')}.`);
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
