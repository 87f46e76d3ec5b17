// Verifies Supabase access tokens: HS256 with the project's (or the embedded server's) secret,
// or the project's asymmetric keys from its JWKS. Only a signed-in user's token passes.

import { createSecretKey } from 'node:crypto';
import {
  createRemoteJWKSet,
  errors,
  type JWTPayload,
  type JWTVerifyGetKey,
  type JWTVerifyOptions,
  jwtVerify,
} from 'jose';
import type { UserClaims } from '../db/port.ts';
import { AuthError } from './errors.ts';

export type TokenVerifierOptions =
  { kind: 'hs256'; secret: string; issuer: string } | { kind: 'jwks'; supabaseUrl: string };

export interface TokenVerifier {
  /** The token's claims, or an AuthError; never a partially trusted result. */
  verify(token: string): Promise<UserClaims>;
}

const AUDIENCE = 'authenticated';
const CLOCK_TOLERANCE_SECONDS = 5;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// jose errors that mean "this token is not acceptable". Anything else (the JWKS endpoint down or
// answering garbage) is our failure, not the caller's, and must not read as a bad token.
const REJECTIONS = [
  errors.JWTClaimValidationFailed,
  errors.JWTInvalid,
  errors.JWSInvalid,
  errors.JWSSignatureVerificationFailed,
  errors.JOSEAlgNotAllowed,
  errors.JOSENotSupported,
  errors.JWKSNoMatchingKey,
  errors.JWKSMultipleMatchingKeys,
];

export function createTokenVerifier(options: TokenVerifierOptions): TokenVerifier {
  const { key, verifyOptions } = keyAndOptionsOf(options);
  const verified = new VerifiedTokens();
  return {
    async verify(token) {
      if (!token) throw new AuthError('missing_token');
      const known = verified.get(token);
      if (known) return known;
      let payload: JWTPayload;
      try {
        ({ payload } = await jwtVerify(token, key, verifyOptions));
      } catch (error) {
        throw toAuthError(error);
      }
      const claims = claimsOf(payload);
      verified.set(token, claims, payload.exp);
      return claims;
    },
  };
}

/**
 * Tokens whose signature and claims already passed, until they expire. A client sends the same
 * access token with every request for an hour, and the signature check (WebCrypto, a thread-pool
 * round trip) costs more than the rest of a small GraphQL request; a signature never changes,
 * so only expiry needs checking again. Bounded, oldest entries evicted first.
 */
class VerifiedTokens {
  private readonly entries = new Map<string, { claims: UserClaims; expiresAtMs: number }>();
  constructor(private readonly capacity = 10_000) {}

  get(token: string): UserClaims | undefined {
    const entry = this.entries.get(token);
    if (!entry) return undefined;
    if (Date.now() >= entry.expiresAtMs) {
      this.entries.delete(token);
      return undefined;
    }
    return entry.claims;
  }

  set(token: string, claims: UserClaims, exp: number | undefined): void {
    // Without an exp there is nothing to bound the entry by: verify such tokens every time.
    if (exp === undefined) return;
    if (this.entries.size >= this.capacity) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(token, { claims, expiresAtMs: (exp + CLOCK_TOLERANCE_SECONDS) * 1000 });
  }
}

/** The token of an `Authorization: Bearer …` header, if the request has one. */
export function bearerToken(request: Request): string | undefined {
  const header = request.headers.get('authorization');
  const match = header?.match(/^Bearer\s+(\S+)\s*$/i);
  return match?.[1];
}

function keyAndOptionsOf(options: TokenVerifierOptions): {
  key: JWTVerifyGetKey;
  verifyOptions: JWTVerifyOptions;
} {
  const common = { audience: AUDIENCE, clockTolerance: CLOCK_TOLERANCE_SECONDS };
  if (options.kind === 'hs256') {
    // A KeyObject made once: jose would otherwise import the raw secret on every verification,
    // which costs more than the HMAC itself on this hot path.
    const secret = createSecretKey(Buffer.from(options.secret, 'utf8'));
    return {
      key: async () => secret,
      verifyOptions: { ...common, issuer: options.issuer, algorithms: ['HS256'] },
    };
  }
  const base = options.supabaseUrl.replace(/\/$/, '');
  return {
    key: createRemoteJWKSet(new URL(`${base}/auth/v1/.well-known/jwks.json`)),
    verifyOptions: { ...common, issuer: `${base}/auth/v1`, algorithms: ['RS256', 'ES256'] },
  };
}

function claimsOf(payload: JWTPayload): UserClaims {
  // The anon and service_role keys are valid JWTs too; only a signed-in user's token may act.
  if (payload.role !== 'authenticated') throw new AuthError('invalid_token');
  if (typeof payload.sub !== 'string' || !UUID.test(payload.sub)) {
    throw new AuthError('invalid_token');
  }
  const email = typeof payload.email === 'string' ? payload.email : undefined;
  return { ...payload, sub: payload.sub, role: 'authenticated', email };
}

function toAuthError(error: unknown): unknown {
  if (error instanceof errors.JWTExpired) return new AuthError('expired_token');
  if (REJECTIONS.some((rejection) => error instanceof rejection)) {
    return new AuthError('invalid_token');
  }
  return error;
}
