// A reply into a Telegram chat (and forum topic), quoting the message it answers. Telegram has
// no idempotency key: reply delivery's own records keep a reply from being sent twice, so a
// failure here is thrown as it is, with whether trying again can help (429 and 5xx can).
import { ConnectorError, type ReplyTarget, type SentMessage } from '../connector.ts';
import { botApi, callBotApi, type TelegramEnv } from './bot-api.ts';

/** The chat and topic of a thread id `<chat_id>` or `<chat_id>:<message_thread_id>`. */
export function parseThreadId(externalThreadId: string): { chatId: number; topicId?: number } {
  const match = /^(-?\d{1,20})(?::(\d{1,20}))?$/.exec(externalThreadId);
  if (!match) {
    throw new ConnectorError(
      'Not a Telegram chat: the conversation has no chat id',
      'bad_thread',
      false,
    );
  }
  return { chatId: Number(match[1]), ...(match[2] ? { topicId: Number(match[2]) } : {}) };
}

export async function sendReply(
  env: TelegramEnv,
  target: ReplyTarget,
  reply: { text: string },
): Promise<SentMessage> {
  const { chatId, topicId } = parseThreadId(target.externalThreadId);
  const replyTo = Number(target.replyTo?.headers.message_id);
  const api = botApi(env);
  const sent = await callBotApi(
    env,
    'sendMessage',
    (signal) =>
      api.sendMessage(
        chatId,
        reply.text,
        {
          ...(topicId !== undefined ? { message_thread_id: topicId } : {}),
          // Still sent when the quoted message was deleted meanwhile.
          ...(Number.isSafeInteger(replyTo) && replyTo > 0
            ? { reply_parameters: { message_id: replyTo, allow_sending_without_reply: true } }
            : {}),
        },
        signal,
      ),
    // Reply delivery retries with backoff, honouring retryAfterSeconds; waiting here would hold it.
    { waitOutRateLimits: false },
  );
  const sentChatId = String(sent.chat.id);
  return {
    externalId: `${sentChatId}:${sent.message_id}`,
    sentAt: new Date(sent.date * 1000).toISOString(),
    headers: { message_id: String(sent.message_id), chat_id: sentChatId },
  };
}
