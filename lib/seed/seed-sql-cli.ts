// `npm run seed:sql`: writes supabase/seed.sql from the TypeScript demo seed (seed-sql.ts).
import { writeFile } from 'node:fs/promises';
import { registerModules } from '../server/modules.ts';
import { SEED_SQL_PATH } from './seed-sql-path.ts';
import { generateSeedSql } from './seed-sql.ts';

registerModules();
await writeFile(SEED_SQL_PATH, await generateSeedSql());
console.log(`Wrote ${SEED_SQL_PATH}.`);
