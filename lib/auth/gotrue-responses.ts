// Responses shaped as Supabase Auth (GoTrue) shapes them, so supabase-js reads our sessions and
// errors exactly as it reads a real project's; plus the CORS headers a browser SPA needs.
import { AuthError, type AuthErrorCode } from './errors.ts';
import type { IssuedSession } from './service.ts';
import { toUserJson, type UserRow } from './users.ts';

const API_VERSION_HEADER = 'X-Supabase-Api-Version';
const API_VERSION_2024 = '2024-01-01';

/** HTTP status and Supabase Auth error code for each of our codes. */
const HTTP_ERRORS: Record<AuthErrorCode, { status: number; code: string }> = {
  missing_token: { status: 401, code: 'no_authorization' },
  invalid_token: { status: 403, code: 'bad_jwt' },
  expired_token: { status: 403, code: 'bad_jwt' },
  no_api_key: { status: 401, code: 'no_api_key' },
  invalid_api_key: { status: 401, code: 'invalid_api_key' },
  validation_failed: { status: 400, code: 'validation_failed' },
  bad_json: { status: 400, code: 'bad_json' },
  weak_password: { status: 422, code: 'weak_password' },
  user_already_exists: { status: 422, code: 'user_already_exists' },
  invalid_credentials: { status: 400, code: 'invalid_credentials' },
  refresh_token_not_found: { status: 400, code: 'refresh_token_not_found' },
  refresh_token_already_used: { status: 400, code: 'refresh_token_already_used' },
  user_not_found: { status: 404, code: 'user_not_found' },
  session_not_found: { status: 403, code: 'session_not_found' },
  not_found: { status: 404, code: 'not_found' },
  method_not_allowed: { status: 405, code: 'method_not_allowed' },
};

export function sessionResponse(request: Request, session: IssuedSession): Response {
  return jsonResponse(request, 200, {
    access_token: session.accessToken,
    token_type: 'bearer',
    expires_in: session.expiresIn,
    expires_at: session.expiresAt,
    refresh_token: session.refreshToken,
    user: toUserJson(session.user),
  });
}

export function userResponse(request: Request, user: UserRow): Response {
  return jsonResponse(request, 200, toUserJson(user));
}

export function noContentResponse(request: Request): Response {
  return new Response(null, { status: 204, headers: corsHeaders(request) });
}

/**
 * GoTrue's two error formats: `{ code, message }` for clients that send the 2024-01-01 API
 * version (supabase-js does), `{ code: status, error_code, msg }` for older ones.
 */
export function errorResponse(request: Request, error: unknown): Response {
  const known = error instanceof AuthError ? error : undefined;
  if (!known) {
    // The message and stack only: neither carries the request's passwords or tokens.
    console.error('local auth: unexpected failure', error instanceof Error ? error.stack : error);
  }
  const { status, code } = known
    ? HTTP_ERRORS[known.code]
    : { status: 500, code: 'unexpected_failure' };
  const message = known?.message ?? 'Unexpected failure, please check server logs';
  const weakPassword = code === 'weak_password' ? { weak_password: { reasons: ['length'] } } : {};
  const body = speaks2024(request)
    ? { code, message, ...weakPassword }
    : { code: status, error_code: code, msg: message, ...weakPassword };
  return jsonResponse(request, status, body);
}

/** The answer to a CORS preflight: any origin may call, as with Supabase's own gateway. */
export function preflightResponse(request: Request): Response {
  const headers = corsHeaders(request);
  headers.set('Access-Control-Allow-Methods', 'GET, POST, PUT, DELETE, OPTIONS');
  // Echoed rather than listed: supabase-js adds headers of its own (x-client-info, …) over time,
  // and a wildcard would not cover Authorization.
  headers.set(
    'Access-Control-Allow-Headers',
    request.headers.get('access-control-request-headers') ??
      'authorization, apikey, content-type, x-client-info, x-supabase-api-version',
  );
  headers.set('Access-Control-Max-Age', '86400');
  headers.append('Vary', 'Access-Control-Request-Headers');
  return new Response(null, { status: 204, headers });
}

function jsonResponse(request: Request, status: number, body: unknown): Response {
  const headers = corsHeaders(request);
  headers.set('Content-Type', 'application/json');
  headers.set('Cache-Control', 'no-store');
  return new Response(JSON.stringify(body), { status, headers });
}

function corsHeaders(request: Request): Headers {
  const headers = new Headers({
    // No cookies are involved (tokens travel in headers), so any origin is safe and simplest.
    'Access-Control-Allow-Origin': '*',
    // Without this a browser hides the version header, and supabase-js misreads error codes.
    'Access-Control-Expose-Headers': API_VERSION_HEADER,
  });
  if (speaks2024(request)) headers.set(API_VERSION_HEADER, API_VERSION_2024);
  return headers;
}

function speaks2024(request: Request): boolean {
  const version = request.headers.get(API_VERSION_HEADER);
  // ISO dates compare correctly as strings.
  return version !== null && /^\d{4}-\d{2}-\d{2}$/.test(version) && version >= API_VERSION_2024;
}
