// Senders and recipients matched to people: a handle linked as an identity (a Slack or Telegram
// user id a member confirmed, or any handle linked by hand) wins; an email address then matches
// a person's email, the first listed first and the oldest person first (Twenty's rule), so the
// same address always lands on the same person. Unmatched handles stay unmatched: suggesting a
// new person is the review queue's job, never an automatic merge.
import { pgArray, type Tx } from '../db/port.ts';

export interface PersonMatch {
  personId: string;
  organizationId: string | null;
}

export async function matchHandles(
  tx: Tx,
  workspaceId: string,
  handles: readonly string[],
): Promise<Map<string, PersonMatch>> {
  const matches = new Map<string, PersonMatch>();
  if (handles.length === 0) return matches;
  const rows = await tx.query<{
    handle: string;
    person_id: string;
    organization_id: string | null;
  }>(
    `select distinct on (handle) handle, person_id, organization_id
       from (select i.handle, i.person_id, c.organization_id, 0 as rank, 0 as position, i.created_at
               from conversations.identities i
               join crm.contacts c on c.person_id = i.person_id
              where i.workspace_id = $1 and i.handle = any ($2::text[])
             union all
             select e.email, e.person_id, e.organization_id, 1, e.position, e.created_at
               from crm.person_emails e
              where e.workspace_id = $1 and e.email = any ($2::text[])) m
      order by handle, rank, position, created_at`,
    [workspaceId, pgArray(handles)],
  );
  for (const r of rows) {
    matches.set(r.handle, { personId: r.person_id, organizationId: r.organization_id });
  }
  return matches;
}
