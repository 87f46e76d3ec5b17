// What a deployed function refuses to start without: each a setting whose absence would lose
// data or run unverified, named in the error.
import { describe, expect, it } from 'vitest';
import { buildDeployedApp } from './deployed-app.ts';

const DEPLOYED = {
  NODE_ENV: 'production',
  // Never reached: the checks run before anything connects.
  DATABASE_URL: 'postgres://nobody@127.0.0.1:9/none',
  SUPABASE_URL: 'http://127.0.0.1:9',
  SUPABASE_ANON_KEY: 'anon-key-of-at-least-twenty-chars',
};

const build = (env: Record<string, string | undefined>) => buildDeployedApp(env);

describe('a deployed function', () => {
  it('refuses to start without WAYMARK_VAULT_KEY, whose generated stand-in would die with the instance', async () => {
    await expect(build({ ...DEPLOYED, WAYMARK_VAULT_KEY: undefined })).rejects.toThrow(
      /WAYMARK_VAULT_KEY must be set/,
    );
  });

  it('refuses to start without a database', async () => {
    await expect(build({ ...DEPLOYED, DATABASE_URL: undefined })).rejects.toThrow(
      /DATABASE_URL must be set/,
    );
  });
});
