// GraphQL for the inbox: conversations across channels with their messages, participants and
// replies; the mutations people make on them; and live updates.
import { z } from 'zod';
import { OrganizationRef } from '../crm/organizations/schema.ts';
import { PersonRef } from '../crm/people/schema.ts';
import { builder } from '../graphql/builder.ts';
import { connectionNames, keysetConnection } from '../graphql/connections.ts';
import type { Tx } from '../db/port.ts';
import { type GraphqlContext, serviceContext } from '../graphql/context.ts';
import { defineMutations } from '../graphql/mutations.ts';
import { bindZodSchema, zodInput } from '../graphql/zod-input.ts';
import { ConversationFilterInput } from './inputs.ts';
import { subscribeToConversationUpdates } from './live.ts';
import { type Attachment, ChannelSchema } from './message.ts';
import {
  assignConversation,
  type Conversation,
  conversationCursor,
  conversationRefusal,
  countConversations,
  findConversation,
  type Identity,
  linkIdentity,
  listConversations,
  listMessages,
  loadConversations,
  loadParticipants,
  loadPendingReplies,
  markConversationRead,
  type Message,
  messageCursor,
  type Participant,
  type Reply,
  sendReply,
} from './service.ts';

export const ChannelEnum = builder.enumType('Channel', {
  values: {
    SLACK: { value: 'slack' },
    TELEGRAM: { value: 'telegram' },
    EMAIL: { value: 'email' },
  } as const,
});
bindZodSchema(ChannelSchema, ChannelEnum);

export const MessageDirectionEnum = builder.enumType('MessageDirection', {
  values: { INBOUND: { value: 'inbound' }, OUTBOUND: { value: 'outbound' } } as const,
});

const ReplyStatusEnum = builder.enumType('ReplyStatus', {
  description:
    'QUEUED: waiting to be sent. SENDING: being sent. SENT: delivered to the channel. FAILED: ' +
    'the channel refused it (see error). UNKNOWN: interrupted while sending: check the channel ' +
    'before sending again.',
  values: {
    QUEUED: { value: 'queued' },
    SENDING: { value: 'sending' },
    SENT: { value: 'sent' },
    FAILED: { value: 'failed' },
    UNKNOWN: { value: 'unknown' },
  } as const,
});

const ParticipantRef = builder
  .objectRef<Pick<Participant, 'handle' | 'name' | 'personId'>>('Participant')
  .implement({
    description: 'Someone in a conversation, as the channel names them, and who they are.',
    fields: (t) => ({
      handle: t.exposeString('handle', {
        description: 'An email address, slack:<team>:<user> or telegram:<user id>.',
      }),
      name: t.exposeString('name', { nullable: true }),
      person: t.field({
        type: PersonRef,
        nullable: true,
        description: 'The person the handle is matched to; null while unknown.',
        resolve: (p) => p.personId,
      }),
    }),
  });

/** How long an attachment's download link works. */
const ATTACHMENT_URL_TTL_SECONDS = 5 * 60;

const AttachmentRef = builder.objectRef<Attachment>('Attachment').implement({
  fields: (t) => ({
    name: t.exposeString('name'),
    mime: t.exposeString('mime'),
    size: t.exposeInt('size', { description: 'Bytes.' }),
    stored: t.boolean({
      description: 'The file is in Waymark’s storage (fetched from the channel).',
      resolve: (a) => Boolean(a.storageKey),
    }),
    url: t.string({
      nullable: true,
      description:
        'A download link that works for five minutes; null until the file is stored. Ask again for a fresh one.',
      // Signed only for an attachment of a message the caller has read: messages are read in the
      // request's RLS transaction as the caller, so no message they may not read (another
      // workspace's, a private connection's) ever reaches this resolver. That is the whole check.
      resolve: async (a, _args, ctx) => {
        if (!a.storageKey || !ctx.integrations.storage) return null;
        try {
          return await ctx.integrations.storage.signedUrl(
            a.storageKey,
            ATTACHMENT_URL_TTL_SECONDS,
            {
              fileName: a.name,
            },
          );
        } catch (error) {
          // A storage outage costs the link, not the conversation.
          console.warn(`No link for an attachment: ${(error as Error).message}`);
          return null;
        }
      },
    }),
  }),
});

const MessageRef = builder.objectRef<Message>('Message').implement({
  description: 'One message of a conversation, in or out, in the same shape on every channel.',
  fields: (t) => ({
    id: t.exposeID('id'),
    direction: t.field({ type: MessageDirectionEnum, resolve: (m) => m.direction }),
    sender: t.field({
      type: ParticipantRef,
      resolve: (m) => ({ handle: m.senderHandle, name: m.senderName, personId: m.senderPersonId }),
    }),
    text: t.exposeString('text'),
    html: t.exposeString('html', { nullable: true }),
    sentAt: t.expose('sentAt', { type: 'DateTime' }),
    attachments: t.field({ type: [AttachmentRef], resolve: (m) => m.attachments }),
    editedAt: t.expose('editedAt', { type: 'DateTime', nullable: true }),
    deleted: t.exposeBoolean('deleted'),
  }),
});

export const ReplyRef = builder.objectRef<Reply>('Reply').implement({
  description: 'A reply on its way out through the conversation’s channel.',
  fields: (t) => ({
    id: t.exposeID('id'),
    text: t.exposeString('text'),
    status: t.field({ type: ReplyStatusEnum, resolve: (r) => r.status }),
    error: t.exposeString('error', {
      nullable: true,
      description: 'What the channel answered when it failed.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    sentAt: t.expose('sentAt', { type: 'DateTime', nullable: true }),
  }),
});

export const ConversationRef = builder.loadableObjectRef<Conversation, string>('Conversation', {
  load: (ids: string[], ctx) => loadConversations(serviceContext(ctx), ids),
  sort: (c) => c.id,
});

ConversationRef.implement({
  description:
    'A thread with a contact on one channel (a Slack thread, an email thread, a Telegram chat).',
  fields: (t) => ({
    id: t.exposeID('id'),
    workspaceId: t.exposeID('workspaceId'),
    channel: t.field({ type: ChannelEnum, resolve: (c) => c.channel }),
    connectionId: t.exposeID('connectionId'),
    subject: t.exposeString('subject', { nullable: true }),
    person: t.field({
      type: PersonRef,
      nullable: true,
      description: 'The contact, once a participant is matched to a person.',
      resolve: (c) => c.personId,
    }),
    organization: t.field({
      type: OrganizationRef,
      nullable: true,
      resolve: (c) => c.organizationId,
    }),
    assigneeId: t.exposeID('assigneeId', { nullable: true }),
    status: t.exposeString('status', { description: 'open or closed.' }),
    unread: t.exposeBoolean('unread', {
      description: 'An inbound message arrived after you last read it.',
    }),
    lastMessageAt: t.expose('lastMessageAt', { type: 'DateTime' }),
    preview: t.exposeString('preview', { description: 'The latest message, 140 characters.' }),
    messageCount: t.exposeInt('messageCount'),
    participants: t.loadableGroup({
      type: ParticipantRef,
      load: (ids: string[], ctx) => loadParticipants(serviceContext(ctx), ids),
      // Batched, not cached: a subscription's context lives across events that change them.
      loaderOptions: { cache: false },
      group: (p) => (p as Participant).conversationId,
      resolve: (c) => c.id,
    }),
    messages: t.connection(
      {
        type: MessageRef,
        description: 'Oldest first.',
        resolve: (c, args, ctx) =>
          keysetConnection<Message>(ctx, args, messageCursor, (scope, page) =>
            listMessages(scope, c.id, page),
          ),
      },
      ...connectionNames('Message', false),
    ),
    replies: t.loadableGroup({
      type: ReplyRef,
      description: 'Replies not yet stored as messages (queued, failed…), oldest first.',
      load: (ids: string[], ctx) => loadPendingReplies(serviceContext(ctx), ids),
      loaderOptions: { cache: false },
      group: (r) => r.conversationId,
      resolve: (c) => c.id,
    }),
  }),
});

const ConversationFilterRef = zodInput('ConversationFilter', ConversationFilterInput);

builder.queryField('conversations', (t) =>
  t.connection(
    {
      type: ConversationRef,
      description:
        "A workspace's conversations you may read, across channels, newest first. Empty for a " +
        'workspace that is not yours.',
      args: {
        workspaceId: t.arg.id({ required: true, validate: z.uuid() }),
        filter: t.arg({ type: ConversationFilterRef }),
      },
      resolve: (_root, args, ctx) => {
        const list = { workspaceId: String(args.workspaceId), filter: args.filter };
        return keysetConnection<Conversation>(
          ctx,
          args,
          conversationCursor,
          (scope, page) => listConversations(scope, list, page),
          (scope) => countConversations(scope, list),
        ) as never;
      },
    },
    ...connectionNames('Conversation'),
  ),
);

builder.queryField('conversation', (t) =>
  t.field({
    type: ConversationRef,
    nullable: true,
    description: 'Null for a conversation that does not exist or is not yours to read.',
    args: { id: t.arg.id({ required: true, validate: z.uuid() }) },
    resolve: async (_root, args, ctx) =>
      (await findConversation(serviceContext(ctx), String(args.id))) ?? null,
  }),
);

const IdentityRef = builder.objectRef<Identity>('Identity').implement({
  description: "A person's handle on a channel.",
  fields: (t) => ({
    id: t.exposeID('id'),
    workspaceId: t.exposeID('workspaceId'),
    channel: t.field({ type: ChannelEnum, resolve: (i) => i.channel }),
    handle: t.exposeString('handle'),
    person: t.field({ type: PersonRef, resolve: (i) => i.personId }),
  }),
});

const family = { refusal: conversationRefusal };
defineMutations(
  ConversationRef,
  'conversation',
  { markConversationRead, assignConversation },
  family,
);
defineMutations(ReplyRef, 'reply', { sendReply }, family);
defineMutations(IdentityRef, 'identity', { linkIdentity }, family);

builder.subscriptionField('conversationUpdated', (t) =>
  t.field({
    type: ConversationRef,
    description:
      'Conversations of the workspace as they change: a message arrived, a reply was queued or its status changed, it was assigned.',
    args: { workspaceId: t.arg.id({ required: true, validate: z.uuid() }) },
    subscribe: (_root, args, ctx) => conversationsAsTheyChange(ctx, String(args.workspaceId)),
    resolve: (conversation: Conversation) => conversation,
  }),
);

/**
 * Each update read back as the subscriber (RLS leaves out what they may not read). A
 * subscription has no request transaction, so its fields (participants, replies, people, loaded
 * through ctx.tx) each run in a short transaction of their own: none stays open while it waits.
 */
async function* conversationsAsTheyChange(
  ctx: GraphqlContext,
  workspaceId: string,
): AsyncGenerator<Conversation> {
  const { db, claims } = ctx;
  const statementTx: Tx = {
    query: (text, params) => db.asUser(claims, (tx) => tx.query(text, params)),
    savepoint: (fn) => db.asUser(claims, fn),
  };
  ctx.tx = statementTx;
  const updates = await subscribeToConversationUpdates(db, workspaceId);
  for await (const update of updates) {
    const conversation = await findConversation(
      { tx: statementTx, userId: ctx.user.id },
      update.conversationId,
    );
    if (conversation) yield conversation;
  }
}
