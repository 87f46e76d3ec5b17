// A reply into its Slack thread. The message carries our idempotency key as message metadata
// (event_type waymark_reply), so after a crash between "posted" and "recorded" the delivery can
// find the reply in the thread instead of posting it again.
import { ConnectorError, type ReplyTarget, type SentMessage } from '../connector.ts';
import { callSlack, createSlackClient, type SlackEnv } from './client.ts';
import { messageExternalId, parseThreadId, tsToIso } from './messages.ts';

export const REPLY_EVENT_TYPE = 'waymark_reply';

export async function sendSlackReply(
  env: SlackEnv,
  target: ReplyTarget,
  reply: { text: string; idempotencyKey: string },
): Promise<SentMessage> {
  const thread = parseThreadId(target.externalThreadId);
  if (!thread)
    throw new ConnectorError('The conversation is not a Slack thread', 'invalid_thread', false);
  // No retries inside the client: a retried post could appear twice; the queue retries instead.
  const client = createSlackClient(env, 'once');
  const result = await callSlack('chat.postMessage', () =>
    client.chat.postMessage({
      channel: thread.channel,
      thread_ts: thread.threadTs,
      text: reply.text,
      metadata: {
        event_type: REPLY_EVENT_TYPE,
        event_payload: { idempotencyKey: reply.idempotencyKey },
      },
    }),
  );
  if (!result.ts)
    throw new ConnectorError('Slack accepted the reply without a ts', 'missing_ts', false);
  const channel = result.channel ?? thread.channel;
  return {
    externalId: messageExternalId(channel, result.ts),
    sentAt: tsToIso(result.ts),
    headers: { channel, ts: result.ts, threadTs: thread.threadTs },
  };
}
