// A stored Events API delivery → messages. Message events only: a new message or thread reply,
// an edit (message_changed, keyed on the original ts) and a deletion (message_deleted). Events
// that are not a person's content (joins, topic changes, reactions) give nothing; an envelope
// that does not parse throws, which dead-letters it.
import type { InboundMessage } from '../../conversations/message.ts';
import type { SlackEnv } from './client.ts';
import { slackIdentity, type SlackIdentity } from './identity.ts';
import { withSlackUserNames } from './user-names.ts';
import { isContent, toInboundMessage, tsToIso, type MessageContext } from './messages.ts';
import {
  SlackEventCallbackSchema,
  SlackMessageEventSchema,
  type SlackEventCallback,
} from './schemas.ts';

export async function normalizeSlackEvent(
  env: SlackEnv,
  payload: unknown,
): Promise<InboundMessage[]> {
  return withSlackUserNames(env, await messagesOf(env, payload));
}

async function messagesOf(env: SlackEnv, payload: unknown): Promise<InboundMessage[]> {
  const envelope = SlackEventCallbackSchema.parse(payload);
  if (envelope.event.type !== 'message') return [];
  const event = SlackMessageEventSchema.parse(envelope.event);
  const context = async (): Promise<MessageContext> => ({
    channel: event.channel,
    teamId: envelope.team_id,
    identity: await identityFor(env, envelope),
  });

  switch (event.subtype) {
    case 'message_changed': {
      if (!event.message) throw new Error('A message_changed event without its message');
      // A thread parent deleted while replies remain becomes a tombstone.
      if (event.message.subtype === 'tombstone')
        return [
          toInboundMessage(event.message, await context(), {
            editedAt: tsToIso(event.ts),
            deleted: true,
          }),
        ];
      // Without `edited` nobody changed the words: Slack added an unfurl or thread counts.
      if (!isContent(event.message) || !event.message.edited) return [];
      const editedAt = tsToIso(event.message.edited.ts);
      return [toInboundMessage(event.message, await context(), { editedAt })];
    }
    case 'message_deleted': {
      if (!event.deleted_ts) throw new Error('A message_deleted event without deleted_ts');
      const original = event.previous_message ?? { ts: event.deleted_ts, text: '' };
      const message = { ...original, ts: event.deleted_ts };
      return [
        toInboundMessage(message, await context(), { editedAt: tsToIso(event.ts), deleted: true }),
      ];
    }
    default: {
      if (!isContent(event)) return [];
      return [toInboundMessage(event, await context())];
    }
  }
}

/**
 * Our bot, as the delivery names it (`authorizations`: the installation the event was sent
 * for), so normalizing a stored event needs no call to Slack; auth.test when it does not.
 */
async function identityFor(env: SlackEnv, envelope: SlackEventCallback): Promise<SlackIdentity> {
  const bot = envelope.authorizations?.find((a) => a.is_bot && a.team_id === envelope.team_id);
  if (bot)
    return {
      teamId: envelope.team_id,
      team: envelope.team_id,
      botUserId: bot.user_id,
      botName: bot.user_id,
    };
  return slackIdentity(env);
}
