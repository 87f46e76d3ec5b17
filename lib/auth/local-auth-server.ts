// The subset of the Supabase Auth HTTP API that supabase-js uses for email + password, answered
// by this server when no Supabase project is configured. Mount it at /auth/v1/*.
import { timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { Db } from '../db/port.ts';
import { parseNewCredentials } from './credentials.ts';
import { AuthError } from './errors.ts';
import {
  errorResponse,
  noContentResponse,
  preflightResponse,
  sessionResponse,
  userResponse,
} from './gotrue-responses.ts';
import { type AuthService, createAuthService } from './service.ts';
import type { LogoutScope } from './sessions.ts';
import { bearerToken, createTokenVerifier, type TokenVerifier } from './verify-token.ts';

export interface LocalAuthOptions {
  db: Db;
  jwtSecret: string;
  anonKey: string;
  /** The `iss` of issued tokens, e.g. `${publicUrl}/auth/v1`. */
  issuer: string;
  accessTokenTtlSeconds?: number;
}

export type FetchHandler = (request: Request) => Promise<Response>;

const SignUpBody = z.object({
  // Checked by parseNewCredentials, which owns the rules and their messages.
  email: z.unknown(),
  password: z.unknown(),
  data: z.record(z.string(), z.unknown()).nullish(),
});

const PasswordGrantBody = z.object({
  email: z.string({ error: 'missing email or phone' }).min(1, 'missing email or phone'),
  password: z.string({ error: 'missing password' }),
});

const RefreshGrantBody = z.object({
  refresh_token: z.string({ error: 'refresh_token required' }).min(1, 'refresh_token required'),
});

const LogoutScopeSchema = z.enum(['global', 'local', 'others'], {
  error: 'Unsupported logout scope',
});

interface Endpoint {
  method: 'GET' | 'POST';
  answer(request: Request, url: URL): Promise<Response>;
}

export function createLocalAuthHandler(options: LocalAuthOptions): FetchHandler {
  const service = createAuthService({
    db: options.db,
    jwtSecret: options.jwtSecret,
    issuer: options.issuer,
    accessTokenTtlSeconds: options.accessTokenTtlSeconds ?? 3600,
  });
  const verifier = createTokenVerifier({
    kind: 'hs256',
    secret: options.jwtSecret,
    issuer: options.issuer,
  });
  const endpoints = endpointsOf(service, verifier);

  return async (request) => {
    if (request.method === 'OPTIONS') return preflightResponse(request);
    try {
      requireApiKey(request, options.anonKey);
      const url = new URL(request.url);
      const endpoint = endpoints[url.pathname.replace(/\/+$/, '')];
      if (!endpoint) throw new AuthError('not_found');
      if (endpoint.method !== request.method) throw new AuthError('method_not_allowed');
      return await endpoint.answer(request, url);
    } catch (error) {
      return errorResponse(request, error);
    }
  };
}

function endpointsOf(service: AuthService, verifier: TokenVerifier): Record<string, Endpoint> {
  return {
    '/auth/v1/signup': {
      method: 'POST',
      async answer(request) {
        const body = parseBody(SignUpBody, await readJson(request));
        const credentials = parseNewCredentials(body);
        return sessionResponse(request, await service.signUp(credentials, body.data ?? {}));
      },
    },
    '/auth/v1/token': {
      method: 'POST',
      async answer(request, url) {
        const grantType = url.searchParams.get('grant_type');
        const body = await readJson(request);
        if (grantType === 'password') {
          const credentials = parseBody(PasswordGrantBody, body);
          return sessionResponse(request, await service.signInWithPassword(credentials));
        }
        if (grantType === 'refresh_token') {
          const { refresh_token } = parseBody(RefreshGrantBody, body);
          return sessionResponse(request, await service.refreshSession(refresh_token));
        }
        throw new AuthError('validation_failed', 'unsupported_grant_type');
      },
    },
    '/auth/v1/user': {
      method: 'GET',
      async answer(request) {
        const claims = await verifier.verify(bearerToken(request) ?? '');
        return userResponse(request, await service.findUser(claims));
      },
    },
    '/auth/v1/logout': {
      method: 'POST',
      async answer(request, url) {
        const claims = await verifier.verify(bearerToken(request) ?? '');
        await service.signOut(claims, parseLogoutScope(url));
        return noContentResponse(request);
      },
    },
  };
}

/** Supabase's gateway refuses any request without the project's key; so do we. */
function requireApiKey(request: Request, anonKey: string): void {
  const given = request.headers.get('apikey');
  if (!given) throw new AuthError('no_api_key');
  const a = Buffer.from(given);
  const b = Buffer.from(anonKey);
  if (a.length !== b.length || !timingSafeEqual(a, b)) throw new AuthError('invalid_api_key');
}

async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  if (!text.trim()) return {};
  try {
    return JSON.parse(text);
  } catch {
    // The parser's own message quotes the body, which may hold a password: never pass it on.
    throw new AuthError('bad_json');
  }
}

function parseBody<T>(schema: z.ZodType<T>, body: unknown): T {
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new AuthError('validation_failed', parsed.error.issues[0]?.message);
  }
  return parsed.data;
}

function parseLogoutScope(url: URL): LogoutScope {
  return parseBody(LogoutScopeSchema, url.searchParams.get('scope') ?? 'global');
}
