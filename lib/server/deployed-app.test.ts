// What a deployed function refuses to start without: each a setting whose absence would lose
// data or run unverified, named in the error.
import { afterEach, describe, expect, it, vi } from 'vitest';

const DEPLOYED = {
  NODE_ENV: 'production',
  // Never reached: the checks run before anything connects.
  DATABASE_URL: 'postgres://nobody@127.0.0.1:9/none',
  SUPABASE_URL: 'http://127.0.0.1:9',
  SUPABASE_ANON_KEY: 'anon-key-of-at-least-twenty-chars',
};

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

async function build(env: Record<string, string | undefined>) {
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  const { deployedApp } = await import('./deployed-app.ts');
  return deployedApp();
}

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
