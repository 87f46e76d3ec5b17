// After a crash between "Slack accepted the reply" and "we recorded it", the delivery asks the
// thread whether a message carrying the reply's idempotency key is already there, instead of
// posting a second copy. send() puts the key in the message metadata for exactly this.
import type { ReplyTarget, SentMessage } from '../connector.ts';
import { callSlack, createSlackClient, type SlackEnv } from './client.ts';
import { messageExternalId, parseThreadId, tsToIso } from './messages.ts';
import { REPLY_EVENT_TYPE } from './send.ts';

interface MessageWithMetadata {
  ts?: string;
  metadata?: { event_type?: string; event_payload?: { idempotencyKey?: unknown } };
}

/** The reply already in the thread with this idempotency key, or undefined. */
export async function findSlackReply(
  env: SlackEnv,
  target: Pick<ReplyTarget, 'externalThreadId'>,
  idempotencyKey: string,
): Promise<SentMessage | undefined> {
  const thread = parseThreadId(target.externalThreadId);
  if (!thread) return undefined;
  const client = createSlackClient(env, 'patient');
  let cursor: string | undefined;
  do {
    const page = await callSlack('conversations.replies', () =>
      client.conversations.replies({
        channel: thread.channel,
        ts: thread.threadTs,
        include_all_metadata: true,
        limit: 200,
        ...(cursor ? { cursor } : {}),
      }),
    );
    for (const message of (page.messages ?? []) as MessageWithMetadata[]) {
      const metadata = message.metadata;
      if (
        message.ts &&
        metadata?.event_type === REPLY_EVENT_TYPE &&
        metadata.event_payload?.idempotencyKey === idempotencyKey
      )
        return {
          externalId: messageExternalId(thread.channel, message.ts),
          sentAt: tsToIso(message.ts),
          headers: { channel: thread.channel, ts: message.ts, threadTs: thread.threadTs },
        };
    }
    cursor = page.response_metadata?.next_cursor || undefined;
  } while (cursor);
  return undefined;
}
