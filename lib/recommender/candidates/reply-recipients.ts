// Who a message waiting for a reply is a tip for, the moment it becomes one: the users the
// "reply to" generator (conversation-generators.ts) offers it to, which are the owners (or
// assignees) of open deals that have the sender among their people, and the conversation's
// assignee; a private connection's conversation only its owner. Nobody once the conversation was
// answered, closed, or a newer inbound message took this one's place (that message asks for
// itself). Read through published views, as the generator does.
import type { Tx } from '../../db/port.ts';

export async function replyTipRecipients(
  tx: Tx,
  conversationId: string,
  waitingSince: string,
): Promise<string[]> {
  const rows = await tx.query<{ userId: string }>(
    `select distinct u.user_id as "userId"
       from conversations.awaiting_reply w
       cross join lateral (
         select coalesce(d.assignee_id, d.owner_id) as user_id
           from crm.deal_contacts dc
           join crm.live_deals d on d.id = dc.deal_id and d.status_category = 'open'
          where dc.workspace_id = w.workspace_id and dc.person_id = w.person_id
         union
         select w.assignee_id) u
      where w.conversation_id = $1 and w.waiting_since = $2::timestamptz
        and w.person_id is not null and u.user_id is not null
        and (w.private_owner_id is null or w.private_owner_id = u.user_id)`,
    [conversationId, waitingSince],
  );
  return rows.map((r) => r.userId);
}
