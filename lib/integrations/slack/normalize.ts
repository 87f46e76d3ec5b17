// A stored Events API delivery → messages. Message events only: a new message or thread reply,
// an edit (message_changed, keyed on the original ts) and a deletion (message_deleted). Events
// that are not a person's content (joins, topic changes, reactions) give nothing; an envelope
// that does not parse throws, which dead-letters it.
import type { InboundMessage } from '../../conversations/message.ts';
import type { SlackEnv } from './client.ts';
import { slackIdentity } from './identity.ts';
import { isContent, toInboundMessage, tsToIso, type MessageContext } from './messages.ts';
import { SlackEventCallbackSchema, SlackMessageEventSchema } from './schemas.ts';

export async function normalizeSlackEvent(
  env: SlackEnv,
  payload: unknown,
): Promise<InboundMessage[]> {
  const envelope = SlackEventCallbackSchema.parse(payload);
  if (envelope.event.type !== 'message') return [];
  const event = SlackMessageEventSchema.parse(envelope.event);
  const context = (identity: MessageContext['identity']): MessageContext => ({
    channel: event.channel,
    teamId: envelope.team_id,
    identity,
  });

  switch (event.subtype) {
    case 'message_changed': {
      if (!event.message) throw new Error('A message_changed event without its message');
      const identity = await slackIdentity(env);
      // A thread parent deleted while replies remain becomes a tombstone.
      if (event.message.subtype === 'tombstone')
        return [
          toInboundMessage(event.message, context(identity), {
            editedAt: tsToIso(event.ts),
            deleted: true,
          }),
        ];
      if (!isContent(event.message)) return [];
      const editedAt = tsToIso(event.message.edited?.ts ?? event.ts);
      return [toInboundMessage(event.message, context(identity), { editedAt })];
    }
    case 'message_deleted': {
      if (!event.deleted_ts) throw new Error('A message_deleted event without deleted_ts');
      const identity = await slackIdentity(env);
      const original = event.previous_message ?? { ts: event.deleted_ts, text: '' };
      const message = { ...original, ts: event.deleted_ts };
      return [
        toInboundMessage(message, context(identity), {
          editedAt: tsToIso(event.ts),
          deleted: true,
        }),
      ];
    }
    default: {
      if (!isContent(event)) return [];
      const identity = await slackIdentity(env);
      return [toInboundMessage(event, context(identity))];
    }
  }
}
