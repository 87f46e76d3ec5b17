// Leads the user owns that nobody has contacted for a while.
import { type CandidateGenerator, NO_DEAL_FEATURES } from './generator.ts';

/** Days without contact after which a lead is worth a tip. */
export const LEAD_CONTACT_DAYS = 3;

export const uncontactedLeads: CandidateGenerator = {
  kind: 'uncontacted_lead',
  limit: 10,
  select: `select 'uncontacted_lead:' || l.id, 'uncontacted_lead', 'lead', l.id,
       'Contact ' || l.name,
       case when l.last_contacted_at is null then 'Nobody has contacted ' || l.name || ' yet'
            else 'Last contact ' || to_char(l.last_contacted_at, 'Mon DD') end
         || coalesce(' (' || l.company || ')', '') || '.',
       0.45 + l.score / 500.0,
       ${NO_DEAL_FEATURES},
       extract(epoch from $3 - coalesce(l.last_contacted_at, l.created_at))::float8 / 86400 - ${LEAD_CONTACT_DAYS}
     from crm.open_leads l
    where l.workspace_id = $1
      and coalesce(l.assignee_id, l.owner_id) = $2
      and coalesce(l.last_contacted_at, l.created_at) < $3 - interval '${LEAD_CONTACT_DAYS} days'
    order by l.score desc, coalesce(l.last_contacted_at, l.created_at)`,
};
