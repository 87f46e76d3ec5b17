// Which auth a server may start with on the database it is given: the embedded auth server
// everywhere but on a Supabase project's database, where Supabase Auth (GoTrue) owns the users
// and the server refuses at start, naming what to set instead of failing each sign-up.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb } from '../../test/helpers/test-db.ts';
import { ConfigError, parseConfig } from '../config.ts';
import type { Db } from '../db/port.ts';
import { setUpAuth } from './auth-setup.ts';

const onHostedSupabase = process.env.WAYMARK_TEST_SUPABASE_HOSTED === '1';
let db: Db;
let dataDir: string;

beforeAll(async () => {
  db = await openTestDb();
  dataDir = mkdtempSync(join(tmpdir(), 'waymark-auth-setup-'));
});
afterAll(async () => {
  await db.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the embedded auth server', () => {
  const embedded = () => parseConfig({ WAYMARK_DATA_DIR: dataDir });

  it.skipIf(onHostedSupabase)('starts on a database without Supabase Auth', async () => {
    const auth = await setUpAuth(embedded(), db);
    expect(auth.localAuth).toBeDefined();
  });

  it.runIf(onHostedSupabase)(
    "refuses a Supabase project's database, naming what to set",
    async () => {
      const refused = setUpAuth(embedded(), db);
      await expect(refused).rejects.toThrow(ConfigError);
      await expect(refused).rejects.toThrow(/set SUPABASE_URL and SUPABASE_ANON_KEY/);
    },
  );
});
