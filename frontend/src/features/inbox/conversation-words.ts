// How a conversation and its people read in the inbox.
import type { Channel, ConversationSummaryFieldsFragment, ReplyStatus } from '../../gql/graphql.ts';

export const CHANNEL_LABELS: Readonly<Record<Channel, string>> = {
  SLACK: 'Slack',
  TELEGRAM: 'Telegram',
  EMAIL: 'Email',
};

/** Who the conversation is with: the matched person, else the first named participant or handle. */
export function counterpartName(
  conversation: Pick<ConversationSummaryFieldsFragment, 'person' | 'participants'>,
) {
  if (conversation.person) return conversation.person.name;
  const first = conversation.participants[0];
  return first ? participantName(first) : 'Unknown sender';
}

type NamedParticipant = {
  handle: string;
  name?: string | null;
  person?: { name: string } | null;
};

/** A list row's participant, a message's sender or an open conversation's linked participant. */
export function participantName(participant: NamedParticipant): string {
  return participant.person?.name ?? participant.name ?? displayHandle(participant.handle);
}

/**
 * Who sent one of our messages: the member's or bot's name when the channel gave one; Waymark's
 * stand-in (`waymark:<member's user id>`, for a reply the channel did not name a sender for)
 * reads as plain "Waymark".
 */
export function outboundSenderName(sender: NamedParticipant): string {
  const name = participantName(sender);
  return name === 'Waymark' ? name : `${name} (Waymark)`;
}

/**
 * `telegram:42` reads as "Telegram user 42", `slack:T1:U2` as "U2", Waymark's own
 * `waymark:<user id>` as "Waymark"; an email address as itself.
 */
export function displayHandle(handle: string): string {
  const [kind, ...rest] = handle.split(':');
  if (kind === 'waymark') return 'Waymark';
  if (kind === 'telegram' && rest.length > 0) return `Telegram user ${rest.join(':')}`;
  if (kind === 'slack' && rest.length > 0) return rest.at(-1) ?? handle;
  return handle;
}

export const REPLY_STATUS_LABELS: Readonly<Record<ReplyStatus, string>> = {
  QUEUED: 'Queued',
  SENDING: 'Sending',
  SENT: 'Sent',
  FAILED: 'Failed',
  UNKNOWN: 'Unknown',
};

export const REPLY_STATUS_COLORS: Readonly<Record<ReplyStatus, string>> = {
  QUEUED: 'gray',
  SENDING: 'blue',
  SENT: 'green',
  FAILED: 'red',
  UNKNOWN: 'orange',
};

/** 14:05 today, "Tue 14:05" this week, else "3 Dec". */
export function formatMessageTime(iso: string, now = new Date()): string {
  const date = new Date(iso);
  const sameDay = date.toDateString() === now.toDateString();
  if (sameDay) return date.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
  const days = (now.getTime() - date.getTime()) / 86_400_000;
  if (days < 6 && days > 0) {
    return date.toLocaleString(undefined, { weekday: 'short', hour: '2-digit', minute: '2-digit' });
  }
  return date.toLocaleDateString(undefined, { day: 'numeric', month: 'short' });
}

/** 1536 bytes as "1.5 KB". */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1).replace(/\.0$/, '')} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
}
