// Ingestion: a batch of normalized messages from one connection becomes stored messages in
// conversations, each exactly once whichever path brought it (a webhook, a pull, a replay).
// The caller owns the transaction (it commits its cursor or its delivery mark in it too), so
// "these messages are stored" and "the source moved past them" commit together or not at all.
//
// A batch costs a fixed number of statements, whatever its size: the known ids, the threads'
// open conversations, the handles' people, then one insert each for conversations, messages and
// participants, one update of the counters and one of the outbox.
import { randomUUID } from 'node:crypto';
import { json, pgArray, SYSTEM_USER_ID, type Tx } from '../db/port.ts';
import { emitEvents } from '../automation/outbox.ts';
import { parseInput } from '../errors/app-errors.ts';
import { z } from 'zod';
import {
  type Channel,
  InboundMessageSchema,
  type InboundMessage,
  type ParsedInboundMessage,
} from './message.ts';
import { notifyConversationUpdated } from './live.ts';
import { matchHandles, type PersonMatch } from './matching.ts';

export interface IngestTarget {
  workspaceId: string;
  connectionId: string;
  channel: Channel;
  /** A private connection's owner: its conversations are visible to them only. */
  privateOwnerId: string | null;
}

export interface StoredMessage {
  id: string;
  conversationId: string;
  externalId: string;
}

export interface IngestResult {
  stored: StoredMessage[];
  /** Messages already stored (edits and deletions of them are applied). */
  duplicates: number;
}

const BatchSchema = z.array(InboundMessageSchema).max(5_000);

interface OpenConversation {
  id: string;
  threadId: string;
  lastMessageAt: number;
  isNew: boolean;
}

export async function storeInboundMessages(
  tx: Tx,
  target: IngestTarget,
  batch: InboundMessage[],
): Promise<IngestResult> {
  const messages = latestPerExternalId(parseInput(BatchSchema, batch));
  if (messages.length === 0) return { stored: [], duplicates: 0 };
  // One ingestion at a time per connection: two webhook runs of one thread must not both
  // open a conversation for it.
  await tx.query(`select pg_advisory_xact_lock(hashtextextended($1, 13))`, [target.connectionId]);

  const known = await knownMessages(tx, target, messages);
  await applyEdits(
    tx,
    target,
    messages.filter((m) => known.has(m.externalId)),
  );
  const fresh = messages.filter((m) => !known.has(m.externalId));
  if (fresh.length === 0) return { stored: [], duplicates: messages.length };

  const matches = await matchHandles(tx, target.workspaceId, handlesOf(fresh));
  const placed = await placeInConversations(tx, target, fresh);
  await insertConversations(tx, target, placed, fresh, matches);
  const stored = await insertMessages(tx, target, placed.byExternalId, fresh, matches);
  const storedIds = new Set(stored.map((s) => s.externalId));
  const inserted = fresh.filter((m) => storedIds.has(m.externalId));
  await upsertParticipants(tx, target, placed.byExternalId, inserted, matches);
  await updateCounters(tx, placed.byExternalId, inserted, matches);
  await emitEvents(
    tx,
    { workspaceId: target.workspaceId, userId: SYSTEM_USER_ID },
    inserted.map((m) => {
      const s = stored.find((x) => x.externalId === m.externalId)!;
      return {
        name: 'connector/message.received' as const,
        data: {
          workspaceId: target.workspaceId,
          connectionId: target.connectionId,
          conversationId: s.conversationId,
          messageId: s.id,
          direction: m.direction,
          personId: matches.get(m.from.handle)?.personId ?? null,
          sentAt: m.sentAt,
          attachments: m.attachments.filter((a) => a.source && !a.storageKey).length,
        },
      };
    }),
  );
  // Open inboxes hear of each conversation that changed, once this transaction commits.
  for (const conversationId of new Set(stored.map((s) => s.conversationId))) {
    await notifyConversationUpdated(tx, target.workspaceId, conversationId);
  }
  return { stored, duplicates: messages.length - stored.length };
}

/** Oldest first, one entry per external id: a batch holding a message and its edit keeps the edit. */
function latestPerExternalId(messages: ParsedInboundMessage[]): ParsedInboundMessage[] {
  const byId = new Map<string, ParsedInboundMessage>();
  for (const m of messages) {
    const earlier = byId.get(m.externalId);
    byId.set(m.externalId, earlier ? { ...m, sentAt: earlier.sentAt } : m);
  }
  return [...byId.values()].sort((a, b) => Date.parse(a.sentAt) - Date.parse(b.sentAt));
}

async function knownMessages(
  tx: Tx,
  target: IngestTarget,
  messages: ParsedInboundMessage[],
): Promise<Set<string>> {
  const rows = await tx.query<{ external_id: string }>(
    `select external_id from conversations.messages
      where connection_id = $1 and external_id = any ($2::text[])`,
    [target.connectionId, pgArray(messages.map((m) => m.externalId))],
  );
  return new Set(rows.map((r) => r.external_id));
}

/** An edit or deletion of a stored message updates it; a plain repeat changes nothing. */
async function applyEdits(tx: Tx, target: IngestTarget, repeats: ParsedInboundMessage[]) {
  const changes = repeats.filter((m) => m.editedAt || m.deleted);
  if (changes.length === 0) return;
  await tx.query(
    `update conversations.messages m
        set text = case when c.deleted then m.text else c.text end,
            html = case when c.deleted then m.html else c.html end,
            edited_at = coalesce(c.edited_at, m.edited_at),
            deleted_at = case when c.deleted then coalesce(m.deleted_at, now()) else m.deleted_at end
       from jsonb_to_recordset($2::jsonb)
         as c(external_id text, text text, html text, edited_at timestamptz, deleted boolean)
      where m.connection_id = $1 and m.external_id = c.external_id`,
    [
      target.connectionId,
      json(
        changes.map((m) => ({
          external_id: m.externalId,
          text: m.text,
          html: m.html ?? null,
          edited_at: m.editedAt ?? null,
          deleted: m.deleted ?? false,
        })),
      ),
    ],
  );
}

function handlesOf(messages: ParsedInboundMessage[]): string[] {
  return [...new Set(messages.flatMap((m) => [m.from.handle, ...m.to.map((t) => t.handle)]))];
}

/**
 * Which conversation each new message joins: the thread's latest conversation, unless the
 * thread went quiet for longer than the message's gap, in which case a new one starts.
 */
async function placeInConversations(
  tx: Tx,
  target: IngestTarget,
  messages: ParsedInboundMessage[],
): Promise<{ byExternalId: Map<string, OpenConversation>; created: OpenConversation[] }> {
  const threads = [...new Set(messages.map((m) => m.externalThreadId))];
  const rows = await tx.query<{ id: string; thread: string; last: string }>(
    `select distinct on (external_thread_id)
            id, external_thread_id as thread, last_message_at::text as last
       from conversations.conversations
      where connection_id = $1 and external_thread_id = any ($2::text[])
      order by external_thread_id, last_message_at desc`,
    [target.connectionId, pgArray(threads)],
  );
  const current = new Map<string, OpenConversation>(
    rows.map((r) => [
      r.thread,
      { id: r.id, threadId: r.thread, lastMessageAt: Date.parse(r.last), isNew: false },
    ]),
  );
  const byExternalId = new Map<string, OpenConversation>();
  const created: OpenConversation[] = [];
  for (const m of messages) {
    const at = Date.parse(m.sentAt);
    let conversation = current.get(m.externalThreadId);
    const quiet =
      conversation && m.quietGapSeconds !== undefined
        ? at - conversation.lastMessageAt > m.quietGapSeconds * 1000
        : false;
    if (!conversation || quiet) {
      conversation = {
        id: randomUUID(),
        threadId: m.externalThreadId,
        lastMessageAt: at,
        isNew: true,
      };
      created.push(conversation);
      current.set(m.externalThreadId, conversation);
    }
    conversation.lastMessageAt = Math.max(conversation.lastMessageAt, at);
    byExternalId.set(m.externalId, conversation);
  }
  return { byExternalId, created };
}

/** The person a message is with: its sender when inbound, else the first matched recipient. */
function contactOf(m: ParsedInboundMessage, matches: Map<string, PersonMatch>) {
  if (m.direction === 'inbound') return matches.get(m.from.handle);
  for (const to of m.to) {
    const match = matches.get(to.handle);
    if (match) return match;
  }
  return undefined;
}

async function insertConversations(
  tx: Tx,
  target: IngestTarget,
  placed: { byExternalId: Map<string, OpenConversation>; created: OpenConversation[] },
  messages: ParsedInboundMessage[],
  matches: Map<string, PersonMatch>,
) {
  if (placed.created.length === 0) return;
  const rows = placed.created.map((c) => {
    const mine = messages.filter((m) => placed.byExternalId.get(m.externalId) === c);
    const contact = mine.map((m) => contactOf(m, matches)).find(Boolean);
    return {
      id: c.id,
      thread: c.threadId,
      subject: mine.find((m) => m.subject)?.subject ?? null,
      person_id: contact?.personId ?? null,
      organization_id: contact?.organizationId ?? null,
      last_message_at: mine[0]!.sentAt,
    };
  });
  await tx.query(
    `insert into conversations.conversations
       (id, workspace_id, connection_id, channel, external_thread_id, subject, person_id,
        organization_id, private_owner_id, last_message_at)
     select c.id, $1, $2, $3, c.thread, c.subject, c.person_id, c.organization_id, $4,
            c.last_message_at
       from jsonb_to_recordset($5::jsonb) as c(id uuid, thread text, subject text, person_id uuid,
                                               organization_id uuid, last_message_at timestamptz)`,
    [target.workspaceId, target.connectionId, target.channel, target.privateOwnerId, json(rows)],
  );
}

async function insertMessages(
  tx: Tx,
  target: IngestTarget,
  placement: Map<string, OpenConversation>,
  messages: ParsedInboundMessage[],
  matches: Map<string, PersonMatch>,
): Promise<StoredMessage[]> {
  const rows = messages.map((m) => ({
    conversation_id: placement.get(m.externalId)!.id,
    external_id: m.externalId,
    direction: m.direction,
    sender_handle: m.from.handle,
    sender_name: m.from.name ?? null,
    sender_person_id: matches.get(m.from.handle)?.personId ?? null,
    recipients: m.to,
    sent_at: m.sentAt,
    text: m.text,
    html: m.html ?? null,
    attachments: m.attachments,
    headers: m.headers,
    edited_at: m.editedAt ?? null,
    deleted: m.deleted ?? false,
  }));
  return tx.query<StoredMessage & Record<string, unknown>>(
    `insert into conversations.messages
       (workspace_id, conversation_id, connection_id, channel, external_id, direction,
        sender_handle, sender_name, sender_person_id, recipients, sent_at, text, html,
        attachments, headers, edited_at, deleted_at)
     select $1, m.conversation_id, $2, $3, m.external_id, m.direction, m.sender_handle,
            m.sender_name, m.sender_person_id, m.recipients, m.sent_at, m.text, m.html,
            m.attachments, m.headers, m.edited_at, case when m.deleted then now() end
       from jsonb_to_recordset($4::jsonb) as m(
              conversation_id uuid, external_id text, direction text, sender_handle text,
              sender_name text, sender_person_id uuid, recipients jsonb, sent_at timestamptz,
              text text, html text, attachments jsonb, headers jsonb, edited_at timestamptz,
              deleted boolean)
     on conflict (connection_id, external_id) do nothing
     returning id, conversation_id as "conversationId", external_id as "externalId"`,
    [target.workspaceId, target.connectionId, target.channel, json(rows)],
  );
}

async function upsertParticipants(
  tx: Tx,
  target: IngestTarget,
  placement: Map<string, OpenConversation>,
  messages: ParsedInboundMessage[],
  matches: Map<string, PersonMatch>,
) {
  const seen = new Map<
    string,
    { conversation_id: string; handle: string; name: string | null; person_id: string | null }
  >();
  for (const m of messages) {
    const conversationId = placement.get(m.externalId)!.id;
    for (const h of [m.from, ...m.to]) {
      const key = `${conversationId} ${h.handle}`;
      const earlier = seen.get(key);
      seen.set(key, {
        conversation_id: conversationId,
        handle: h.handle,
        name: h.name ?? earlier?.name ?? null,
        person_id: matches.get(h.handle)?.personId ?? null,
      });
    }
  }
  if (seen.size === 0) return;
  await tx.query(
    `insert into conversations.participants (conversation_id, workspace_id, handle, name, person_id)
     select p.conversation_id, $1, p.handle, p.name, p.person_id
       from jsonb_to_recordset($2::jsonb) as p(conversation_id uuid, handle text, name text, person_id uuid)
     on conflict (conversation_id, handle) do update
        set name = coalesce(excluded.name, participants.name),
            person_id = coalesce(participants.person_id, excluded.person_id)`,
    [target.workspaceId, json([...seen.values()])],
  );
}

/** Counts, last-message times, and the contact where the conversation had none yet. */
async function updateCounters(
  tx: Tx,
  placement: Map<string, OpenConversation>,
  messages: ParsedInboundMessage[],
  matches: Map<string, PersonMatch>,
) {
  const per = new Map<
    string,
    {
      id: string;
      count: number;
      last: string;
      inbound: string | null;
      outbound: string | null;
      person_id: string | null;
      organization_id: string | null;
    }
  >();
  for (const m of messages) {
    const id = placement.get(m.externalId)!.id;
    const row = per.get(id) ?? {
      id,
      count: 0,
      last: m.sentAt,
      inbound: null,
      outbound: null,
      person_id: null,
      organization_id: null,
    };
    row.count += 1;
    if (m.sentAt > row.last) row.last = m.sentAt;
    if (m.direction === 'inbound') row.inbound = m.sentAt;
    else row.outbound = m.sentAt;
    const contact = contactOf(m, matches);
    row.person_id ??= contact?.personId ?? null;
    row.organization_id ??= contact?.organizationId ?? null;
    per.set(id, row);
  }
  await tx.query(
    `update conversations.conversations c
        set message_count = c.message_count + u.count,
            last_message_at = greatest(c.last_message_at, u.last),
            last_inbound_at = greatest(c.last_inbound_at, u.inbound),
            last_outbound_at = greatest(c.last_outbound_at, u.outbound),
            person_id = coalesce(c.person_id, u.person_id),
            organization_id = case when c.person_id is null then coalesce(c.organization_id, u.organization_id)
                                   else c.organization_id end,
            updated_at = now()
       from jsonb_to_recordset($1::jsonb) as u(id uuid, count int, last timestamptz,
              inbound timestamptz, outbound timestamptz, person_id uuid, organization_id uuid)
      where c.id = u.id`,
    [json([...per.values()])],
  );
}
