// Calls to the Bot API through grammY's Api, and the one place its failures become
// ConnectorErrors. grammY puts the token in request URLs, and a network failure's inner error
// quotes that URL, so nothing of grammY's error is passed on: only our words, the method, the
// status and Telegram's description with the token cut out.
import { setTimeout as sleep } from 'node:timers/promises';
import { Api, GrammyError, HttpError } from 'grammy';
import { ConnectorError, type ConnectorEnv } from '../connector.ts';
import type { TelegramCredentials, TelegramSettings } from './credentials.ts';

export type TelegramEnv = ConnectorEnv<TelegramCredentials, TelegramSettings>;

/** grammY types its signals with the abort-controller package; a standard AbortSignal works the same. */
export type BotApiSignal = Parameters<Api['getMe']>[0];

/** A Bot API client for this connection, rooted at the configured API base (never user input). */
export function botApi(env: TelegramEnv): Api {
  return new Api(env.credentials.botToken, {
    apiRoot: env.apis.telegramApiUrl.replace(/\/+$/, ''),
    // A pull never long-polls and a send is one small request: a stuck call should fail, not hang.
    timeoutSeconds: 30,
    // grammY's own keep-alive agent keeps idle sockets past the server's keep-alive timeout, so
    // the first call after a quiet spell (a reply, minutes after setWebhook) could go out on a
    // socket the server had closed: ECONNRESET, "unreachable", and the reply waited for a retry.
    // Node's default agent reuses sockets too but honours the server's `Keep-Alive: timeout`.
    baseFetchConfig: { agent: undefined },
  });
}

/** The text with every occurrence of the token (and of its secret half) cut out. */
export function redactToken(text: string, token: string): string {
  const secretHalf = token.slice(token.indexOf(':') + 1);
  let out = text.split(token).join('[token]');
  if (secretHalf.length >= 8) out = out.split(secretHalf).join('[token]');
  return out;
}

/** Telegram's refusal of one call, in our words: which code, whether trying again can help. */
export function toConnectorError(method: string, error: unknown, token: string): ConnectorError {
  if (error instanceof ConnectorError) return error;
  if (error instanceof GrammyError) {
    const said = redactToken(`${error.error_code} ${error.description}`, token);
    const message = `Telegram ${method} failed: ${said}`;
    const code = error.error_code;
    const description = error.description.toLowerCase();
    if (code === 401) return new ConnectorError(message, 'unauthorized', false);
    if (code === 429) {
      return new ConnectorError(message, 'rate_limited', true, error.parameters.retry_after ?? 1);
    }
    if (code === 409 && method === 'getUpdates') {
      return new ConnectorError(
        'a webhook is set for this bot; switch the connection to push or delete the webhook',
        'webhook_set',
        false,
      );
    }
    if (code === 403) {
      return new ConnectorError(
        message,
        description.includes('blocked') ? 'blocked' : 'forbidden',
        false,
      );
    }
    if (code === 400 && description.includes('chat not found')) {
      return new ConnectorError(message, 'chat_not_found', false);
    }
    if (code === 400) return new ConnectorError(message, 'bad_request', false);
    if (code >= 500) return new ConnectorError(message, 'server_error', true);
    return new ConnectorError(message, `telegram_${code}`, false);
  }
  if (error instanceof HttpError) {
    // HttpError's own message has the method and an HTTP status, never the URL (sensitiveLogs is
    // off); redacted all the same.
    return new ConnectorError(
      redactToken(`Could not reach the Telegram Bot API for ${method}: ${error.message}`, token),
      'unreachable',
      true,
    );
  }
  if (error instanceof Error && error.name === 'AbortError') {
    return new ConnectorError(`Telegram ${method} was cancelled`, 'aborted', true);
  }
  const what = error instanceof Error ? error.message : String(error);
  return new ConnectorError(
    redactToken(`Telegram ${method} failed unexpectedly: ${what}`, token),
    'unexpected',
    true,
  );
}

/** How long a call waits out Telegram's flood control in place, and how often. */
export const RATE_LIMIT_POLICY = { attempts: 4, maxWaitSeconds: 30 };

/**
 * One Bot API call, translated. A 429 whose retry_after is short is waited out here, a few
 * times; a longer one is thrown (retryable, with retryAfterSeconds) for the caller's schedule.
 */
export async function callBotApi<T>(
  env: TelegramEnv,
  method: string,
  call: (signal: BotApiSignal) => Promise<T>,
  options: { waitOutRateLimits: boolean } = { waitOutRateLimits: true },
): Promise<T> {
  const token = env.credentials.botToken;
  for (let attempt = 1; ; attempt++) {
    let failure: ConnectorError;
    try {
      return await call(env.signal as BotApiSignal);
    } catch (error) {
      failure = toConnectorError(method, error, token);
    }
    const wait = failure.retryAfterSeconds;
    const mayWait =
      options.waitOutRateLimits &&
      failure.code === 'rate_limited' &&
      wait !== undefined &&
      wait <= RATE_LIMIT_POLICY.maxWaitSeconds &&
      attempt < RATE_LIMIT_POLICY.attempts;
    if (!mayWait) throw failure;
    try {
      await sleep(wait * 1000, undefined, { signal: env.signal });
    } catch {
      throw new ConnectorError(`Telegram ${method} was cancelled`, 'aborted', true);
    }
  }
}
