// The inbox's filters, kept in the address (`?channel=telegram&unread=1&mine=1`) so a filtered
// inbox can be bookmarked and survives opening a conversation.
import type { Channel, ConversationFilter } from '../../gql/graphql.ts';

export const CHANNELS: readonly Channel[] = ['SLACK', 'TELEGRAM', 'EMAIL'];

export interface InboxFilters {
  channel: Channel | null;
  unreadOnly: boolean;
  mine: boolean;
}

export function parseInboxFilters(params: URLSearchParams): InboxFilters {
  const channel = params.get('channel')?.toUpperCase();
  return {
    channel: CHANNELS.find((c) => c === channel) ?? null,
    unreadOnly: params.get('unread') === '1',
    mine: params.get('mine') === '1',
  };
}

export function writeInboxFilters(params: URLSearchParams, filters: InboxFilters): URLSearchParams {
  const next = new URLSearchParams(params);
  const set = (name: string, value: string | null) =>
    value ? next.set(name, value) : next.delete(name);
  set('channel', filters.channel?.toLowerCase() ?? null);
  set('unread', filters.unreadOnly ? '1' : null);
  set('mine', filters.mine ? '1' : null);
  return next;
}

/** The API's filter; "assigned to me" needs to know who is signed in. */
export function toConversationFilter(
  filters: InboxFilters,
  meId: string | undefined,
): ConversationFilter {
  return {
    channel: filters.channel,
    unread: filters.unreadOnly ? true : null,
    assigneeId: filters.mine && meId ? meId : null,
  };
}
