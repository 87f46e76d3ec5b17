// The inbox's statements: conversations as the caller sees them (RLS decides which), their
// messages, participants and replies, and the writes users make (read marks, assignment, replies).
import type { SqlParam, Tx } from '../db/port.ts';
import { type KeysetPage, keysetClauses, type SortSpec } from '../crm/records/keyset.ts';
import type { Attachment, Channel } from './message.ts';
import type { ConversationFilter } from './inputs.ts';

export type Conversation = {
  id: string;
  workspaceId: string;
  connectionId: string;
  channel: Channel;
  subject: string | null;
  personId: string | null;
  organizationId: string | null;
  assigneeId: string | null;
  status: 'open' | 'closed';
  messageCount: number;
  lastMessageAt: Date;
  lastInboundAt: Date | null;
  unread: boolean;
  preview: string;
  /** last_message_at as Postgres prints it (microseconds kept), for the cursor. */
  sortKey: string;
};

export type Message = {
  id: string;
  conversationId: string;
  direction: 'inbound' | 'outbound';
  senderHandle: string;
  senderName: string | null;
  senderPersonId: string | null;
  text: string;
  html: string | null;
  sentAt: Date;
  attachments: Attachment[];
  editedAt: Date | null;
  deleted: boolean;
  sortKey: string;
};

export type Participant = {
  conversationId: string;
  handle: string;
  name: string | null;
  personId: string | null;
};

export type Reply = {
  id: string;
  workspaceId: string;
  conversationId: string;
  text: string;
  status: 'queued' | 'sending' | 'sent' | 'failed' | 'unknown';
  error: string | null;
  createdAt: Date;
  sentAt: Date | null;
};

/** The inbox: newest conversation first, ties by id. */
export const CONVERSATIONS_SORT: SortSpec = {
  name: 'CONVERSATIONS',
  expression: 'c.last_message_at',
  cast: 'timestamptz',
  direction: 'desc',
  idColumn: 'c.id',
};

/** A conversation's messages: oldest first, ties by id. */
export const MESSAGES_SORT: SortSpec = {
  name: 'MESSAGES',
  expression: 'm.sent_at',
  cast: 'timestamptz',
  direction: 'asc',
  idColumn: 'm.id',
};

/** Unread for the caller ($1): an inbound message after their read mark, or no mark at all. */
const CONVERSATION_COLUMNS = `c.id, c.workspace_id as "workspaceId", c.connection_id as "connectionId",
  c.channel, c.subject, c.person_id as "personId", c.organization_id as "organizationId",
  c.assignee_id as "assigneeId", c.status, c.message_count as "messageCount",
  c.last_message_at as "lastMessageAt", c.last_inbound_at as "lastInboundAt",
  coalesce(c.last_inbound_at > (select r.read_at from conversations.reads r
                                 where r.conversation_id = c.id and r.user_id = $1::uuid),
           c.last_inbound_at is not null) as unread,
  coalesce((select left(m.text, 140) from conversations.messages m
             where m.conversation_id = c.id and m.deleted_at is null
             order by m.sent_at desc, m.id desc limit 1), '') as preview,
  c.last_message_at::text as "sortKey"`;

/** The filter's conditions, pushing their parameters (params starts with the caller's id). */
function filterConditions(
  workspaceId: string,
  filter: ConversationFilter | null | undefined,
  params: SqlParam[],
): string[] {
  params.push(workspaceId);
  const conditions = [`c.workspace_id = $${params.length}::uuid`];
  const equal = (column: string, value: string | null | undefined) => {
    if (value == null) return;
    params.push(value);
    conditions.push(`${column} = $${params.length}`);
  };
  equal('c.channel', filter?.channel);
  equal('c.assignee_id', filter?.assigneeId);
  equal('c.person_id', filter?.personId);
  equal('c.organization_id', filter?.organizationId);
  if (filter?.dealId) {
    params.push(filter.dealId);
    conditions.push(
      `c.person_id in (select dc.person_id from crm.deal_contacts dc where dc.deal_id = $${params.length}::uuid)`,
    );
  }
  if (filter?.unread != null) {
    const unread = `coalesce(c.last_inbound_at > (select r.read_at from conversations.reads r
        where r.conversation_id = c.id and r.user_id = $1::uuid), c.last_inbound_at is not null)`;
    conditions.push(filter.unread ? unread : `not ${unread}`);
  }
  return conditions;
}

export function selectConversationsPage(
  tx: Tx,
  q: {
    userId: string;
    workspaceId: string;
    filter: ConversationFilter | null | undefined;
    page: KeysetPage;
    limit: number;
  },
): Promise<Conversation[]> {
  const params: SqlParam[] = [q.userId];
  const conditions = filterConditions(q.workspaceId, q.filter, params);
  const keyset = keysetClauses(CONVERSATIONS_SORT, q.page, params);
  params.push(q.limit);
  return tx.query<Conversation>(
    `select ${CONVERSATION_COLUMNS} from conversations.conversations c
      where ${[...conditions, ...keyset.conditions].join(' and ')}
      ${keyset.orderBy} limit $${params.length}`,
    params,
  );
}

export async function countConversations(
  tx: Tx,
  q: { userId: string; workspaceId: string; filter: ConversationFilter | null | undefined },
): Promise<number> {
  const params: SqlParam[] = [q.userId];
  const conditions = filterConditions(q.workspaceId, q.filter, params);
  const [row] = await tx.query<{ count: number }>(
    `select count(*)::int as count from conversations.conversations c
      where ${conditions.join(' and ')} and $1::uuid is not null`,
    params,
  );
  return row?.count ?? 0;
}

export function selectConversations(
  tx: Tx,
  userId: string,
  ids: readonly string[],
): Promise<Conversation[]> {
  return tx.query<Conversation>(
    `select ${CONVERSATION_COLUMNS} from conversations.conversations c
      where c.id = any($2::uuid[])`,
    [userId, `{${ids.join(',')}}`],
  );
}

const MESSAGE_COLUMNS = `m.id, m.conversation_id as "conversationId", m.direction,
  m.sender_handle as "senderHandle", m.sender_name as "senderName",
  m.sender_person_id as "senderPersonId", m.text, m.html, m.sent_at as "sentAt", m.attachments,
  m.edited_at as "editedAt", m.deleted_at is not null as deleted, m.sent_at::text as "sortKey"`;

export function selectMessagesPage(
  tx: Tx,
  q: { conversationId: string; page: KeysetPage; limit: number },
): Promise<Message[]> {
  const params: SqlParam[] = [q.conversationId];
  const keyset = keysetClauses(MESSAGES_SORT, q.page, params);
  params.push(q.limit);
  return tx.query<Message>(
    `select ${MESSAGE_COLUMNS} from conversations.messages m
      where ${['m.conversation_id = $1::uuid', ...keyset.conditions].join(' and ')}
      ${keyset.orderBy} limit $${params.length}`,
    params,
  );
}

export function selectParticipants(
  tx: Tx,
  conversationIds: readonly string[],
): Promise<Participant[]> {
  return tx.query<Participant>(
    `select p.conversation_id as "conversationId", p.handle, p.name, p.person_id as "personId"
       from conversations.participants p
      where p.conversation_id = any($1::uuid[])
      order by p.conversation_id, p.handle`,
    [`{${conversationIds.join(',')}}`],
  );
}

const REPLY_COLUMNS = `o.id, o.workspace_id as "workspaceId", o.conversation_id as "conversationId",
  o.text, o.status, o.error, o.created_at as "createdAt", o.sent_at as "sentAt"`;

/** Replies not yet stored as messages: queued, on their way, failed or of unknown fate. */
export function selectPendingReplies(tx: Tx, conversationIds: readonly string[]): Promise<Reply[]> {
  return tx.query<Reply>(
    `select ${REPLY_COLUMNS} from conversations.outbound_messages o
      where o.conversation_id = any($1::uuid[]) and o.status <> 'sent'
      order by o.created_at, o.id`,
    [`{${conversationIds.join(',')}}`],
  );
}

/** The caller's read mark moves to now, or to the latest inbound message if that is later. */
export async function upsertReadMark(
  tx: Tx,
  userId: string,
  conversationId: string,
): Promise<boolean> {
  const rows = await tx.query(
    `insert into conversations.reads (conversation_id, workspace_id, user_id, read_at)
     select c.id, c.workspace_id, $2::uuid, greatest(now(), c.last_inbound_at)
       from conversations.conversations c where c.id = $1::uuid
     on conflict (conversation_id, user_id) do update set read_at = excluded.read_at
     returning conversation_id`,
    [conversationId, userId],
  );
  return rows.length > 0;
}

export async function updateAssignee(
  tx: Tx,
  conversationId: string,
  assigneeId: string | null,
): Promise<boolean> {
  const rows = await tx.query(
    `update conversations.conversations set assignee_id = $2::uuid
      where id = $1::uuid returning id`,
    [conversationId, assigneeId],
  );
  return rows.length > 0;
}

export async function linkIdentity(
  tx: Tx,
  q: {
    workspaceId: string;
    channel: Channel;
    handle: string;
    personId: string;
    organizationId: string | null;
  },
): Promise<string> {
  const [row] = await tx.query<{ id: string }>(
    'select conversations.link_identity($1, $2, $3, $4, $5) as id',
    [q.workspaceId, q.channel, q.handle, q.personId, q.organizationId],
  );
  return row!.id;
}

export async function insertReply(
  tx: Tx,
  q: { workspaceId: string; conversationId: string; text: string; idempotencyKey: string },
): Promise<Reply> {
  const [row] = await tx.query<Reply>(
    `insert into conversations.outbound_messages as o
       (workspace_id, conversation_id, text, idempotency_key)
     values ($1, $2, $3, $4) returning ${REPLY_COLUMNS}`,
    [q.workspaceId, q.conversationId, q.text, q.idempotencyKey],
  );
  return row!;
}
