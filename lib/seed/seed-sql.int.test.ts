// supabase/seed.sql is generated from the TypeScript demo seed (`npm run seed:sql`): like
// codegen, the committed file must be what the generator writes today.
import { readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import { testDbKind } from '../../test/helpers/test-db.ts';
import { SEED_SQL_PATH } from './seed-sql-path.ts';
import { generateSeedSql } from './seed-sql.ts';

// The generator always seeds its own PGlite: once is enough, so only on the PGlite leg.
it.runIf(testDbKind === 'pglite')(
  'supabase/seed.sql is what `npm run seed:sql` writes (run it after changing the demo seed)',
  async () => {
    const committed = await readFile(SEED_SQL_PATH, 'utf8');
    expect(await generateSeedSql()).toBe(committed);
  },
);
