// Slack names a message's sender by id only (an Events API message carries no profile, a history
// page only sometimes), and an inbox of "U0ADA0001" is unreadable. Names missing from a batch are
// asked of users.info once per user and connection and remembered for an hour. A lookup that
// fails leaves the name out (the inbox shows the handle) and never fails the ingestion.
import type { InboundMessage } from '../../conversations/message.ts';
import { callSlack, createSlackClient, type SlackEnv } from './client.ts';

const TTL_MS = 3_600_000;
const MAX_REMEMBERED = 10_000;
/** At most this many users asked per batch: a backfill of strangers cannot turn into a burst. */
const MAX_LOOKUPS = 20;

const remembered = new Map<string, { name: string | undefined; expires: number }>();

/** The messages with their senders' names filled in where Slack left them out. */
export async function withSlackUserNames(
  env: SlackEnv,
  messages: InboundMessage[],
  now: () => number = Date.now,
): Promise<InboundMessage[]> {
  const unnamed = new Set(
    messages.filter((m) => !m.from.name).flatMap((m) => userIdOf(m.from.handle) ?? []),
  );
  if (unnamed.size === 0) return messages;
  const names = new Map<string, string | undefined>();
  const toAsk: string[] = [];
  for (const userId of unnamed) {
    const known = remembered.get(`${env.connectionId}:${userId}`);
    if (known && known.expires > now()) names.set(userId, known.name);
    else if (toAsk.length < MAX_LOOKUPS) toAsk.push(userId);
  }
  if (toAsk.length > 0) {
    const client = createSlackClient(env, 'once');
    await Promise.all(
      toAsk.map(async (userId) => {
        try {
          const { user } = await callSlack('users.info', () => client.users.info({ user: userId }));
          const name =
            user?.profile?.real_name ||
            user?.profile?.display_name ||
            user?.real_name ||
            user?.name;
          names.set(userId, name?.slice(0, 200));
          remember(`${env.connectionId}:${userId}`, name?.slice(0, 200), now() + TTL_MS);
        } catch {
          // A rate limit or a missing scope (users:read): the next batch asks again.
        }
      }),
    );
  }
  return messages.map((m) => {
    const userId = m.from.name ? undefined : userIdOf(m.from.handle);
    const name = userId && names.get(userId);
    return name ? { ...m, from: { ...m.from, name } } : m;
  });
}

/** The user id of a `slack:<team>:<user>` handle of a person (U… or W…), not a bot. */
function userIdOf(handle: string): string | undefined {
  const id = handle.split(':')[2];
  return id && /^[UW][A-Z0-9]{2,}$/.test(id) ? id : undefined;
}

function remember(key: string, name: string | undefined, expires: number) {
  remembered.delete(key);
  // Oldest first in a Map: dropping the first key keeps the newest MAX_REMEMBERED.
  if (remembered.size >= MAX_REMEMBERED) remembered.delete(remembered.keys().next().value!);
  remembered.set(key, { name, expires });
}
