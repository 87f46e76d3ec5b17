// The advice library: curated tips offered when a condition on the user's own numbers holds.
// Conditions are SQL over the my_stats view (fetch-candidates.ts); they are code, never input.
import { type CandidateGenerator, NO_DEAL_FEATURES } from './generator.ts';

export interface Advice {
  key: string;
  title: string;
  detail: string;
  /** A boolean SQL expression over my_stats columns. */
  when: string;
  priority: number;
}

export const ADVICE: Advice[] = [
  {
    key: 'prospect',
    title: 'Block an hour for prospecting',
    detail:
      'You have fewer than three open deals: new conversations now are next month’s pipeline.',
    when: 's.open_deals < 3',
    priority: 0.3,
  },
  {
    key: 'amounts',
    title: 'Put an amount on your deals',
    detail:
      'Some of your open deals have no amount, so the forecast and the weighted pipeline miss them.',
    when: 's.deals_without_amount > 0',
    priority: 0.25,
  },
  {
    key: 'log-activity',
    title: 'Log what you did this week',
    detail:
      'No activity of yours was completed in the last 7 days: logging calls and meetings keeps the timeline useful.',
    when: 's.done_last_7_days = 0',
    priority: 0.2,
  },
  {
    key: 'triage-overdue',
    title: 'Triage your overdue tasks',
    detail:
      'More than five of your tasks are overdue: reschedule or close the ones that no longer matter.',
    when: 's.overdue_activities > 5',
    priority: 0.55,
  },
];

function literal(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

export const advice: CandidateGenerator = {
  kind: 'advice',
  limit: ADVICE.length,
  select: ADVICE.map(
    (a) => `select 'advice:' || ${literal(a.key)}, 'advice', null::text, null::uuid,
       ${literal(a.title)}, ${literal(a.detail)}, ${a.priority}::float8,
       ${NO_DEAL_FEATURES}, 0::float8
     from my_stats s where ${a.when}`,
  ).join('\n     union all\n     '),
};
