// The Web API client a connection talks through, and what its failures mean to Waymark. The
// client never logs (its default logger prints request details), and every error we raise is
// built from Slack's error code, never from a message that could carry a token.
import {
  WebAPIHTTPError,
  WebAPIPlatformError,
  WebAPIRateLimitedError,
  WebAPIRequestError,
  WebClient,
  type Logger,
  LogLevel,
} from '@slack/web-api';
import { ConnectorError, type ConnectorEnv } from '../connector.ts';
import type { SlackCredentials, SlackSettings } from './schemas.ts';

export type SlackEnv = ConnectorEnv<SlackCredentials, SlackSettings>;

const silentLogger: Logger = {
  debug() {},
  info() {},
  warn() {},
  error() {},
  setLevel() {},
  getLevel: () => LogLevel.ERROR,
  setName() {},
};

/**
 * How a client waits. `patient` (test, pull): the client itself sleeps for a 429's Retry-After
 * before it retries, and retries a 5xx or a dropped connection a few times with backoff.
 * `once` (send): no retry at all, so a post is never repeated behind the caller's back; a 429
 * comes back as a retryable ConnectorError carrying Retry-After for the delivery queue.
 */
export type ClientMode = 'patient' | 'once';

export function createSlackClient(env: SlackEnv, mode: ClientMode): WebClient {
  const signal = env.signal;
  return new WebClient(env.credentials.botToken, {
    slackApiUrl: env.apis.slackApiUrl,
    // Method names only: a method can never redirect the token to another host.
    allowAbsoluteUrls: false,
    logger: silentLogger,
    timeout: 30_000,
    rejectRateLimitedCalls: mode === 'once',
    // p-retry's backoff comes on top of the Retry-After sleep, so a retry is never early.
    retryConfig:
      mode === 'once'
        ? { retries: 0 }
        : { retries: 5, factor: 2, minTimeout: 100, maxTimeout: 5_000, randomize: false },
    fetch: signal
      ? (url, init) =>
          fetch(url, {
            ...init,
            signal: init?.signal ? AbortSignal.any([init.signal, signal]) : signal,
          })
      : undefined,
  });
}

/** Slack error codes that no retry will fix: the token, the app or the channel must change. */
const PERMANENT = new Set([
  'invalid_auth',
  'not_authed',
  'token_revoked',
  'token_expired',
  'account_inactive',
  'no_permission',
  'missing_scope',
  'channel_not_found',
  'not_in_channel',
  'is_archived',
  'msg_too_long',
  'no_text',
  'restricted_action',
  'invalid_arguments',
  'thread_not_found',
]);

const EXPLANATIONS: Record<string, string> = {
  invalid_auth: 'the bot token is not valid',
  not_authed: 'no bot token was sent',
  token_revoked: 'the bot token was revoked',
  token_expired: 'the bot token expired',
  account_inactive: 'the bot or its workspace was deactivated',
  missing_scope: 'the app lacks a scope this needs',
  channel_not_found: 'the channel does not exist or the bot cannot see it',
  not_in_channel: 'the bot is not a member of the channel',
  is_archived: 'the channel is archived',
};

/** Slack's answer to a failed call, as a ConnectorError whose message holds no secret. */
export function toConnectorError(error: unknown, method: string): ConnectorError {
  if (error instanceof ConnectorError) return error;
  if (error instanceof WebAPIRateLimitedError)
    return new ConnectorError(
      `Slack rate-limited ${method}; retry after ${error.retryAfter} s`,
      'ratelimited',
      true,
      error.retryAfter,
    );
  if (error instanceof WebAPIPlatformError) {
    const code = safeCode(error.data.error);
    if (code === 'ratelimited') {
      const after = error.data.response_metadata?.retryAfter;
      return new ConnectorError(`Slack rate-limited ${method}`, code, true, after);
    }
    const why = EXPLANATIONS[code];
    return new ConnectorError(
      `Slack answered ${method} with ${code}${why ? `: ${why}` : ''}`,
      code,
      !PERMANENT.has(code),
    );
  }
  if (error instanceof WebAPIHTTPError)
    return new ConnectorError(
      `Slack answered ${method} with HTTP ${error.statusCode}`,
      `http_${error.statusCode}`,
      error.statusCode >= 500 || error.statusCode === 408,
    );
  // The patient client gave up after retrying 429s: p-retry hands back its own plain Error.
  if (error instanceof Error && error.message.startsWith('A rate limit was exceeded')) {
    const after = /retry-after: (\d+)/.exec(error.message)?.[1];
    return new ConnectorError(
      `Slack kept rate-limiting ${method}`,
      'ratelimited',
      true,
      after ? Number(after) : undefined,
    );
  }
  if (error instanceof WebAPIRequestError)
    return new ConnectorError(`Slack could not be reached for ${method}`, 'unreachable', true);
  return new ConnectorError(`Slack ${method} failed unexpectedly`, 'unexpected', true);
}

/** Slack's codes are snake_case words; anything else (a proxy's HTML page) is not echoed. */
function safeCode(code: unknown): string {
  return typeof code === 'string' && /^[a-z0-9_]{1,60}$/.test(code) ? code : 'unknown_error';
}

/** Calls a Web API method, turning any failure into a ConnectorError. */
export async function callSlack<T>(method: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw toConnectorError(error, method);
  }
}
