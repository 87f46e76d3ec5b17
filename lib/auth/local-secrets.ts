// The embedded auth server's JWT secret and anon key, generated at first start and kept in the
// data folder so sessions and the SPA's anon key survive restarts.
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SignJWT } from 'jose';
import { z } from 'zod';

export interface LocalSecrets {
  jwtSecret: string;
  anonKey: string;
}

const SECRETS_FILE = 'secrets.json';
const SECRET_BYTES = 48;
// Supabase's own anon keys live about ten years; nothing rotates this one either.
const ANON_KEY_LIFETIME_SECONDS = 10 * 365 * 24 * 3600;

const LocalSecretsSchema = z.object({
  jwtSecret: z.string().min(32),
  anonKey: z.string().min(20),
});

export class LocalSecretsError extends Error {
  override name = 'LocalSecretsError';
}

export async function loadOrCreateLocalSecrets(
  dataDir: string,
  issuer: string,
): Promise<LocalSecrets> {
  const path = join(dataDir, SECRETS_FILE);
  const existing = await readSecrets(path);
  if (existing) return existing;
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const created = await generateLocalSecrets(issuer);
  try {
    // 'wx': when two processes start at once, the second one reads the first one's secrets
    // instead of overwriting them (which would invalidate every token already issued).
    await writeFile(path, `${JSON.stringify(created, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
    return created;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const raced = await readSecrets(path);
    if (!raced) throw new LocalSecretsError(`${path} vanished while it was being created`);
    return raced;
  }
}

/** Fresh secrets, not stored anywhere: for tests and for the first start. */
export async function generateLocalSecrets(issuer: string): Promise<LocalSecrets> {
  const jwtSecret = randomBytes(SECRET_BYTES).toString('base64url');
  return { jwtSecret, anonKey: await signAnonKey(jwtSecret, issuer) };
}

/** A long-lived key with `role: 'anon'`, as Supabase's anon key is. */
export async function signAnonKey(jwtSecret: string, issuer: string): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ role: 'anon' })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(issuer)
    .setIssuedAt(now)
    .setExpirationTime(now + ANON_KEY_LIFETIME_SECONDS)
    .sign(new TextEncoder().encode(jwtSecret));
}

async function readSecrets(path: string): Promise<LocalSecrets | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const parsed = LocalSecretsSchema.safeParse(parseJsonOrUndefined(text));
  // The message names the file, never its contents.
  if (!parsed.success) {
    throw new LocalSecretsError(`${path} is not a valid secrets file; move it away to regenerate`);
  }
  return parsed.data;
}

function parseJsonOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
