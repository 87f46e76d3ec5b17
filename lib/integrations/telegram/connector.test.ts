// The Telegram connector against a fake Bot API on loopback (test/peers/telegram.ts): what
// Waymark sees of a bot when it checks, receives, pulls and replies, and that the bot token
// never comes back in anything it returns or throws.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { freePort } from '../../../test/helpers/free-port.ts';
import {
  fakeBotToken,
  startFakeTelegram,
  telegramEnvFor,
  WEBHOOK_SECRET,
  type FakeTelegram,
} from '../../../test/peers/telegram.ts';
import type { InboundMessage } from '../../conversations/message.ts';
import {
  ConnectorError,
  type PullPage,
  type ReplyTarget,
  type WebhookRequest,
} from '../connector.ts';
import type { TelegramEnv } from './bot-api.ts';
import { telegramConnector as telegram } from './connector.ts';
import { downloadFile } from './files.ts';
import { cursorUpdateId, STALE_CURSOR_MS, UPDATES_SCOPE } from './pull.ts';

let peer: FakeTelegram;
/** Everything the connector returned or threw in this file, checked for the token at the end. */
const seen: unknown[] = [];

function record<T>(value: T): T {
  seen.push(value);
  return value;
}

async function failureOf(promise: Promise<unknown>): Promise<ConnectorError> {
  try {
    record(await promise);
  } catch (error) {
    record(error);
    expect(error).toBeInstanceOf(ConnectorError);
    return error as ConnectorError;
  }
  throw new Error('expected the call to fail');
}

function webhookRequest(body: unknown, secret?: string): WebhookRequest {
  const headers = new Headers({ 'content-type': 'application/json' });
  if (secret !== undefined) headers.set('X-Telegram-Bot-Api-Secret-Token', secret);
  return { headers, rawBody: typeof body === 'string' ? body : JSON.stringify(body) };
}

/** Runs a pull as the sync function does: each page "committed" (kept) before the next is asked for. */
async function pullAll(env: TelegramEnv, cursor?: unknown, onPage?: (page: PullPage) => void) {
  const cursors = new Map<string, unknown>(cursor === undefined ? [] : [[UPDATES_SCOPE, cursor]]);
  const stored = new Map<string, InboundMessage>();
  const pages: PullPage[] = [];
  for await (const page of telegram.pull!(env, cursors)) {
    record(page);
    onPage?.(page);
    for (const message of page.messages) stored.set(message.externalId, message);
    cursors.set(page.scope, page.cursor);
    pages.push(page);
  }
  return { stored, pages, cursor: cursorUpdateId(cursors.get(UPDATES_SCOPE)) };
}

beforeAll(async () => {
  peer = await startFakeTelegram();
});

afterAll(async () => {
  await peer.close();
});

describe('credentials and settings', () => {
  it('needs a bot token shaped like BotFather’s and a webhook secret Telegram accepts', () => {
    const parse = (value: unknown) => telegram.credentials.safeParse(value).success;
    expect(parse({ botToken: peer.token, webhookSecret: WEBHOOK_SECRET })).toBe(true);
    expect(parse({ botToken: 'not-a-token', webhookSecret: WEBHOOK_SECRET })).toBe(false);
    expect(parse({ botToken: peer.token, webhookSecret: 'has spaces!' })).toBe(false);
    expect(parse({ botToken: peer.token, webhookSecret: 'x'.repeat(257) })).toBe(false);
    expect(parse({ botToken: peer.token })).toBe(false);
  });

  it('pulls with a four-hour quiet gap unless told otherwise, and hints with the bot token (of which the UI shows the last four)', () => {
    expect(telegram.settings.parse({})).toEqual({ mode: 'pull', quietGapSeconds: 14_400 });
    expect(telegram.settings.safeParse({ mode: 'carrier-pigeon' }).success).toBe(false);
    expect(telegram.hint({ botToken: peer.token, webhookSecret: WEBHOOK_SECRET })).toBe(peer.token);
  });
});

describe('checking the bot', () => {
  it('names the bot by its username', async () => {
    expect(record(await telegram.test(telegramEnvFor(peer)))).toEqual({
      accountName: '@waymark_test_bot',
    });
  });

  it('reports a token Telegram does not know as unauthorized, for good', async () => {
    const error = await failureOf(telegram.test(telegramEnvFor(peer, { token: fakeBotToken() })));
    expect(error).toMatchObject({ code: 'unauthorized', retryable: false });
  });

  it('reports an API it cannot reach as retryable', async () => {
    const env = telegramEnvFor(peer);
    const closed = {
      ...env,
      apis: { ...env.apis, telegramApiUrl: `http://127.0.0.1:${await freePort()}` },
    };
    const error = await failureOf(telegram.test(closed));
    expect(error).toMatchObject({ code: 'unreachable', retryable: true });
  });
});

describe('receiving a webhook', () => {
  const update = {
    update_id: 31,
    message: { message_id: 1, date: 1_796_000_000, chat: { id: 9, type: 'private' }, text: 'hi' },
  };

  it('accepts an update that carries our secret, keyed by its update_id', async () => {
    const verdict = record(
      await telegram.webhook!(telegramEnvFor(peer), webhookRequest(update, WEBHOOK_SECRET)),
    );
    expect(verdict).toEqual({ kind: 'items', items: [{ externalId: '31', payload: update }] });
  });

  it('refuses an update without the secret header, or with another secret', async () => {
    const env = telegramEnvFor(peer);
    expect(record(await telegram.webhook!(env, webhookRequest(update)))).toMatchObject({
      kind: 'unauthorized',
    });
    expect(
      record(await telegram.webhook!(env, webhookRequest(update, 'wrong-secret'))),
    ).toMatchObject({
      kind: 'unauthorized',
    });
    expect(
      record(await telegram.webhook!(env, webhookRequest(update, `${WEBHOOK_SECRET}x`))),
    ).toMatchObject({
      kind: 'unauthorized',
    });
    expect(record(await telegram.webhook!(env, webhookRequest(update, '')))).toMatchObject({
      kind: 'unauthorized',
    });
  });

  it('acknowledges an unreadable body once, for the dead letters, since Telegram would retry a refusal', async () => {
    const env = telegramEnvFor(peer);
    const first = await telegram.webhook!(env, webhookRequest('{"not json', WEBHOOK_SECRET));
    const again = await telegram.webhook!(env, webhookRequest('{"not json', WEBHOOK_SECRET));
    expect(first).toEqual(again);
    if (first.kind !== 'items') throw new Error('expected items');
    expect(first.items[0]?.externalId).toMatch(/^malformed:/);
    await expect(telegram.normalize(env, first.items[0]?.payload)).rejects.toThrow(
      /Not a Telegram update/,
    );
  });

  it('normalizes a stored item with the connection’s quiet gap', async () => {
    const env = telegramEnvFor(peer, { settings: { quietGapSeconds: 600 } });
    const [message] = record(await telegram.normalize(env, update));
    expect(message).toMatchObject({
      externalId: '9:1',
      externalThreadId: '9',
      quietGapSeconds: 600,
      text: 'hi',
    });
  });
});

describe('registering the webhook', () => {
  afterAll(async () => {
    await telegram.register!(telegramEnvFor(peer), 'unused');
  });

  it('points Telegram at our endpoint with the secret in push mode, and pull then says why it cannot', async () => {
    const push = telegramEnvFor(peer, { settings: { mode: 'push' } });
    await telegram.register!(push, 'https://crm.example.test/webhooks/telegram/abc');
    expect(peer.webhook()).toEqual({
      url: 'https://crm.example.test/webhooks/telegram/abc',
      secretToken: WEBHOOK_SECRET,
    });
    // A push connection does not pull at all…
    expect((await pullAll(push)).pages).toEqual([]);
    // …and a pull one, while the webhook is still set, fails in words an admin can act on.
    const error = await failureOf(pullAll(telegramEnvFor(peer)));
    expect(error).toMatchObject({ code: 'webhook_set', retryable: false });
    expect(error.message).toBe(
      'a webhook is set for this bot; switch the connection to push or delete the webhook',
    );
  });

  it('removes the webhook in pull mode', async () => {
    await telegram.register!(
      telegramEnvFor(peer),
      'https://crm.example.test/webhooks/telegram/abc',
    );
    expect(peer.webhook()).toBeUndefined();
  });
});

describe("Telegram's push", () => {
  it('reaches an endpoint that checks the secret it was registered with, and nothing else does', async () => {
    const env = telegramEnvFor(peer, { settings: { mode: 'push' } });
    const received: unknown[] = [];
    // The generic webhook endpoint, reduced to its connector call: 401 unless the verdict has items.
    const endpoint = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const headers = new Headers();
        for (const [name, value] of Object.entries(req.headers))
          if (typeof value === 'string') headers.set(name, value);
        void telegram.webhook!(env, { headers, rawBody: Buffer.concat(chunks).toString() }).then(
          (verdict) => {
            if (verdict.kind === 'items') received.push(...verdict.items.map((i) => i.externalId));
            res.writeHead(verdict.kind === 'items' ? 200 : 401).end();
          },
        );
      });
    });
    await new Promise<void>((resolve) => endpoint.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(endpoint.address() as AddressInfo).port}/webhooks/telegram/x`;
    try {
      await telegram.register!(env, url);
      const updates = peer.enqueueScript(20);
      expect(await peer.deliverToWebhook()).toEqual({ delivered: 20 });
      expect(received).toEqual(updates.map((u) => String(u.update_id)));
      expect(await peer.push(url, updates[0])).toBe(401);
      expect(await peer.push(url, updates[0], 'not-the-secret')).toBe(401);
      expect(received).toHaveLength(20);
    } finally {
      await telegram.register!(telegramEnvFor(peer), url);
      await new Promise((resolve) => endpoint.close(resolve));
    }
  });
});

describe('pulling with getUpdates', () => {
  beforeEach(async () => {
    // Whatever an earlier test left pending is read (and confirmed) first.
    await pullAll(telegramEnvFor(peer));
  });

  it('reads 2,500 updates in pages, confirming each page only after it was committed', async () => {
    const updates = peer.enqueueScript(2500, { users: 7 });
    const callsBefore = peer.calls.length;
    let committed: number | undefined;
    let remaining = updates.length;
    const { stored, pages, cursor } = await pullAll(telegramEnvFor(peer), undefined, (page) => {
      // Telegram still holds this page: nothing was confirmed that was not committed.
      expect(peer.pendingCount()).toBe(remaining);
      const offsets = peer.calls.slice(callsBefore).filter((c) => c.method === 'getUpdates');
      expect(offsets.at(-1)?.params.offset).toBe(
        committed === undefined ? undefined : committed + 1,
      );
      remaining -= page.messages.length + (page.malformed?.length ?? 0);
      committed = cursorUpdateId(page.cursor);
    });
    expect(pages).toHaveLength(25);
    expect(cursor).toBe(updates.at(-1)?.update_id);
    expect(peer.pendingCount()).toBe(0);
    // Every update once, in order: page cursors step by exactly a page.
    expect(pages.map((p) => cursorUpdateId(p.cursor))).toEqual(
      pages.map((_, i) => updates[i * 100 + 99]?.update_id),
    );
    const messageCount = pages.reduce((n, p) => n + p.messages.length, 0);
    expect(messageCount).toBe(2500);
    const edits = updates.filter((u) => u.edited_message).length;
    expect(stored.size).toBe(2500 - edits);
    const photo = [...stored.values()].find((m) => m.attachments?.length);
    expect(photo?.text).toMatch(/^photo \d+/);
  });

  it('starts after the committed cursor, so an abandoned page is read again and nothing is skipped', async () => {
    const updates = peer.enqueueScript(250);
    const env = telegramEnvFor(peer);
    // A pull that dies with its first page in flight (never committed)…
    for await (const page of telegram.pull!(env, new Map())) {
      expect(page.messages).toHaveLength(100);
      break;
    }
    expect(peer.pendingCount()).toBe(250);
    // …is repeated from the last committed cursor (none), and reads all 250.
    const { stored, cursor } = await pullAll(env);
    expect(cursor).toBe(updates.at(-1)?.update_id);
    const messageIds = new Set(
      updates.map((u) => {
        const m = (u.message ?? u.edited_message) as { chat: { id: number }; message_id: number };
        return `${m.chat.id}:${m.message_id}`;
      }),
    );
    expect(new Set(stored.keys())).toEqual(messageIds);
    expect(peer.pendingCount()).toBe(0);
  });

  it('reads updates Telegram renumbered after a quiet week, below a cursor it no longer sends', async () => {
    peer.enqueueScript(5);
    const env = telegramEnvFor(peer);
    const { cursor } = await pullAll(env);
    // A week without updates: the next id is random, here far below the cursor.
    peer.renumber(500);
    const after = peer.enqueueScript(3);
    const weekOld = {
      updateId: cursor,
      at: new Date(Date.now() - STALE_CURSOR_MS - 60_000).toISOString(),
    };
    const { stored, cursor: next } = await pullAll(env, weekOld);
    expect(stored.size).toBe(3);
    expect(next).toBe(after.at(-1)?.update_id);
    expect(peer.pendingCount()).toBe(0);
  });

  it('waits out a 429 for as long as retry_after says, then goes on', async () => {
    const updates = peer.enqueueScript(300);
    const early = peer.earlyRetries();
    let pagesSeen = 0;
    const { pages, cursor } = await pullAll(telegramEnvFor(peer), undefined, () => {
      if (++pagesSeen === 1) peer.rateLimitNext('getUpdates', 1);
    });
    expect(pages).toHaveLength(3);
    expect(cursor).toBe(updates.at(-1)?.update_id);
    // The fake answers 429 again to a call made before retry_after passed: there was none.
    expect(peer.earlyRetries()).toBe(early);
  });

  it('sets a malformed update aside and still advances past it and past updates that are no messages', async () => {
    const [, broken, , last] = peer.enqueue(
      peer.textUpdate({ id: 61, first_name: 'Grace' }, 'before'),
      { message: { message_id: 'not a number', chat: { id: 61 } } },
      {
        callback_query: {
          id: 'q',
          from: { id: 61, is_bot: false, first_name: 'Grace' },
          chat_instance: 'c',
          data: 'ok',
        },
      },
      peer.textUpdate({ id: 61, first_name: 'Grace' }, 'after'),
    );
    const { pages, cursor } = await pullAll(telegramEnvFor(peer));
    expect(pages).toHaveLength(1);
    expect(pages[0]?.messages.map((m) => m.text)).toEqual(['before', 'after']);
    expect(pages[0]?.malformed).toEqual([
      {
        externalId: String(broken?.update_id),
        payload: broken,
        error: expect.stringMatching(/Not a Telegram update/),
      },
    ]);
    expect(cursor).toBe(last?.update_id);
  });

  it('gives up on a long flood wait, retryable with the wait', async () => {
    peer.enqueueScript(10);
    peer.rateLimitNext('getUpdates', 120);
    const error = await failureOf(pullAll(telegramEnvFor(peer)));
    expect(error).toMatchObject({ code: 'rate_limited', retryable: true, retryAfterSeconds: 120 });
  });
});

describe('replying', () => {
  const target = (chat: number | string, messageId?: number): ReplyTarget => ({
    externalThreadId: String(chat),
    ...(messageId !== undefined
      ? {
          replyTo: {
            externalId: `${chat}:${messageId}`,
            headers: { message_id: String(messageId), chat_id: String(chat) },
            from: `telegram:${chat}`,
          },
        }
      : {}),
    participants: [`telegram:${chat}`],
  });

  it('answers the message it replies to, quoting it even if it was deleted meanwhile', async () => {
    const sent = record(
      await telegram.send(telegramEnvFor(peer), target(4242, 17), {
        text: 'Thanks, Ada!',
        idempotencyKey: 'r1',
      }),
    );
    const call = peer.calls.filter((c) => c.method === 'sendMessage').at(-1);
    expect(call?.params).toMatchObject({
      chat_id: 4242,
      text: 'Thanks, Ada!',
      reply_parameters: { message_id: 17, allow_sending_without_reply: true },
    });
    const message = peer.sent.at(-1)!;
    expect(sent).toEqual({
      externalId: `4242:${message.message_id}`,
      sentAt: new Date(message.date * 1000).toISOString(),
      headers: { message_id: String(message.message_id), chat_id: '4242' },
    });
  });

  it('replies into a forum topic', async () => {
    await telegram.send(telegramEnvFor(peer), target('-1001234567890:77', 3), {
      text: 'in the topic',
      idempotencyKey: 'r2',
    });
    expect(peer.calls.filter((c) => c.method === 'sendMessage').at(-1)?.params).toMatchObject({
      chat_id: -1001234567890,
      message_thread_id: 77,
      reply_parameters: { message_id: 3 },
    });
  });

  it('reports a bot the user blocked, or a chat that is gone, as failures retrying will not fix', async () => {
    peer.blockChat(666);
    peer.forgetChat(667);
    const env = telegramEnvFor(peer);
    const blocked = await failureOf(
      telegram.send(env, target(666, 1), { text: 'hello?', idempotencyKey: 'r3' }),
    );
    expect(blocked).toMatchObject({ code: 'blocked', retryable: false });
    expect(blocked.message).toContain('Forbidden: bot was blocked by the user');
    const gone = await failureOf(
      telegram.send(env, target(667, 1), { text: 'hello?', idempotencyKey: 'r4' }),
    );
    expect(gone).toMatchObject({ code: 'chat_not_found', retryable: false });
    const revoked = await failureOf(
      telegram.send(telegramEnvFor(peer, { token: fakeBotToken() }), target(4242), {
        text: 'x',
        idempotencyKey: 'r5',
      }),
    );
    expect(revoked).toMatchObject({ code: 'unauthorized', retryable: false });
  });

  it('hands server errors and flood control back as retryable, with the wait Telegram asked for', async () => {
    const env = telegramEnvFor(peer);
    peer.failNext('sendMessage', { errorCode: 502, description: 'Bad Gateway' });
    const down = await failureOf(
      telegram.send(env, target(4242, 1), { text: 'x', idempotencyKey: 'r6' }),
    );
    expect(down).toMatchObject({ code: 'server_error', retryable: true });
    peer.rateLimitNext('sendMessage', 7);
    const limited = await failureOf(
      telegram.send(env, target(4242, 1), { text: 'x', idempotencyKey: 'r6' }),
    );
    expect(limited).toMatchObject({ code: 'rate_limited', retryable: true, retryAfterSeconds: 7 });
    // The reply path does not wait in place: one call reached Telegram for each attempt.
    expect(
      peer.calls.filter((c) => c.method === 'sendMessage' && c.params.text === 'x'),
    ).toHaveLength(2);
  });
});

describe('files', () => {
  it('downloads an attachment by its file_id', async () => {
    const bytes = Buffer.from('%PDF-1.7 a tiny quote');
    const fileId = peer.addFile(bytes, 'documents/quote.pdf');
    const file = await downloadFile(telegramEnvFor(peer), fileId);
    expect(Buffer.from(file.bytes).toString()).toBe(bytes.toString());
    expect(file.filePath).toBe('documents/quote.pdf');
    const missing = await failureOf(downloadFile(telegramEnvFor(peer), 'no-such-file'));
    expect(missing).toMatchObject({ code: 'bad_request', retryable: false });
  });
});

describe('the bot token', () => {
  it('appears in nothing the connector returned or threw', () => {
    expect(seen.length).toBeGreaterThan(20);
    const secretHalf = peer.token.slice(peer.token.indexOf(':') + 1);
    for (const value of seen) {
      const text =
        value instanceof Error
          ? `${value.message}\n${value.stack}\n${JSON.stringify(value)}`
          : JSON.stringify(value);
      expect(text).not.toContain(secretHalf);
    }
  });
});
