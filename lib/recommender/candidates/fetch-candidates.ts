// Step 1 of a decision: every generator's candidates for one user, with what the features need
// to know about the user, in one statement. Candidates that already have an open or snoozed tip,
// or were answered in the last days, are left out: a tip is not offered twice.
import type { Tx } from '../../db/port.ts';
import type { CandidateKind } from '../candidate-kinds.ts';
import { CANDIDATE_COLUMNS, type CandidateGenerator } from './generator.ts';
import { generators } from './registry.ts';

/** At most this many candidates reach the policies, the generators' most urgent first. */
export const MAX_CANDIDATES = 50;
/** An answered tip's candidate rests this long before it may be offered again. */
const REST_DAYS = 3;

export type CandidateRow = {
  key: string;
  kind: CandidateKind;
  entityType: string | null;
  entityId: string | null;
  title: string;
  detail: string;
  priority: number;
  amount: number | null;
  probability: number | null;
  stepProgress: number | null;
  daysInStep: number | null;
  staleness: number | null;
  daysOverdue: number | null;
};

export type UserContext = {
  role: string | null;
  openActivities: number;
  /** Smoothed share of answered tips of each kind that were done, over the last 30 days. */
  acceptanceByKind: Partial<Record<CandidateKind, number>>;
};

export interface FetchedCandidates {
  user: UserContext;
  candidates: CandidateRow[];
}

// Everything below reads other modules through their published views (crm.live_deals,
// crm.live_activities, crm.open_leads) and functions (workspaces.role_in): they are plain
// views, so this stays one statement with the plan the tables would give.

/** The user's open deals with where they stand in their workflow. */
const MY_OPEN_DEALS = `my_open_deals as (
  select d.id, d.name, d.amount::float8 as amount, d.probability::float8 as probability,
         d.expected_close_date, d.step_name, d.expected_dwell_days::float8 as dwell_days,
         d.step_progress, d.stale_at,
         extract(epoch from $3 - d.entered_at)::float8 / 86400 as days_in_step,
         extract(epoch from $3 - d.entered_at)::float8 / 86400
           / nullif(d.expected_dwell_days::float8, 0) as staleness
    from crm.live_deals d
   where d.workspace_id = $1 and d.status_category = 'open'
     and coalesce(d.assignee_id, d.owner_id) = $2)`;

const MY_OPEN_ACTIVITIES = `my_open_activities as (
  select a.id, a.title, a.due_at,
         greatest(0, extract(epoch from $3 - a.due_at)::float8 / 86400) as days_overdue,
         a.entity_name
    from crm.live_activities a
   where a.workspace_id = $1 and a.assignee_id = $2 and a.done_at is null)`;

const MY_STATS = `my_stats as (
  select (select count(*) from my_open_deals)::int as open_deals,
         (select count(*) from my_open_deals where amount is null)::int as deals_without_amount,
         (select count(*) from my_open_activities)::int as open_activities,
         (select count(*) from my_open_activities where due_at < $3)::int as overdue_activities,
         (select count(*) from crm.live_activities a
           where a.workspace_id = $1 and a.assignee_id = $2 and a.done_at > $3 - interval '7 days')::int
           as done_last_7_days,
         coalesce((select percentile_cont(0.75) within group (order by d.amount)
                     from crm.live_deals d where d.workspace_id = $1
                      and d.amount is not null), 0)::float8 as high_value_amount,
         workspaces.role_in($1) as role,
         (select coalesce(jsonb_object_agg(kind, (done + 1.0) / (answered + 2.0)), '{}')
            from (select kind, count(*) filter (where status = 'done') as done, count(*) as answered
                    from recommender.tips
                   where user_id = $2 and workspace_id = $1 and decided_at > $3 - interval '30 days'
                   group by kind) k) as acceptance)`;

function generatorSelect(g: CandidateGenerator): string {
  return `(${g.select}\n    limit ${g.limit})`;
}

/** The statement, built once: generators are code, so its text never changes. */
export const FETCH_CANDIDATES_SQL = `with ${MY_OPEN_DEALS}, ${MY_OPEN_ACTIVITIES}, ${MY_STATS},
  candidates (${CANDIDATE_COLUMNS}) as (
    ${generators.map(generatorSelect).join('\n    union all\n    ')}
  ), fresh as (
    select c.* from candidates c
     where not exists (select 1 from recommender.tips t
                        where t.user_id = $2 and t.workspace_id = $1 and t.candidate_key = c.key
                          and (t.status in ('open', 'snoozed')
                               or t.decided_at > $3 - interval '${REST_DAYS} days'))
     order by c.priority desc, c.key
     limit ${MAX_CANDIDATES}
  )
  select s.role, s.open_activities as "openActivities", s.acceptance as "acceptanceByKind",
         f.key, f.kind, f.entity_type as "entityType", f.entity_id as "entityId", f.title, f.detail,
         f.priority, f.amount, f.probability, f.step_progress as "stepProgress",
         f.days_in_step as "daysInStep", f.staleness, f.days_overdue as "daysOverdue"
    from my_stats s left join fresh f on true`;

type Row = Omit<CandidateRow, 'key' | 'kind' | 'title' | 'detail' | 'priority'> &
  Partial<Pick<CandidateRow, 'key' | 'kind' | 'title' | 'detail' | 'priority'>> &
  UserContext;

export async function fetchCandidates(
  tx: Tx,
  workspaceId: string,
  userId: string,
  now: Date,
): Promise<FetchedCandidates> {
  const rows = await tx.query<Row>(FETCH_CANDIDATES_SQL, [workspaceId, userId, now.toISOString()]);
  const first = rows[0];
  const user: UserContext = {
    role: first?.role ?? null,
    openActivities: first?.openActivities ?? 0,
    acceptanceByKind: first?.acceptanceByKind ?? {},
  };
  const candidates: CandidateRow[] = [];
  for (const r of rows) {
    if (!r.key) continue; // the user's row when no candidate is fresh
    candidates.push({
      key: r.key,
      kind: r.kind!,
      entityType: r.entityType,
      entityId: r.entityId,
      title: r.title!,
      detail: r.detail!,
      priority: r.priority!,
      amount: r.amount,
      probability: r.probability,
      stepProgress: r.stepProgress,
      daysInStep: r.daysInStep,
      staleness: r.staleness,
      daysOverdue: r.daysOverdue,
    });
  }
  return { user, candidates };
}
