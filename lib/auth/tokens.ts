// The tokens the embedded auth server issues: access tokens with Supabase's claims, and opaque
// refresh tokens that are stored only as hashes.
import { createHash, randomBytes } from 'node:crypto';
import { SignJWT } from 'jose';
import type { UserRow } from './users.ts';

export interface AccessTokenInput {
  user: UserRow;
  sessionId: string;
  /** When the session signed in: Supabase's `amr` timestamp. */
  signedInAt: Date | string;
  jwtSecret: Uint8Array;
  issuer: string;
  ttlSeconds: number;
}

export async function signAccessToken(
  input: AccessTokenInput,
): Promise<{ token: string; expiresAt: number }> {
  const { user } = input;
  const issuedAt = Math.floor(Date.now() / 1000);
  const expiresAt = issuedAt + input.ttlSeconds;
  const token = await new SignJWT({
    email: user.email,
    phone: '',
    app_metadata: user.raw_app_meta_data ?? {},
    user_metadata: user.raw_user_meta_data ?? {},
    role: 'authenticated',
    aal: 'aal1',
    amr: [{ method: 'password', timestamp: epochSeconds(input.signedInAt) }],
    session_id: input.sessionId,
    is_anonymous: false,
  })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(input.issuer)
    .setSubject(user.id)
    .setAudience('authenticated')
    .setIssuedAt(issuedAt)
    .setExpirationTime(expiresAt)
    .sign(input.jwtSecret);
  return { token, expiresAt };
}

/** A new refresh token for the client, and the hash the database keeps instead. */
export function createRefreshToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashRefreshToken(token) };
}

// A fast hash is enough: the token is 256 random bits, there is nothing to brute-force.
export function hashRefreshToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

function epochSeconds(value: Date | string): number {
  return Math.floor((value instanceof Date ? value : new Date(value)).getTime() / 1000);
}
