// `npm run seed`: migrates, then seeds the demo user and workspace if they are missing.
import { parseConfig } from '../config.ts';
import { migrate } from '../db/migrate.ts';
import { openDb } from '../db/open-db.ts';
import { seedDemo } from './demo.ts';
import { registerModules } from '../server/modules.ts';

registerModules();
const config = parseConfig();
const db = await openDb(config);
try {
  await migrate(db);
  const demo = await seedDemo(db, config.dataDir);
  console.log(
    demo.created ? 'Seeded the demo workspace.' : 'The demo workspace was already there.',
  );
  console.log(`Demo user: ${demo.email} / ${demo.password}`);
} finally {
  await db.close();
}
