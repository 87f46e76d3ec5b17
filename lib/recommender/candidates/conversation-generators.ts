// "Reply to {person}": a contact on one of the user's open deals (or in a conversation assigned
// to the user) wrote last and has waited REPLY_AFTER_HOURS or more. Conversations are read only
// through their published view (conversations.awaiting_reply), a deal's people through
// crm.deal_contacts, names through crm.contacts. The tip points at the deal (at the person when
// no open deal of the user's has them) and is keyed per conversation, so it is not offered twice
// while open; a reply stored in the conversation takes it out of the view, and of the candidates.
import type { CandidateGenerator } from './generator.ts';

/** Hours an inbound message waits before it becomes a tip. */
export const REPLY_AFTER_HOURS = 4;

export const unansweredMessages: CandidateGenerator = {
  kind: 'reply_message',
  limit: 10,
  select: `select 'reply_message:' || w.conversation_id, 'reply_message',
       case when d.id is null then 'person' else 'deal' end, coalesce(d.id, w.person_id),
       'Reply to ' || coalesce(p.name, w.sender_name, w.sender_handle),
       coalesce(p.name, w.sender_name, w.sender_handle) || ' wrote '
         || floor(extract(epoch from $3 - w.waiting_since) / 3600)::int || ' h ago'
         || coalesce(' about ' || d.name, '') || ': “' || w.snippet || '”',
       -- Older and bigger weighs more: +0.2 over four days of waiting, +0.15 for a high-value deal.
       least(1, 0.55 + 0.2 * least(extract(epoch from $3 - w.waiting_since)::float8 / 345600, 1)
                + 0.15 * coalesce(least(d.amount / nullif(s.high_value_amount, 0), 1), 0)),
       d.amount, d.probability, d.step_progress, d.days_in_step, d.staleness, null::float8
     from conversations.awaiting_reply w
     cross join my_stats s
     left join lateral (
       select od.* from crm.deal_contacts dc join my_open_deals od on od.id = dc.deal_id
        where dc.person_id = w.person_id
        order by od.amount desc nulls last, od.id limit 1) d on true
     left join crm.contacts p on p.person_id = w.person_id
    where w.workspace_id = $1
      and (w.private_owner_id is null or w.private_owner_id = $2)
      and w.person_id is not null
      and (d.id is not null or w.assignee_id = $2)
      and w.waiting_since <= $3 - interval '${REPLY_AFTER_HOURS} hours'
    order by w.waiting_since`,
};
