// Generators over the user's open activities (the my_open_activities view of
// fetch-candidates.ts): what is late, and what is due today.
import { type CandidateGenerator, NO_DEAL_FEATURES } from './generator.ts';

export const overdueActivities: CandidateGenerator = {
  kind: 'overdue_activity',
  limit: 10,
  select: `select 'overdue_activity:' || a.id, 'overdue_activity', 'activity', a.id,
       'Catch up: ' || a.title,
       'Was due ' || to_char(a.due_at, 'Mon DD') || case when a.entity_name is not null
         then ' (' || a.entity_name || ')' else '' end || '.',
       least(1, 0.85 + a.days_overdue / 100),
       ${NO_DEAL_FEATURES}, a.days_overdue
     from my_open_activities a
    where a.due_at < $3
    order by a.due_at`,
};

/** Due between now and the end of the day (UTC: the user's time zone is not used yet). */
export const dueTodayActivities: CandidateGenerator = {
  kind: 'due_today_activity',
  limit: 10,
  select: `select 'due_today_activity:' || a.id, 'due_today_activity', 'activity', a.id,
       'Today: ' || a.title,
       'Due at ' || to_char(a.due_at at time zone 'UTC', 'HH24:MI') || ' UTC' ||
         case when a.entity_name is not null then ' (' || a.entity_name || ')' else '' end || '.',
       0.7,
       ${NO_DEAL_FEATURES}, 0::float8
     from my_open_activities a
    where a.due_at >= $3 and a.due_at < date_trunc('day', $3::timestamptz at time zone 'UTC') at time zone 'UTC' + interval '1 day'
    order by a.due_at`,
};
