// Pulling with getUpdates. Telegram forgets (confirms) every update below the offset a call
// passes, so the offset that confirms a page is only sent with the call for the next page,
// after the caller committed the page and its cursor: a crash in between re-reads the page,
// and ingestion's unique key absorbs the repeat. Nothing is confirmed that was not stored.
import { ConnectorError, type PullPage } from '../connector.ts';
import type { InboundMessage } from '../../conversations/message.ts';
import { botApi, callBotApi, type TelegramEnv } from './bot-api.ts';
import { botIdOf } from './credentials.ts';
import { normalizeUpdate, updateIdOf } from './normalize.ts';

/** The one cursor a bot has: the last update_id committed, and when. */
export const UPDATES_SCOPE = 'updates';
/** getUpdates' largest page. */
const PAGE_SIZE = 100;
/** One pull stops after this many pages (100,000 updates); the next scheduled pull goes on. */
const MAX_PAGES_PER_PULL = 1000;
/**
 * After a week without updates Telegram numbers the next one at random, possibly below the
 * cursor, and an offset above it would confirm (drop) it unread. Past this age the cursor's
 * offset is not sent: getUpdates then answers from the earliest unconfirmed update, which at worst
 * repeats a stored page (absorbed by ingestion's unique key).
 */
export const STALE_CURSOR_MS = 6 * 86_400_000;

export type UpdatesCursor = { updateId: number; at: string };

/** The update id a stored cursor holds (a bare number: as cursors were stored before 2026-12-04). */
export function cursorUpdateId(cursor: unknown): number | undefined {
  if (cursor === undefined || cursor === null) return undefined;
  const value =
    typeof cursor === 'object' && 'updateId' in cursor
      ? (cursor as { updateId: unknown }).updateId
      : typeof cursor === 'string'
        ? Number(cursor)
        : cursor;
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    throw new ConnectorError('The stored Telegram cursor is not an update id', 'bad_cursor', false);
  }
  return value;
}

/** The offset that asks for what follows the committed cursor; undefined: all that Telegram kept. */
export function offsetAfter(cursor: unknown, now = Date.now()): number | undefined {
  const updateId = cursorUpdateId(cursor);
  if (updateId === undefined) return undefined;
  const at = typeof cursor === 'object' ? Date.parse((cursor as { at?: string }).at ?? '') : NaN;
  if (Number.isFinite(at) && now - at > STALE_CURSOR_MS) return undefined;
  return updateId + 1;
}

export async function* pullUpdates(
  env: TelegramEnv,
  cursors: ReadonlyMap<string, unknown>,
): AsyncGenerator<PullPage> {
  // In push mode a webhook is set and getUpdates would only answer 409: updates come by POST.
  if (env.settings.mode === 'push') return;
  const api = botApi(env);
  const options = {
    botId: botIdOf(env.credentials),
    quietGapSeconds: env.settings.quietGapSeconds,
  };
  let offset = offsetAfter(cursors.get(UPDATES_SCOPE));
  for (let pages = 0; pages < MAX_PAGES_PER_PULL; pages++) {
    const updates: unknown[] = await callBotApi(env, 'getUpdates', (signal) =>
      api.getUpdates({ offset, limit: PAGE_SIZE, timeout: 0 }, signal),
    );
    if (!Array.isArray(updates)) {
      throw new ConnectorError(
        'Telegram getUpdates answered something other than a list',
        'unexpected',
        true,
      );
    }
    if (updates.length === 0) return;
    const messages: InboundMessage[] = [];
    const malformed: NonNullable<PullPage['malformed']> = [];
    let last: number | undefined;
    for (const update of updates) {
      const updateId = updateIdOf(update);
      if (updateId !== undefined) last = Math.max(last ?? updateId, updateId);
      try {
        messages.push(...normalizeUpdate(update, options));
      } catch (error) {
        malformed.push({
          ...(updateId !== undefined ? { externalId: String(updateId) } : {}),
          payload: update,
          error: error instanceof Error ? error.message : String(error),
        });
      }
    }
    if (last === undefined) {
      throw new ConnectorError(
        'Telegram getUpdates answered updates without ids',
        'unexpected',
        true,
      );
    }
    const cursor: UpdatesCursor = { updateId: last, at: new Date().toISOString() };
    yield { scope: UPDATES_SCOPE, messages, malformed, cursor };
    // Only now, with the page committed, may Telegram forget it.
    offset = last + 1;
  }
}
