// Delivering a queued reply, exactly once, as the service (inngest/functions/deliver-reply.ts
// orchestrates): claim it (queued → sending), send it through the connection's connector, then
// record the sent message in its conversation. A reply found 'sending' was interrupted after the
// claim — perhaps after the platform accepted it — so it becomes 'unknown' and is never sent
// again without a person deciding to.
import type { Tx } from '../../db/port.ts';
import type { ReplyTarget, SentMessage } from '../../integrations/connector.ts';
import { recordConnectionError } from '../../integrations/connection-errors.ts';
import { notifyConversationUpdated } from '../live.ts';

export const INTERRUPTED = 'interrupted while sending; check the channel before resending';

export type ClaimedReply = {
  id: string;
  workspaceId: string;
  conversationId: string;
  connectionId: string;
  text: string;
  idempotencyKey: string;
  attempts: number;
};

export type Claim =
  | { outcome: 'claimed'; reply: ClaimedReply }
  /** Sent already, failed, of unknown fate, or gone: nothing to do. */
  | { outcome: 'settled'; status: string }
  /** Found mid-send from an earlier attempt: now 'unknown'. */
  | { outcome: 'interrupted' };

/** Moves a queued reply to 'sending' (one attempt more), or says why there is nothing to send. */
export async function claimReply(tx: Tx, outboundId: string): Promise<Claim> {
  const [row] = await tx.query<ClaimedReply & { status: string }>(
    `select o.id, o.workspace_id as "workspaceId", o.conversation_id as "conversationId",
            c.connection_id as "connectionId", o.text, o.idempotency_key as "idempotencyKey",
            o.attempts, o.status
       from conversations.outbound_messages o
       join conversations.conversations c on c.id = o.conversation_id
      where o.id = $1 for update of o`,
    [outboundId],
  );
  if (!row) return { outcome: 'settled', status: 'gone' };
  if (row.status === 'sending') {
    await setStatus(tx, row, 'unknown', INTERRUPTED);
    return { outcome: 'interrupted' };
  }
  if (row.status !== 'queued') return { outcome: 'settled', status: row.status };
  await tx.query(
    `update conversations.outbound_messages
        set status = 'sending', attempts = attempts + 1, updated_at = now()
      where id = $1`,
    [outboundId],
  );
  await notifyConversationUpdated(tx, row.workspaceId, row.conversationId);
  const { status: _status, ...reply } = row;
  return { outcome: 'claimed', reply: { ...reply, attempts: reply.attempts + 1 } };
}

async function setStatus(
  tx: Tx,
  reply: Pick<ClaimedReply, 'id' | 'workspaceId' | 'conversationId'>,
  status: 'queued' | 'failed' | 'unknown',
  error: string,
): Promise<void> {
  await tx.query(
    `update conversations.outbound_messages set status = $2, error = $3, updated_at = now()
      where id = $1`,
    [reply.id, status, error],
  );
  await notifyConversationUpdated(tx, reply.workspaceId, reply.conversationId);
}

/** What the reply is sent into: the thread, the latest message it answers, every participant. */
export async function replyTargetOf(tx: Tx, conversationId: string): Promise<ReplyTarget> {
  const [row] = await tx.query<{
    externalThreadId: string;
    subject: string | null;
    participants: string[];
    replyTo: { externalId: string; headers: Record<string, string>; from: string } | null;
  }>(
    `select c.external_thread_id as "externalThreadId", c.subject,
            coalesce((select array_agg(p.handle order by p.handle) from conversations.participants p
                       where p.conversation_id = c.id), '{}') as participants,
            (select jsonb_build_object('externalId', m.external_id, 'headers', m.headers,
                                       'from', m.sender_handle)
               from conversations.messages m
              where m.conversation_id = c.id and m.deleted_at is null
              order by (m.direction = 'inbound') desc, m.sent_at desc, m.id desc limit 1) as "replyTo"
       from conversations.conversations c where c.id = $1`,
    [conversationId],
  );
  if (!row) throw new Error(`Conversation ${conversationId} is gone`);
  const subject = row.subject ?? undefined;
  return {
    externalThreadId: row.externalThreadId,
    participants: row.participants,
    ...(subject ? { subject } : {}),
    ...(row.replyTo ? { replyTo: { ...row.replyTo, ...(subject ? { subject } : {}) } } : {}),
  };
}

/** The platform may take it later (a 429, a 5xx): queued again, for the retry to claim. */
export function requeueReply(tx: Tx, reply: ClaimedReply, error: string): Promise<void> {
  return setStatus(tx, reply, 'queued', error);
}

/**
 * The platform refused it for good (a revoked token, a blocked bot): failed with the channel's
 * reason, which the connection shows too.
 */
export async function failReply(tx: Tx, reply: ClaimedReply, error: string): Promise<void> {
  await setStatus(tx, reply, 'failed', error);
  await recordConnectionError(tx, reply.connectionId, error);
}

/** Gave up after the last retry: a reply still queued is failed with the last error. */
export async function giveUpOnReply(tx: Tx, outboundId: string, error: string): Promise<void> {
  const [row] = await tx.query<{ workspaceId: string; conversationId: string }>(
    `update conversations.outbound_messages set status = 'failed', error = $2, updated_at = now()
      where id = $1 and status = 'queued'
      returning workspace_id as "workspaceId", conversation_id as "conversationId"`,
    [outboundId, error],
  );
  if (row) await notifyConversationUpdated(tx, row.workspaceId, row.conversationId);
}

/**
 * The sent reply becomes an outbound message of its conversation (once: a repeated record, or
 * ingestion having seen the echo first, finds it stored), and the reply is 'sent'.
 */
export async function recordSentReply(
  tx: Tx,
  reply: ClaimedReply,
  sent: SentMessage,
): Promise<void> {
  const [inserted] = await tx.query<{ id: string }>(
    `insert into conversations.messages (workspace_id, conversation_id, connection_id, channel,
       external_id, direction, sender_handle, sent_at, text, headers)
     select c.workspace_id, c.id, c.connection_id, c.channel, $2, 'outbound',
            coalesce($5, 'waymark:' || o.created_by::text), $3::timestamptz, o.text, $4::jsonb
       from conversations.outbound_messages o
       join conversations.conversations c on c.id = o.conversation_id
      where o.id = $1
     on conflict (connection_id, external_id) do nothing
     returning id`,
    [
      reply.id,
      sent.externalId,
      sent.sentAt,
      JSON.stringify(sent.headers ?? {}),
      sent.headers?.from ?? null,
    ],
  );
  if (inserted) {
    await tx.query(
      `update conversations.conversations
          set message_count = message_count + 1,
              last_message_at = greatest(last_message_at, $2::timestamptz),
              last_outbound_at = greatest(coalesce(last_outbound_at, $2::timestamptz), $2::timestamptz),
              updated_at = now()
        where id = $1`,
      [reply.conversationId, sent.sentAt],
    );
  }
  await tx.query(
    `update conversations.outbound_messages
        set status = 'sent', error = null, sent_at = $3::timestamptz, provider_message_id = $2,
            message_id = coalesce((select m.id from conversations.messages m
                                    join conversations.conversations c on c.connection_id = m.connection_id
                                   where c.id = $4 and m.external_id = $2), message_id),
            updated_at = now()
      where id = $1`,
    [reply.id, sent.externalId, sent.sentAt, reply.conversationId],
  );
  await notifyConversationUpdated(tx, reply.workspaceId, reply.conversationId);
}
