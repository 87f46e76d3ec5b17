// Generators over the user's open deals (the my_open_deals view of fetch-candidates.ts).
import type { CandidateGenerator } from './generator.ts';

const DEAL_FEATURES = `d.amount, d.probability, d.step_progress, d.days_in_step, d.staleness`;

/** Deals past their step's expected dwell (the workflow engine's stale detection). */
export const staleDeals: CandidateGenerator = {
  kind: 'stale_deal',
  limit: 10,
  select: `select 'stale_deal:' || d.id, 'stale_deal', 'deal', d.id,
       'Follow up on ' || d.name,
       d.name || ' has been in ' || d.step_name || ' for ' || floor(d.days_in_step)::int
         || ' days (expected ' || d.dwell_days::int || ').',
       least(1, 0.6 + 0.2 * least(d.staleness - 1, 1) + 0.1 * d.probability),
       ${DEAL_FEATURES}, 0::float8
     from my_open_deals d
    where d.stale_at < $3
    order by d.staleness desc`,
};

/** Open deals with nothing planned: no open activity linked to them. */
export const dealsWithoutNextActivity: CandidateGenerator = {
  kind: 'deal_without_next_activity',
  limit: 10,
  select: `select 'deal_without_next_activity:' || d.id, 'deal_without_next_activity', 'deal', d.id,
       'Plan the next step for ' || d.name,
       d.name || ' (' || d.step_name || ') has no open activity.',
       0.5 + 0.1 * d.probability,
       ${DEAL_FEATURES}, 0::float8
     from my_open_deals d
    where not exists (select 1 from crm.live_activities a
                       where a.entity_type = 'deal' and a.entity_id = d.id and a.done_at is null)
    order by d.amount desc nulls last`,
};

/** The biggest open deals expected to close within two weeks. */
export const closingHighValueDeals: CandidateGenerator = {
  kind: 'closing_high_value_deal',
  limit: 5,
  select: `select 'closing_high_value_deal:' || d.id, 'closing_high_value_deal', 'deal', d.id,
       'Push ' || d.name || ' over the line',
       d.name || ' is worth ' || to_char(d.amount, 'FM999G999G999') || ' and should close by '
         || to_char(d.expected_close_date, 'Mon DD') || '.',
       0.65 + 0.15 * d.probability,
       ${DEAL_FEATURES}, 0::float8
     from my_open_deals d, my_stats s
    where d.expected_close_date between $3::date and $3::date + 14
      and d.amount >= s.high_value_amount
    order by d.amount desc`,
};
