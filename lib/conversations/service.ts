// The inbox, as the signed-in person works it: conversations and their messages as RLS lets them
// see them, read marks, assignment, linking a sender to a person, and replies (queued here,
// delivered by inngest/functions/deliver-reply.ts through replies/delivery.ts).
import { randomUUID } from 'node:crypto';
import { emitEvent } from '../automation/outbox.ts';
import { decodeSortedCursor, encodeSortedCursor } from '../crm/records/keyset.ts';
import { loadPeople } from '../crm/people/service.ts';
import type { ServiceContext } from '../db/service-context.ts';
import { NotFoundError, parseInput, ValidationError } from '../errors/app-errors.ts';
import type { PageWindow } from '../graphql/connections.ts';
import { defineOperation } from '../services/operation.ts';
import type { Refusal } from '../services/run-operation.ts';
import { ForbiddenError } from '../errors/app-errors.ts';
import { isMember, refusalFor } from '../workspaces/service.ts';
import {
  AssignConversationInput,
  LinkIdentityInput,
  ListConversationsInput,
  MarkConversationReadInput,
  SendReplyInput,
} from './inputs.ts';
import { notifyConversationUpdated } from './live.ts';
import { MAX_TEXT_LENGTH } from './message.ts';
import * as sql from './sql.ts';

export type { Conversation, Message, Participant, Reply } from './sql.ts';

function keysetPage(sort: typeof sql.CONVERSATIONS_SORT, page: PageWindow) {
  return {
    after: page.after ? decodeSortedCursor(sort, page.after, 'after') : undefined,
    before: page.before ? decodeSortedCursor(sort, page.before, 'before') : undefined,
    inverted: page.inverted,
  };
}

/** One page of a workspace's conversations, newest first; empty for a workspace not yours. */
export function listConversations(
  ctx: ServiceContext,
  args: unknown,
  page: PageWindow,
): Promise<sql.Conversation[]> {
  const { workspaceId, filter } = parseInput(ListConversationsInput, args, []);
  return sql.selectConversationsPage(ctx.tx, {
    userId: ctx.userId,
    workspaceId,
    filter,
    page: keysetPage(sql.CONVERSATIONS_SORT, page),
    limit: page.limit,
  });
}

export function countConversations(ctx: ServiceContext, args: unknown): Promise<number> {
  const { workspaceId, filter } = parseInput(ListConversationsInput, args, []);
  return sql.countConversations(ctx.tx, { userId: ctx.userId, workspaceId, filter });
}

export const conversationCursor = (c: sql.Conversation) =>
  encodeSortedCursor(sql.CONVERSATIONS_SORT, c.sortKey, c.id);
export const messageCursor = (m: sql.Message) =>
  encodeSortedCursor(sql.MESSAGES_SORT, m.sortKey, m.id);

export function loadConversations(
  ctx: ServiceContext,
  ids: readonly string[],
): Promise<sql.Conversation[]> {
  return sql.selectConversations(ctx.tx, ctx.userId, ids);
}

/** The conversation if the caller may read it; undefined otherwise (as for a random id). */
export async function findConversation(
  ctx: ServiceContext,
  id: string,
): Promise<sql.Conversation | undefined> {
  return (await loadConversations(ctx, [id]))[0];
}

async function conversationOrNotFound(ctx: ServiceContext, id: string) {
  const conversation = await findConversation(ctx, id);
  if (!conversation) throw new NotFoundError('Conversation');
  return conversation;
}

/** A page of a conversation's messages, oldest first. */
export function listMessages(
  ctx: ServiceContext,
  conversationId: string,
  page: PageWindow,
): Promise<sql.Message[]> {
  return sql.selectMessagesPage(ctx.tx, {
    conversationId,
    page: keysetPage(sql.MESSAGES_SORT, page),
    limit: page.limit,
  });
}

export function loadParticipants(
  ctx: ServiceContext,
  conversationIds: readonly string[],
): Promise<sql.Participant[]> {
  return sql.selectParticipants(ctx.tx, conversationIds);
}

export function loadPendingReplies(
  ctx: ServiceContext,
  conversationIds: readonly string[],
): Promise<sql.Reply[]> {
  return sql.selectPendingReplies(ctx.tx, conversationIds);
}

/**
 * Why a write was refused: NotFound when the caller cannot read the conversation (or the
 * workspace), Forbidden when they can but their role may not change it.
 */
export const conversationRefusal: Refusal = async (ctx, refused) => {
  const input = (refused.input ?? {}) as { conversationId?: string; workspaceId?: string };
  if (input.conversationId) {
    return (await findConversation(ctx, input.conversationId))
      ? new ForbiddenError('Your role in this workspace cannot make this change')
      : new NotFoundError('Conversation');
  }
  if (input.workspaceId) return refusalFor(ctx, input.workspaceId);
  return new ForbiddenError('Your role in this workspace cannot make this change');
};

/** The caller has read everything in the conversation up to now. */
export const markConversationRead = defineOperation(
  MarkConversationReadInput,
  async (ctx, { conversationId }) => {
    await conversationOrNotFound(ctx, conversationId);
    await sql.upsertReadMark(ctx.tx, ctx.userId, conversationId);
    return conversationOrNotFound(ctx, conversationId);
  },
);

/** Gives the conversation to a member of its workspace (null: to nobody). */
export const assignConversation = defineOperation(
  AssignConversationInput,
  async (ctx, { conversationId, assigneeId }) => {
    const conversation = await conversationOrNotFound(ctx, conversationId);
    if (assigneeId && !(await isMember(ctx, conversation.workspaceId, assigneeId))) {
      throw ValidationError.forField(['input', 'assigneeId'], 'is not a member of this workspace');
    }
    if (!(await sql.updateAssignee(ctx.tx, conversationId, assigneeId))) {
      throw new ForbiddenError('Your role in this workspace cannot make this change');
    }
    await notifyConversationUpdated(ctx.tx, conversation.workspaceId, conversationId);
    return conversationOrNotFound(ctx, conversationId);
  },
);

export interface Identity {
  id: string;
  workspaceId: string;
  channel: sql.Conversation['channel'];
  handle: string;
  personId: string;
}

/**
 * This handle is this person: their past messages, participants and conversations in the
 * workspace are matched to them, and future messages from the handle are too.
 */
export const linkIdentity = defineOperation(LinkIdentityInput, async (ctx, input) => {
  // Handles are matched normalized: an email address in lower case.
  const handle = input.channel === 'email' ? input.handle.toLowerCase() : input.handle;
  const [person] = await loadPeople(ctx, [input.personId]);
  if (!person || person.workspaceId !== input.workspaceId) {
    throw ValidationError.forField(['input', 'personId'], 'is not a person in this workspace');
  }
  const id = await sql.linkIdentity(ctx.tx, {
    workspaceId: input.workspaceId,
    channel: input.channel,
    handle,
    personId: person.id,
    organizationId: person.organizationId ?? null,
  });
  return {
    id,
    workspaceId: input.workspaceId,
    channel: input.channel,
    handle,
    personId: person.id,
  };
});

/**
 * Queues a reply into the conversation's thread: delivery sends it once, through the channel it
 * came from (conversation/reply.queued is emitted in the same transaction).
 */
export const sendReply = defineOperation(SendReplyInput, async (ctx, { conversationId, text }) => {
  const conversation = await conversationOrNotFound(ctx, conversationId);
  const limit = MAX_TEXT_LENGTH[conversation.channel];
  if (text.length > limit) {
    throw ValidationError.forField(
      ['text'],
      `must be at most ${limit} characters on ${conversation.channel} (this reply has ${text.length})`,
    );
  }
  // RLS refuses a viewer's insert (42501): the refusal answers Forbidden, the conversation being visible.
  const reply = await sql.insertReply(ctx.tx, {
    workspaceId: conversation.workspaceId,
    conversationId,
    text,
    idempotencyKey: randomUUID(),
  });
  await emitEvent(
    ctx.tx,
    { workspaceId: conversation.workspaceId, userId: ctx.userId },
    'conversation/reply.queued',
    { workspaceId: conversation.workspaceId, conversationId, outboundId: reply.id },
  );
  await notifyConversationUpdated(ctx.tx, conversation.workspaceId, conversationId);
  return reply;
});
