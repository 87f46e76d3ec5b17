// The auth module's one error class. Codes for the local auth server are Supabase Auth's own
// (supabase-js branches on them); messages are safe to show and never carry a token or password.

export type AuthErrorCode =
  // verifying an access token
  | 'missing_token'
  | 'invalid_token'
  | 'expired_token'
  // the local Supabase Auth API
  | 'no_api_key'
  | 'invalid_api_key'
  | 'validation_failed'
  | 'bad_json'
  | 'weak_password'
  | 'user_already_exists'
  | 'invalid_credentials'
  | 'refresh_token_not_found'
  | 'refresh_token_already_used'
  | 'user_not_found'
  | 'session_not_found'
  | 'not_found'
  | 'method_not_allowed';

const DEFAULT_MESSAGES: Record<AuthErrorCode, string> = {
  missing_token: 'This endpoint requires a valid Bearer token',
  invalid_token: 'Invalid access token',
  expired_token: 'Access token has expired',
  no_api_key: 'No API key found in request',
  invalid_api_key: 'Invalid API key',
  validation_failed: 'Invalid request',
  bad_json: 'Could not parse request body as JSON',
  weak_password: 'Password should be at least 8 characters.',
  user_already_exists: 'User already registered',
  invalid_credentials: 'Invalid login credentials',
  refresh_token_not_found: 'Invalid Refresh Token: Refresh Token Not Found',
  refresh_token_already_used: 'Invalid Refresh Token: Already Used',
  user_not_found: 'User from sub claim in JWT does not exist',
  session_not_found: 'Session from session_id claim in JWT does not exist',
  not_found: 'Not Found',
  method_not_allowed: 'Method Not Allowed',
};

export class AuthError extends Error {
  override name = 'AuthError';
  readonly code: AuthErrorCode;

  constructor(code: AuthErrorCode, message: string = DEFAULT_MESSAGES[code]) {
    super(message);
    this.code = code;
  }
}

export function isAuthError(error: unknown): error is AuthError {
  return error instanceof AuthError;
}
