// Events of the connectors and conversations (issue 13): what came in, what is to be pulled, and
// what is to be sent.
import { z } from 'zod';

export const connectorEvents = {
  /** A verified webhook item was stored; ingestion turns it into messages. */
  'connector/webhook.received': z.object({
    workspaceId: z.uuid(),
    connectionId: z.uuid(),
    deliveryId: z.uuid(),
  }),
  /** Pull a connection now (its schedule came due, or an admin pressed "Sync now"). */
  'connector/sync.requested': z.object({
    workspaceId: z.uuid(),
    connectionId: z.uuid(),
    reason: z.enum(['schedule', 'manual', 'created', 'replay']),
  }),
  /** A new message was stored in a conversation (once per message, whichever path brought it). */
  'connector/message.received': z.object({
    workspaceId: z.uuid(),
    connectionId: z.uuid(),
    conversationId: z.uuid(),
    messageId: z.uuid(),
    direction: z.enum(['inbound', 'outbound']),
    personId: z.uuid().nullable(),
    /** When the channel says it was sent (a backfilled message is older than its event). */
    sentAt: z.iso.datetime({ offset: true }),
    /** How many of its attachments have a file to fetch (store-attachments runs when > 0). */
    attachments: z.number().int().nonnegative().optional(),
  }),
  /** sendReply queued an outbound message; delivery sends it once. */
  'conversation/reply.queued': z.object({
    workspaceId: z.uuid(),
    conversationId: z.uuid(),
    outboundId: z.uuid(),
  }),
} as const;
