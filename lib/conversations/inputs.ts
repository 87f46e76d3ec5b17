// What people may send the inbox: which conversations to list, and the changes they make to one
// (read marks, assignment, a linked identity, a reply).
import { z } from 'zod';
import { ChannelSchema } from './message.ts';

export const ConversationFilterInput = z
  .object({
    channel: ChannelSchema.nullish(),
    unread: z
      .boolean()
      .nullish()
      .describe('True: only conversations with an inbound message you have not read.'),
    assigneeId: z.uuid().nullish(),
    personId: z.uuid().nullish(),
    organizationId: z.uuid().nullish(),
    dealId: z.uuid().nullish().describe("Conversations with the deal's people."),
  })
  .meta({ id: 'ConversationFilter' });
export type ConversationFilter = z.output<typeof ConversationFilterInput>;

export const ListConversationsInput = z.object({
  workspaceId: z.uuid(),
  filter: ConversationFilterInput.nullish(),
});

export const MarkConversationReadInput = z.object({ conversationId: z.uuid() });

export const AssignConversationInput = z.object({
  conversationId: z.uuid(),
  assigneeId: z.uuid().nullable().describe('A member of the workspace; null unassigns.'),
});

export const LinkIdentityInput = z.object({
  workspaceId: z.uuid(),
  channel: ChannelSchema,
  handle: z
    .string()
    .trim()
    .min(1)
    .max(320)
    .describe(
      'As the channel names the sender: an email address, slack:<team>:<user>, telegram:<id>.',
    ),
  personId: z.uuid(),
});

export const MAX_REPLY_LENGTH = 40_000;

export const SendReplyInput = z.object({
  conversationId: z.uuid(),
  text: z
    .string()
    .trim()
    .min(1, { error: 'is required' })
    .max(MAX_REPLY_LENGTH, { error: `must be at most ${MAX_REPLY_LENGTH} characters` }),
});
