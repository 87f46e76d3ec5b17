// Backfill: conversations.history per configured channel, and conversations.replies for every
// thread it shows, one page at a time. Slack pages a range newest first, so a pass keeps the
// watermark it started from (`oldest`) and the highest ts seen so far (`newest`) beside the page
// cursor; only the pass's last page moves the watermark up. A crash resumes from the committed
// page cursor, and repeated messages are absorbed by their unique external ids.
import { z } from 'zod';
import type { InboundMessage } from '../../conversations/message.ts';
import type { PullPage } from '../connector.ts';
import { callSlack, createSlackClient, type SlackEnv } from './client.ts';
import { slackIdentity } from './identity.ts';
import { isContent, toInboundMessage, tsToIso, type MessageContext } from './messages.ts';
import { withSlackUserNames } from './user-names.ts';
import { SlackMessageSchema, TsSchema, type SlackMessage } from './schemas.ts';

/** Slack suggests at most 200 a page; 100 keeps a page (and a retried page) small. */
const PAGE_SIZE = 100;

export const SlackCursorSchema = z.object({
  /** Every message at or before this ts is stored (exclusive lower bound of the next pass). */
  oldest: TsSchema.optional(),
  /** Mid-pass: the page to ask for next, and the highest ts the pass has seen. */
  pageCursor: z.string().min(1).max(2000).optional(),
  newest: TsSchema.optional(),
});
export type SlackCursor = z.infer<typeof SlackCursorSchema>;

export function cursorScope(channel: string): string {
  return `slack:${channel}`;
}

/** Compares two ts as numbers (seconds, then microseconds), without float rounding. */
export function compareTs(a: string, b: string): number {
  const [as = '0', am = '0'] = a.split('.');
  const [bs = '0', bm = '0'] = b.split('.');
  return Number(as) - Number(bs) || Number(am.padEnd(6, '0')) - Number(bm.padEnd(6, '0'));
}

function maxTs(a: string | undefined, b: string | undefined): string | undefined {
  if (!a) return b;
  if (!b) return a;
  return compareTs(a, b) >= 0 ? a : b;
}

export async function* pullSlack(
  env: SlackEnv,
  cursors: ReadonlyMap<string, unknown>,
): AsyncGenerator<PullPage> {
  if (env.settings.channels.length === 0) return;
  const client = createSlackClient(env, 'patient');
  const identity = await slackIdentity(env);
  const teamId = env.settings.teamId ?? identity.teamId;

  for (const channel of env.settings.channels) {
    const scope = cursorScope(channel);
    const saved = SlackCursorSchema.safeParse(cursors.get(scope) ?? {});
    let cursor: SlackCursor = saved.success ? saved.data : {};
    const context: MessageContext = { channel, teamId, identity };

    for (;;) {
      if (env.signal?.aborted) return;
      const history = await callSlack('conversations.history', () =>
        client.conversations.history({
          channel,
          limit: PAGE_SIZE,
          ...(cursor.oldest ? { oldest: cursor.oldest, inclusive: false } : {}),
          ...(cursor.pageCursor ? { cursor: cursor.pageCursor } : {}),
        }),
      );
      const page = collect(history.messages ?? [], context);
      let newest = cursor.newest;
      for (const message of page.parsed) newest = maxTs(newest, message.ts);

      for (const parent of page.parsed) {
        if (!parent.reply_count || (parent.thread_ts && parent.thread_ts !== parent.ts)) continue;
        for await (const replies of threadReplies(env, client, channel, parent.ts)) {
          const thread = collect(replies, context);
          page.messages.push(...thread.messages);
          page.malformed.push(...thread.malformed);
        }
      }

      const next = history.response_metadata?.next_cursor || undefined;
      const following: SlackCursor = next
        ? {
            ...(cursor.oldest ? { oldest: cursor.oldest } : {}),
            pageCursor: next,
            ...(newest ? { newest } : {}),
          }
        : maxTs(newest, cursor.oldest)
          ? { oldest: maxTs(newest, cursor.oldest)! }
          : {};
      const changed = JSON.stringify(following) !== JSON.stringify(cursor);
      if (page.messages.length > 0 || page.malformed.length > 0 || changed)
        yield {
          scope,
          messages: await withSlackUserNames(env, oldestFirst(page.messages)),
          malformed: page.malformed,
          cursor: following,
        };
      cursor = following;
      if (!next) break;
    }
  }
}

/** Every reply of one thread, page by page (the parent, which history already gave, left out). */
async function* threadReplies(
  env: SlackEnv,
  client: ReturnType<typeof createSlackClient>,
  channel: string,
  ts: string,
): AsyncGenerator<unknown[]> {
  let pageCursor: string | undefined;
  do {
    if (env.signal?.aborted) return;
    const result = await callSlack('conversations.replies', () =>
      client.conversations.replies({
        channel,
        ts,
        limit: PAGE_SIZE,
        ...(pageCursor ? { cursor: pageCursor } : {}),
      }),
    );
    yield (result.messages ?? []).filter((m) => (m as { ts?: unknown }).ts !== ts);
    pageCursor = result.response_metadata?.next_cursor || undefined;
  } while (pageCursor);
}

interface Collected {
  parsed: SlackMessage[];
  messages: InboundMessage[];
  malformed: NonNullable<PullPage['malformed']>;
}

function collect(raw: readonly unknown[], context: MessageContext): Collected {
  const out: Collected = { parsed: [], messages: [], malformed: [] };
  for (const item of raw) {
    const parsed = SlackMessageSchema.safeParse(item);
    if (!parsed.success) {
      const ts = (item as { ts?: unknown } | null)?.ts;
      out.malformed.push({
        ...(typeof ts === 'string' ? { externalId: `${context.channel}:${ts}` } : {}),
        payload: item,
        error: `Not a Slack message: ${parsed.error.issues[0]?.message ?? 'invalid'}`,
      });
      continue;
    }
    out.parsed.push(parsed.data);
    if (!isContent(parsed.data)) continue;
    const editedAt = parsed.data.edited ? tsToIso(parsed.data.edited.ts) : undefined;
    out.messages.push(toInboundMessage(parsed.data, context, editedAt ? { editedAt } : {}));
  }
  return out;
}

function oldestFirst(messages: InboundMessage[]): InboundMessage[] {
  const seen = new Set<string>();
  return messages
    .filter((m) => !seen.has(m.externalId) && (seen.add(m.externalId), true))
    .sort((a, b) => compareTs(a.headers!.ts!, b.headers!.ts!));
}
