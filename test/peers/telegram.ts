// A fake Telegram Bot API on loopback, answering at /bot<token>/<method> the way the real one
// does (JSON or form bodies in, `{ ok, result }` or `{ ok: false, error_code, description }`
// out, with the same HTTP status): getMe, getUpdates with real confirmation (an offset drops
// every update below it; the rest stay pending), setWebhook/deleteWebhook (getUpdates answers
// 409 while a webhook is set), sendMessage, editMessageText, getFile and the file endpoint,
// plus the failures tests ask for (429 with retry_after, 401 for another token, 403 for a chat
// that blocked the bot, 400 for a chat that does not exist). It also plays Telegram's side of
// push: POSTing updates to a URL, with or without the secret header.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Message, User } from 'grammy/types';

import type { TelegramEnv } from '../../lib/integrations/telegram/bot-api.ts';
import {
  TelegramSettingsSchema,
  type TelegramSettings,
} from '../../lib/integrations/telegram/credentials.ts';

type Params = Record<string, unknown>;

/**
 * An update as the fake keeps it: loose on purpose, so a test can enqueue a malformed one or a
 * kind the connector ignores (callback_query) as easily as a message.
 */
export type FakeUpdate = { update_id: number } & Record<string, unknown>;
type UpdateBody = Record<string, unknown>;

/** The secret the tests register with setWebhook and expect in the header. */
export const WEBHOOK_SECRET = 'wh_Secret-0123456789abcdef';

export interface FakeBot {
  id: number;
  username: string;
  firstName: string;
}

export interface ScriptedUser {
  id: number;
  first_name: string;
  last_name?: string;
  username?: string;
}

/** A failure the next call(s) of a method get instead of an answer. */
export interface ScriptedFailure {
  errorCode: number;
  description: string;
  retryAfter?: number;
}

export interface RecordedCall {
  method: string;
  params: Params;
}

const BOT_DEFAULTS: FakeBot = {
  id: 7_000_000_001,
  username: 'waymark_test_bot',
  firstName: 'Waymark',
};

/** A token in BotFather's shape for the given bot id. */
export function fakeBotToken(botId = BOT_DEFAULTS.id): string {
  return `${botId}:${randomBytes(26).toString('base64url').slice(0, 35)}`;
}

export async function startFakeTelegram(
  options: { bot?: Partial<FakeBot>; token?: string; port?: number } = {},
) {
  const bot: FakeBot = { ...BOT_DEFAULTS, ...options.bot };
  const token = options.token ?? fakeBotToken(bot.id);
  const botUser: User = {
    id: bot.id,
    is_bot: true,
    first_name: bot.firstName,
    username: bot.username,
  };

  // Pending updates, oldest first; `head` is the first unconfirmed one (no array shifting, so
  // confirming 10,000 updates costs nothing).
  let pending: FakeUpdate[] = [];
  let head = 0;
  let nextUpdateId = 100_000;
  const messageIds = new Map<number, number>();
  let webhook: { url: string; secretToken?: string } | undefined;
  const failures = new Map<string, ScriptedFailure[]>();
  /** When a 429 lets a method be called again (ms since epoch), to catch a client that did not wait. */
  const retryNotBefore = new Map<string, number>();
  let earlyRetries = 0;
  const blockedChats = new Set<number>();
  const missingChats = new Set<number>();
  const files = new Map<string, { path: string; bytes: Buffer }>();
  const calls: RecordedCall[] = [];
  const sent: Message.TextMessage[] = [];

  function nextMessageId(chatId: number): number {
    const id = (messageIds.get(chatId) ?? 0) + 1;
    messageIds.set(chatId, id);
    return id;
  }

  function confirmBelow(offset: number) {
    while (head < pending.length && pending[head]!.update_id < offset) head++;
    if (head > 1000 && head * 2 > pending.length) {
      pending = pending.slice(head);
      head = 0;
    }
  }

  function fail(res: ServerResponse, errorCode: number, description: string, parameters?: object) {
    reply(res, errorCode, {
      ok: false,
      error_code: errorCode,
      description,
      ...(parameters ? { parameters } : {}),
    });
  }

  function reply(res: ServerResponse, status: number, body: unknown) {
    const text = JSON.stringify(body);
    res.writeHead(status, {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(text),
    });
    res.end(text);
  }

  function chatIdOf(params: Params): number | undefined {
    const value = Number(params.chat_id);
    return Number.isSafeInteger(value) ? value : undefined;
  }

  const methods: Record<string, (params: Params, res: ServerResponse) => void> = {
    getMe: (_params, res) =>
      reply(res, 200, { ok: true, result: { ...botUser, can_join_groups: true } }),

    getUpdates(params, res) {
      if (webhook) {
        return fail(
          res,
          409,
          "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
        );
      }
      const offset = params.offset === undefined ? undefined : Number(params.offset);
      if (offset !== undefined && offset > 0) confirmBelow(offset);
      const limit = Math.min(Math.max(Number(params.limit ?? 100) || 100, 1), 100);
      reply(res, 200, { ok: true, result: pending.slice(head, head + limit) });
    },

    setWebhook(params, res) {
      const url = typeof params.url === 'string' ? params.url : '';
      const secretToken =
        params.secret_token === undefined ? undefined : String(params.secret_token);
      if (secretToken !== undefined && !/^[A-Za-z0-9_-]{1,256}$/.test(secretToken)) {
        return fail(res, 400, 'Bad Request: secret token contains unallowed characters');
      }
      if (url === '') webhook = undefined;
      else if (!/^https?:\/\//.test(url))
        return fail(
          res,
          400,
          'Bad Request: bad webhook: An HTTPS URL must be provided for webhook',
        );
      else webhook = { url, ...(secretToken !== undefined ? { secretToken } : {}) };
      reply(res, 200, {
        ok: true,
        result: true,
        description: url ? 'Webhook was set' : 'Webhook was deleted',
      });
    },

    deleteWebhook(params, res) {
      webhook = undefined;
      if (params.drop_pending_updates === true || params.drop_pending_updates === 'true')
        head = pending.length;
      reply(res, 200, { ok: true, result: true, description: 'Webhook was deleted' });
    },

    getWebhookInfo: (_params, res) =>
      reply(res, 200, {
        ok: true,
        result: {
          url: webhook?.url ?? '',
          has_custom_certificate: false,
          pending_update_count: pending.length - head,
        },
      }),

    sendMessage(params, res) {
      const chatId = chatIdOf(params);
      if (chatId === undefined || missingChats.has(chatId))
        return fail(res, 400, 'Bad Request: chat not found');
      if (blockedChats.has(chatId)) return fail(res, 403, 'Forbidden: bot was blocked by the user');
      const text = typeof params.text === 'string' ? params.text : '';
      if (text.trim() === '') return fail(res, 400, 'Bad Request: message text is empty');
      if (text.length > 4096) return fail(res, 400, 'Bad Request: message is too long');
      const replyParameters = params.reply_parameters as { message_id?: number } | undefined;
      const message = {
        message_id: nextMessageId(chatId),
        date: Math.floor(Date.now() / 1000),
        chat: {
          id: chatId,
          type: chatId > 0 ? 'private' : 'supergroup',
          ...(chatId > 0 ? { first_name: 'User' } : { title: 'Group' }),
        },
        from: botUser,
        text,
        ...(params.message_thread_id !== undefined
          ? { message_thread_id: Number(params.message_thread_id), is_topic_message: true }
          : {}),
      } as Message.TextMessage;
      sent.push(message);
      reply(res, 200, {
        ok: true,
        result: replyParameters?.message_id
          ? { ...message, reply_to_message: { message_id: replyParameters.message_id } }
          : message,
      });
    },

    editMessageText(params, res) {
      const chatId = chatIdOf(params);
      const messageId = Number(params.message_id);
      const original = sent.find((m) => m.chat.id === chatId && m.message_id === messageId);
      if (!original) return fail(res, 400, 'Bad Request: message to edit not found');
      original.text = String(params.text ?? '');
      (original as Message.TextMessage & { edit_date?: number }).edit_date = Math.floor(
        Date.now() / 1000,
      );
      reply(res, 200, { ok: true, result: original });
    },

    getFile(params, res) {
      const fileId = String(params.file_id ?? '');
      const file = files.get(fileId);
      if (!file) return fail(res, 400, 'Bad Request: invalid file_id');
      reply(res, 200, {
        ok: true,
        result: {
          file_id: fileId,
          file_unique_id: `u${fileId}`,
          file_size: file.bytes.byteLength,
          file_path: file.path,
        },
      });
    },
  };

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const fileMatch = /^\/file\/bot([^/]+)\/(.+)$/.exec(url.pathname);
    if (fileMatch) {
      if (fileMatch[1] !== token) return fail(res, 401, 'Unauthorized');
      const file = [...files.values()].find((f) => f.path === fileMatch[2]);
      if (!file) return fail(res, 404, 'Not Found');
      res.writeHead(200, {
        'content-type': 'application/octet-stream',
        'content-length': file.bytes.byteLength,
      });
      return res.end(file.bytes);
    }
    const match = /^\/bot([^/]*)\/([A-Za-z]+)$/.exec(url.pathname);
    if (!match) return fail(res, 404, 'Not Found');
    const [, givenToken, method = ''] = match;
    const params = { ...Object.fromEntries(url.searchParams), ...(await readParams(req)) };
    if (givenToken !== token) return fail(res, 401, 'Unauthorized');
    const handler = methods[method];
    if (!handler) return fail(res, 404, 'Not Found: method not found');
    calls.push({ method, params });
    const notBefore = retryNotBefore.get(method);
    if (notBefore !== undefined && Date.now() < notBefore) {
      earlyRetries++;
      return fail(res, 429, 'Too Many Requests: retry later', {
        retry_after: Math.ceil((notBefore - Date.now()) / 1000),
      });
    }
    const failure = failures.get(method)?.shift();
    if (failure) {
      if (failure.errorCode === 429)
        retryNotBefore.set(method, Date.now() + (failure.retryAfter ?? 1) * 1000);
      return fail(
        res,
        failure.errorCode,
        failure.description,
        failure.retryAfter !== undefined ? { retry_after: failure.retryAfter } : undefined,
      );
    }
    handler(params, res);
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) fail(res, 500, `Internal Server Error: ${String(error)}`);
      else res.destroy();
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const apiRoot = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  /** Adds updates to the pending queue, numbering them in order. */
  function enqueue(...updates: UpdateBody[]): FakeUpdate[] {
    const numbered = updates.map((u) => ({ ...u, update_id: nextUpdateId++ }));
    pending.push(...numbered);
    return numbered;
  }

  return {
    apiRoot,
    token,
    bot,
    /** Every method call that reached a handler, in order (bad tokens excluded). */
    calls,
    /** What the bot sent with sendMessage. */
    sent,
    enqueue,

    /** A text message from a user in their private chat (chat id = user id), as an update. */
    textUpdate(from: ScriptedUser, text: string, extra: Partial<Message> = {}): UpdateBody {
      const chatId = (extra.chat?.id as number | undefined) ?? from.id;
      return {
        message: {
          message_id: nextMessageId(chatId),
          date: Math.floor(Date.now() / 1000),
          chat: { id: from.id, type: 'private', first_name: from.first_name },
          from: { is_bot: false, ...from },
          text,
          ...extra,
        } as Message,
      };
    },

    /**
     * `count` updates from `users` scripted users taking turns in their private chats: text
     * messages, every 7th a photo with a caption, every 11th an edit of that user's previous
     * message. Returns them as enqueued.
     */
    enqueueScript(
      count: number,
      options: { users?: number; firstUserId?: number } = {},
    ): FakeUpdate[] {
      const users: ScriptedUser[] = Array.from({ length: options.users ?? 5 }, (_, i) => ({
        id: (options.firstUserId ?? 5_000_000) + i,
        first_name: `User${i}`,
        last_name: 'Scripted',
        username: `user${i}`,
      }));
      const last = new Map<number, Message>();
      const baseDate = Math.floor(Date.now() / 1000) - count;
      const updates: UpdateBody[] = [];
      for (let i = 0; i < count; i++) {
        const user = users[i % users.length]!;
        const previous = last.get(user.id);
        if (i % 11 === 10 && previous) {
          const edited =
            previous.caption !== undefined
              ? { ...previous, caption: `${previous.caption} (edited)` }
              : { ...previous, text: `${previous.text} (edited)` };
          updates.push({ edited_message: { ...edited, edit_date: baseDate + i } as Message });
          continue;
        }
        const common = {
          message_id: nextMessageId(user.id),
          date: baseDate + i,
          chat: { id: user.id, type: 'private' as const, first_name: user.first_name },
          from: { is_bot: false, ...user },
        };
        const message = (
          i % 7 === 6
            ? {
                ...common,
                caption: `photo ${i}`,
                photo: [
                  {
                    file_id: `small-${i}`,
                    file_unique_id: `s${i}`,
                    width: 90,
                    height: 60,
                    file_size: 900,
                  },
                  {
                    file_id: `large-${i}`,
                    file_unique_id: `l${i}`,
                    width: 1280,
                    height: 853,
                    file_size: 120_000,
                  },
                ],
              }
            : { ...common, text: `message ${i} from ${user.first_name}` }
        ) as Message;
        last.set(user.id, message);
        updates.push({ message });
      }
      return enqueue(...updates);
    },

    /** Updates not yet confirmed by a getUpdates offset. */
    pendingCount: () => pending.length - head,
    /** The highest update id handed out so far. */
    lastUpdateId: () => nextUpdateId - 1,
    /** What Telegram does after a week without updates: the next id is chosen at random (here: `next`). */
    renumber(next: number) {
      nextUpdateId = next;
    },
    webhook: () => webhook,

    /** The next `times` calls of `method` get this failure instead (a 429 also bars early retries). */
    failNext(method: string, failure: ScriptedFailure, times = 1) {
      const queue = failures.get(method) ?? [];
      for (let i = 0; i < times; i++) queue.push(failure);
      failures.set(method, queue);
    },
    rateLimitNext(method: string, retryAfter = 1, times = 1) {
      this.failNext(
        method,
        { errorCode: 429, description: `Too Many Requests: retry after ${retryAfter}`, retryAfter },
        times,
      );
    },
    /** Calls made before a 429's retry_after had passed (answered 429 again, as Telegram does). */
    earlyRetries: () => earlyRetries,
    blockChat: (chatId: number) => void blockedChats.add(chatId),
    forgetChat: (chatId: number) => void missingChats.add(chatId),

    /** A file getFile can name and the file endpoint serves; returns its file_id. */
    addFile(bytes: Buffer, path = `documents/file_${files.size}.bin`): string {
      const fileId = `file-${files.size}-${randomBytes(6).toString('hex')}`;
      files.set(fileId, { path, bytes });
      return fileId;
    },

    /** Telegram's push: POSTs one update (or a raw body) to `url`, with the secret header when one is given. */
    async push(url: string, update: unknown, secretToken?: string): Promise<number> {
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(secretToken !== undefined ? { 'x-telegram-bot-api-secret-token': secretToken } : {}),
        },
        body: typeof update === 'string' ? update : JSON.stringify(update),
      });
      await response.arrayBuffer();
      return response.status;
    },

    /**
     * Delivers pending updates to the registered webhook as Telegram would (its secret in the
     * header, oldest first); an update is confirmed when the answer is 2xx, else delivery stops.
     */
    async deliverToWebhook(): Promise<{ delivered: number; lastStatus?: number }> {
      if (!webhook) throw new Error('no webhook is set');
      let delivered = 0;
      while (head < pending.length) {
        const status = await this.push(webhook.url, pending[head]!, webhook.secretToken);
        if (status < 200 || status >= 300) return { delivered, lastStatus: status };
        head++;
        delivered++;
      }
      return { delivered };
    },

    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type FakeTelegram = Awaited<ReturnType<typeof startFakeTelegram>>;

/** A connector env for a bot of this fake peer (a real webhook secret, pull mode unless told). */
export function telegramEnvFor(
  peer: FakeTelegram,
  overrides: {
    token?: string;
    webhookSecret?: string;
    settings?: Partial<TelegramSettings>;
    signal?: AbortSignal;
  } = {},
): TelegramEnv {
  return {
    connectionId: '00000000-0000-4000-8000-00000000000a',
    credentials: {
      botToken: overrides.token ?? peer.token,
      webhookSecret: overrides.webhookSecret ?? WEBHOOK_SECRET,
    },
    settings: TelegramSettingsSchema.parse(overrides.settings ?? {}),
    apis: { slackApiUrl: 'http://127.0.0.1:9/', telegramApiUrl: peer.apiRoot },
    ...(overrides.signal ? { signal: overrides.signal } : {}),
  };
}

async function readParams(req: IncomingMessage): Promise<Params> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  if (chunks.length === 0) return {};
  const body = Buffer.concat(chunks).toString('utf8');
  const type = req.headers['content-type'] ?? '';
  if (type.includes('application/json')) return body.trim() ? (JSON.parse(body) as Params) : {};
  if (type.includes('application/x-www-form-urlencoded')) {
    // The Bot API reads object fields of a form (reply_parameters, …) as JSON text.
    return Object.fromEntries(
      [...new URLSearchParams(body)].map(([key, value]) => {
        try {
          return [key, JSON.parse(value) as unknown];
        } catch {
          return [key, value];
        }
      }),
    );
  }
  if (type.includes('multipart/form-data'))
    throw new Error('multipart uploads are not served by this fake');
  return {};
}
