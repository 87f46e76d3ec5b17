// A loopback peer that answers as Slack's Web API does (POST /api/<method>, form or JSON bodies,
// `Authorization: Bearer`), for the methods the Slack connector calls: auth.test,
// conversations.history / conversations.replies with cursor pages, chat.postMessage, users.info,
// and files' url_private downloads (GET /files-pri/<team>-<file id>/<name> with the bot token).
// It can answer every Nth call with 429 + Retry-After and records when each call came, so a test
// can prove the client never came back early. Beside it, builders of Events API deliveries signed
// the way Slack signs them.
import { createHmac, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export const TEAM = { id: 'T0WAYMARK', name: 'Acme Test' };
export const BOT = { userId: 'U0BOTUSER', botId: 'B0BOTID01', name: 'waymark' };
export const BOT_TOKEN = 'xoxb-1111-2222-fakeSlackBotTokenAbcd';
export const SIGNING_SECRET = 'fake-signing-secret-8f3a9c21d0e4';

export interface PeerMessage {
  ts: string;
  user?: string;
  bot_id?: string;
  text: string;
  subtype?: string;
  thread_ts?: string;
  files?: { id: string; name: string; mimetype: string; size: number; url_private: string }[];
  [key: string]: unknown;
}

export interface PeerCall {
  method: string;
  /** performance.now() when the request arrived. */
  at: number;
  status: number;
  params: Record<string, string>;
}

export interface PostedMessage {
  channel: string;
  thread_ts?: string;
  text: string;
  metadata?: { event_type: string; event_payload: Record<string, unknown> };
  ts: string;
}

export interface FakeSlackOptions {
  /** Answer every Nth call of these methods (default: history and replies) with 429. */
  rateLimit?: { every: number; retryAfterSeconds: number; methods?: string[] };
}

const PAGE_DEFAULT = 100;

export async function startFakeSlack(options: FakeSlackOptions = {}) {
  const tokens = new Map<string, 'valid' | 'revoked'>([[BOT_TOKEN, 'valid']]);
  const channels = new Map<string, PeerMessage[]>();
  const threads = new Map<string, PeerMessage[]>();
  const members = new Set<string>();
  const users = new Map<string, { id: string; name: string; real_name: string }>();
  const calls: PeerCall[] = [];
  const posted: PostedMessage[] = [];
  const failures = new Map<string, number>();
  const limited = new Set(
    options.rateLimit?.methods ?? ['conversations.history', 'conversations.replies'],
  );
  const blockedUntil = new Map<string, number>();
  let limitedCalls = 0;
  let earlyCalls = 0;
  let tsCounter = 0;
  const files = new Map<string, { bytes: Buffer; mimetype: string }>();
  let port = 0;

  const nextTs = () => {
    tsCounter += 1;
    return `${1_700_000_000 + tsCounter}.${String(tsCounter % 1_000_000).padStart(6, '0')}`;
  };
  const threadKey = (channel: string, ts: string) => `${channel}:${ts}`;
  const compare = (a: PeerMessage, b: PeerMessage) => Number(a.ts) - Number(b.ts);

  function answer(method: string, params: Record<string, string>, token: string | undefined) {
    if (!token || !tokens.has(token))
      return { ok: false, error: token ? 'invalid_auth' : 'not_authed' };
    if (tokens.get(token) === 'revoked') return { ok: false, error: 'token_revoked' };
    switch (method) {
      case 'auth.test':
        return {
          ok: true,
          url: 'https://acme-test.slack.com/',
          team: TEAM.name,
          team_id: TEAM.id,
          user: BOT.name,
          user_id: BOT.userId,
          bot_id: BOT.botId,
        };
      case 'conversations.history': {
        const all = channels.get(params.channel ?? '');
        if (!all) return { ok: false, error: 'channel_not_found' };
        const inclusive = params.inclusive === 'true' || params.inclusive === '1';
        const inRange = all.filter((m) => {
          const ts = Number(m.ts);
          if (
            params.oldest &&
            (inclusive ? ts < Number(params.oldest) : ts <= Number(params.oldest))
          )
            return false;
          if (
            params.latest &&
            (inclusive ? ts > Number(params.latest) : ts >= Number(params.latest))
          )
            return false;
          return true;
        });
        const newestFirst = [...inRange]
          .sort(compare)
          .reverse()
          .map((m) => withThreadInfo(params.channel!, m));
        return paged(newestFirst, params, 'messages');
      }
      case 'conversations.replies': {
        const channel = params.channel ?? '';
        const parent = channels.get(channel)?.find((m) => m.ts === params.ts);
        if (!parent)
          return {
            ok: false,
            error: channels.has(channel) ? 'thread_not_found' : 'channel_not_found',
          };
        const replies = [...(threads.get(threadKey(channel, parent.ts)) ?? [])].sort(compare);
        // Like Slack, message metadata is shown only to a caller that asks for it.
        const withMetadata = params.include_all_metadata === 'true';
        const shown = replies.map(({ metadata, ...rest }) =>
          withMetadata ? { ...rest, metadata } : rest,
        );
        return paged([withThreadInfo(channel, parent), ...shown], params, 'messages');
      }
      case 'chat.postMessage': {
        const channel = params.channel ?? '';
        if (!channels.has(channel)) return { ok: false, error: 'channel_not_found' };
        if (!members.has(channel)) return { ok: false, error: 'not_in_channel' };
        if (!params.text) return { ok: false, error: 'no_text' };
        const ts = nextTs();
        const metadata = params.metadata
          ? (JSON.parse(params.metadata) as PostedMessage['metadata'])
          : undefined;
        posted.push({
          channel,
          ...(params.thread_ts ? { thread_ts: params.thread_ts } : {}),
          text: params.text,
          metadata,
          ts,
        });
        const message: PeerMessage = {
          ts,
          user: BOT.userId,
          bot_id: BOT.botId,
          text: params.text,
          ...(metadata ? { metadata } : {}),
        };
        if (params.thread_ts) {
          message.thread_ts = params.thread_ts;
          const key = threadKey(channel, params.thread_ts);
          threads.set(key, [...(threads.get(key) ?? []), message]);
        } else channels.get(channel)!.push(message);
        return { ok: true, channel, ts, message: { ...message, type: 'message' } };
      }
      case 'users.info': {
        const user = users.get(params.user ?? '');
        return user
          ? {
              ok: true,
              user: { ...user, team_id: TEAM.id, profile: { real_name: user.real_name } },
            }
          : { ok: false, error: 'user_not_found' };
      }
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }

  function withThreadInfo(channel: string, message: PeerMessage): PeerMessage {
    const replies = threads.get(threadKey(channel, message.ts));
    if (!replies?.length) return { type: 'message', ...message };
    return {
      type: 'message',
      ...message,
      thread_ts: message.ts,
      reply_count: replies.length,
      latest_reply: replies.at(-1)!.ts,
    };
  }

  /**
   * Slack's cursor pages: an opaque next_cursor while more remain, '' at the end. The cursor
   * names the ts the next page starts at (not an offset), so messages posted between two pages
   * shift nothing, as with Slack's own cursors.
   */
  function paged(items: PeerMessage[], params: Record<string, string>, key: string) {
    const limit = Math.min(Number(params.limit) || PAGE_DEFAULT, 999);
    const from = params.cursor
      ? Buffer.from(params.cursor, 'base64url').toString().replace(/^ts:/, '')
      : undefined;
    const start =
      from === undefined
        ? 0
        : Math.max(
            0,
            items.findIndex((m) => m.ts === from),
          );
    const page = items.slice(start, start + limit);
    const next = items[start + limit];
    return {
      ok: true,
      [key]: page,
      has_more: next !== undefined,
      response_metadata: {
        next_cursor: next ? Buffer.from(`ts:${next.ts}`).toString('base64url') : '',
      },
    };
  }

  /** url_private as Slack serves it: the bot token in the header, else its sign-in page. */
  function serveFile(req: IncomingMessage, res: ServerResponse, path: string) {
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    const file = files.get(path);
    if (!bearer || tokens.get(bearer) !== 'valid') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return res.end('<html><body>Sign in to Slack</body></html>');
    }
    if (!file) return res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    res.writeHead(200, {
      'content-type': file.mimetype,
      'content-length': String(file.bytes.byteLength),
    });
    res.end(file.bytes);
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const at = performance.now();
    const path = (req.url ?? '').split('?')[0] ?? '';
    if (path.startsWith('/files-pri/')) return serveFile(req, res, path);
    const method = (req.url ?? '').replace(/^\/api\//, '').split('?')[0] ?? '';
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const params: Record<string, string> = {};
    if ((req.headers['content-type'] ?? '').includes('application/json')) {
      for (const [k, v] of Object.entries(JSON.parse(raw || '{}') as Record<string, unknown>))
        params[k] = typeof v === 'string' ? v : JSON.stringify(v);
    } else for (const [k, v] of new URLSearchParams(raw)) params[k] = v;
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    const token = bearer ?? params.token;
    delete params.token;
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      calls.push({ method, at, status, params });
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      res.end(JSON.stringify(body));
    };

    const failure = failures.get(method);
    if (failure) {
      failures.delete(method);
      return send(failure, { ok: false, error: 'internal_error' });
    }
    const rule = options.rateLimit;
    if (rule && limited.has(method)) {
      const until = blockedUntil.get(method) ?? 0;
      if (at < until) {
        earlyCalls += 1;
        return send(
          429,
          { ok: false, error: 'ratelimited' },
          { 'retry-after': String(rule.retryAfterSeconds) },
        );
      }
      limitedCalls += 1;
      if (limitedCalls % rule.every === 0) {
        blockedUntil.set(method, at + rule.retryAfterSeconds * 1000);
        return send(
          429,
          { ok: false, error: 'ratelimited' },
          { 'retry-after': String(rule.retryAfterSeconds) },
        );
      }
    }
    send(200, answer(method, params, token));
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      res.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/api/`,
    calls,
    posted,
    /** Calls that came while a Retry-After was still running (a well-behaved client makes none). */
    get earlyCalls() {
      return earlyCalls;
    },
    /** A channel the bot is a member of (or not), optionally with messages already in it. */
    addChannel(channel: string, { member = true }: { member?: boolean } = {}) {
      if (!channels.has(channel)) channels.set(channel, []);
      if (member) members.add(channel);
    },
    /** Posts a message as a user; returns its ts. */
    addMessage(channel: string, message: Partial<PeerMessage> & { text: string }): string {
      this.addChannel(channel);
      const ts = message.ts ?? nextTs();
      const full: PeerMessage = { user: 'U0ADA0001', ...message, ts };
      if (message.thread_ts && message.thread_ts !== ts) {
        const key = threadKey(channel, message.thread_ts);
        threads.set(key, [...(threads.get(key) ?? []), full]);
      } else channels.get(channel)!.push(full);
      return ts;
    },
    /** A file the bot may download; its url_private (on this peer, so the connector accepts it). */
    addFile(bytes: Buffer, name: string, mimetype = 'application/octet-stream'): string {
      const path = `/files-pri/${TEAM.id}-F${String(files.size + 1).padStart(8, '0')}/${name}`;
      files.set(path, { bytes, mimetype });
      return `http://127.0.0.1:${port}${path}`;
    },
    addUser(id: string, name: string, realName: string) {
      users.set(id, { id, name, real_name: realName });
    },
    addToken(token: string) {
      tokens.set(token, 'valid');
    },
    revoke(token: string) {
      tokens.set(token, 'revoked');
    },
    /** The next call of this method answers with this HTTP status. */
    failNext(method: string, status: number) {
      failures.set(method, status);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
export type FakeSlack = Awaited<ReturnType<typeof startFakeSlack>>;

// --- Events API deliveries -------------------------------------------------------------------

export interface SignedDelivery {
  headers: Headers;
  rawBody: string;
}

let eventCounter = 0;

/** An event_callback envelope around one event, with a fresh event_id unless one is given. */
export function eventCallback(
  event: Record<string, unknown>,
  {
    eventId,
    teamId = TEAM.id,
    authorizations = true,
  }: { eventId?: string; teamId?: string; authorizations?: boolean } = {},
) {
  eventCounter += 1;
  return {
    token: 'deprecated-verification-token',
    team_id: teamId,
    api_app_id: 'A0WAYMARK',
    type: 'event_callback',
    event_id: eventId ?? `Ev${String(eventCounter).padStart(8, '0')}`,
    event_time: 1_700_000_000 + eventCounter,
    ...(authorizations
      ? { authorizations: [{ team_id: teamId, user_id: BOT.userId, is_bot: true }] }
      : {}),
    event,
  };
}

export function urlVerification(challenge: string) {
  return { token: 'deprecated-verification-token', challenge, type: 'url_verification' };
}

/**
 * A delivery as Slack sends it: the body, X-Slack-Request-Timestamp and the v0 signature over
 * both. `ageSeconds` backdates it, `retryNum` marks a retry, `tamper` breaks it after signing.
 */
export function signedDelivery(
  body: unknown,
  {
    secret = SIGNING_SECRET,
    ageSeconds = 0,
    retryNum,
    tamper,
  }: {
    secret?: string;
    ageSeconds?: number;
    retryNum?: number;
    tamper?: 'flip-body-bit' | 'bad-signature';
  } = {},
): SignedDelivery {
  let rawBody = typeof body === 'string' ? body : JSON.stringify(body);
  const timestamp = String(Math.floor(Date.now() / 1000) - ageSeconds);
  let signature = `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${rawBody}`).digest('hex')}`;
  if (tamper === 'flip-body-bit') {
    // One bit of one ASCII character in the middle of the body, after signing.
    const at = Math.floor(rawBody.length / 2);
    rawBody =
      rawBody.slice(0, at) +
      String.fromCharCode(rawBody.charCodeAt(at) ^ 1) +
      rawBody.slice(at + 1);
  }
  if (tamper === 'bad-signature') signature = `v0=${'0'.repeat(64)}`;
  const headers = new Headers({
    'content-type': 'application/json',
    'x-slack-request-timestamp': timestamp,
    'x-slack-signature': signature,
  });
  if (retryNum !== undefined) {
    headers.set('x-slack-retry-num', String(retryNum));
    headers.set('x-slack-retry-reason', 'http_timeout');
  }
  return { headers, rawBody };
}

/** POSTs a delivery to an endpoint (the webhook route under test). */
export function postDelivery(url: string, delivery: SignedDelivery): Promise<Response> {
  return fetch(url, { method: 'POST', headers: delivery.headers, body: delivery.rawBody });
}

/** The connector's env for a connection pointed at this peer (a fresh connection id each time). */
export function slackTestEnv(
  peer: { url: string } | undefined,
  {
    botToken = BOT_TOKEN,
    signingSecret = SIGNING_SECRET,
    channels = [],
    teamId,
  }: { botToken?: string; signingSecret?: string; channels?: string[]; teamId?: string } = {},
) {
  return {
    connectionId: randomUUID(),
    credentials: { botToken, signingSecret },
    settings: { channels, ...(teamId ? { teamId } : {}) },
    apis: {
      slackApiUrl: peer?.url ?? 'http://127.0.0.1:9/api/',
      telegramApiUrl: 'http://127.0.0.1:9',
    },
  };
}
