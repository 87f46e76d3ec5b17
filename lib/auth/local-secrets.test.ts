import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeJwt, jwtVerify } from 'jose';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LocalSecretsError, loadOrCreateLocalSecrets } from './local-secrets.ts';

const issuer = 'http://localhost:8888/auth/v1';
let root: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'waymark-secrets-'));
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe('loadOrCreateLocalSecrets', () => {
  it('creates the data folder and a secrets file only its owner can read', async () => {
    const dataDir = join(root, 'nested', 'data');
    await loadOrCreateLocalSecrets(dataDir, issuer);
    const mode = (await stat(join(dataDir, 'secrets.json'))).mode & 0o777;
    expect(mode).toBe(0o600);
  });

  it('generates a secret of at least 48 random bytes', async () => {
    const { jwtSecret } = await loadOrCreateLocalSecrets(root, issuer);
    expect(Buffer.from(jwtSecret, 'base64url').length).toBeGreaterThanOrEqual(48);
  });

  it('signs an anon key with the secret, for role anon and this issuer', async () => {
    const { jwtSecret, anonKey } = await loadOrCreateLocalSecrets(root, issuer);
    const { payload } = await jwtVerify(anonKey, new TextEncoder().encode(jwtSecret), {
      issuer,
      algorithms: ['HS256'],
    });
    expect(payload.role).toBe('anon');
    expect(payload.exp! - payload.iat!).toBeGreaterThan(5 * 365 * 24 * 3600);
  });

  it('reads the same secrets back on later starts', async () => {
    const first = await loadOrCreateLocalSecrets(root, issuer);
    const second = await loadOrCreateLocalSecrets(root, 'http://elsewhere/auth/v1');
    expect(second).toEqual(first);
    expect(decodeJwt(second.anonKey).iss).toBe(issuer);
  });

  it('gives every data folder its own secret', async () => {
    const a = await loadOrCreateLocalSecrets(join(root, 'a'), issuer);
    const b = await loadOrCreateLocalSecrets(join(root, 'b'), issuer);
    expect(a.jwtSecret).not.toBe(b.jwtSecret);
  });

  it('refuses a corrupt secrets file without quoting it', async () => {
    await writeFile(join(root, 'secrets.json'), '{"jwtSecret":"short-and-secret"}');
    const error = await loadOrCreateLocalSecrets(root, issuer).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LocalSecretsError);
    expect((error as Error).message).not.toContain('short-and-secret');
    expect(await readFile(join(root, 'secrets.json'), 'utf8')).toContain('short-and-secret');
  });
});
