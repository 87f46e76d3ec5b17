// A Slack message, from an event or from a history page, in Waymark's one message shape. Ids:
// a message is `<channel>:<ts>` and its thread `<channel>:<thread_ts or ts>` (a reply names its
// parent's ts), so a thread is one conversation whichever path brought its messages.
import type { InboundMessage } from '../../conversations/message.ts';
import type { SlackIdentity } from './identity.ts';
import type { SlackMessage } from './schemas.ts';

/** Subtypes that carry what a person (or a bot) wrote; the rest (joins, topics, pins) are not content. */
const CONTENT_SUBTYPES = new Set([
  undefined,
  'bot_message',
  'thread_broadcast',
  'file_share',
  'me_message',
]);

export function isContent(message: SlackMessage): boolean {
  return CONTENT_SUBTYPES.has(message.subtype);
}

/** `1712345678.000100` → the ISO instant (to the millisecond). */
export function tsToIso(ts: string): string {
  const [seconds = '0', micros = '0'] = ts.split('.');
  return new Date(
    Number(seconds) * 1000 + Math.floor(Number(micros.padEnd(6, '0')) / 1000),
  ).toISOString();
}

export function messageExternalId(channel: string, ts: string): string {
  return `${channel}:${ts}`;
}

/** The channel and thread ts a reply goes into, from a conversation's externalThreadId. */
export function parseThreadId(
  externalThreadId: string,
): { channel: string; threadTs: string } | undefined {
  const match = /^([A-Z0-9]{2,30}):(\d{1,12}\.\d{1,6})$/.exec(externalThreadId);
  return match ? { channel: match[1]!, threadTs: match[2]! } : undefined;
}

export interface MessageContext {
  channel: string;
  /** The workspace the event or the pull came from; a user's own team wins (Slack Connect). */
  teamId: string;
  identity: SlackIdentity;
}

export function isFromOurBot(message: SlackMessage, identity: SlackIdentity): boolean {
  if (message.user && message.user === identity.botUserId) return true;
  return Boolean(message.bot_id && identity.botId && message.bot_id === identity.botId);
}

function senderOf(message: SlackMessage, context: MessageContext): InboundMessage['from'] {
  const userTeam = typeof message.user_team === 'string' ? message.user_team : undefined;
  const team = userTeam ?? message.team ?? context.teamId;
  const id = message.user ?? message.bot_id ?? 'unknown';
  const name =
    message.user_profile?.real_name ||
    message.user_profile?.display_name ||
    message.bot_profile?.name ||
    message.username;
  return { handle: `slack:${team}:${id}`, ...(name ? { name: name.slice(0, 200) } : {}) };
}

export function toInboundMessage(
  message: SlackMessage,
  context: MessageContext,
  change: { editedAt?: string; deleted?: boolean } = {},
): InboundMessage {
  const threadTs = message.thread_ts ?? message.ts;
  return {
    externalId: messageExternalId(context.channel, message.ts),
    externalThreadId: messageExternalId(context.channel, threadTs),
    direction: isFromOurBot(message, context.identity) ? 'outbound' : 'inbound',
    from: senderOf(message, context),
    to: [],
    sentAt: tsToIso(message.ts),
    text: change.deleted ? '' : message.text,
    attachments: change.deleted
      ? []
      : (message.files ?? []).map((file) => ({
          name: (file.name ?? file.title ?? 'file').slice(0, 255),
          mime: (file.mimetype ?? 'application/octet-stream').slice(0, 255),
          size: file.size ?? 0,
          ...(file.url_private ? { source: file.url_private.slice(0, 2000) } : {}),
        })),
    headers: { channel: context.channel, ts: message.ts, threadTs },
    ...(change.editedAt ? { editedAt: change.editedAt } : {}),
    ...(change.deleted ? { deleted: true } : {}),
  };
}
