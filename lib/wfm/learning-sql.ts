// Status history aggregated per step key, across every version of a workflow: how many entities
// entered each step, how many of those are now won or lost, and how long completed stays lasted.
// One statement per workflow; the shrinkage toward the configured defaults is learning-math.ts.
import type { Tx } from '../db/port.ts';
import type { StepOutcomes } from './learning-math.ts';

export type StepOutcomeRow = StepOutcomes & {
  stepId: string;
  key: string;
  defaultProbability: number;
  expectedDwellDays: number | null;
};

/**
 * `outcomes(key, entered, closed, won, completedStays, stayDays)` for the workflow `workflow` (an
 * SQL expression). A stay starts when an entity reaches a step key and ends at its next history
 * row with another key, so a migration that keeps the key does not cut a stay in two.
 */
function outcomesOf(workflow: string): string {
  return `entries as (
    select h.project_id, s.key, h.at, h.kind <> 'start' as later, h.id,
           lag(s.key) over (partition by h.project_id order by h.at, h.kind <> 'start', h.id) as previous_key
      from wfm.projects p
      join wfm.status_history h on h.project_id = p.id
      join wfm.workflow_steps s on s.id = h.to_step_id
     where p.workflow_id = ${workflow}
  ), stays as (
    select project_id, key, at,
           lead(at) over (partition by project_id order by at, later, id) as left_at
      from entries
     where previous_key is distinct from key
  ), outcomes as (
    select y.key,
           count(distinct y.project_id)::int as entered,
           count(distinct y.project_id) filter (where st.category in ('won', 'lost'))::int as closed,
           count(distinct y.project_id) filter (where st.category = 'won')::int as won,
           count(y.left_at)::int as completed_stays,
           coalesce(sum(extract(epoch from y.left_at - y.at)), 0)::float8 / 86400 as stay_days
      from stays y
      join wfm.projects p on p.id = y.project_id
      join wfm.workflow_steps cs on cs.id = p.current_step_id
      join wfm.statuses st on st.id = cs.status_id
     group by y.key
  )`;
}

const STEP_OUTCOME_COLUMNS = `s.id as "stepId", s.key, s.default_probability::float8 as "defaultProbability",
  s.expected_dwell_days::float8 as "expectedDwellDays", coalesce(o.entered, 0) as entered,
  coalesce(o.closed, 0) as closed, coalesce(o.won, 0) as won,
  coalesce(o.completed_stays, 0) as "completedStays", coalesce(o.stay_days, 0) as "stayDays"`;

/** The steps of the workflow's active version, in order, each with its key's outcomes. */
export function selectWorkflowStepOutcomes(tx: Tx, workflowId: string): Promise<StepOutcomeRow[]> {
  return tx.query<StepOutcomeRow>(
    `with ${outcomesOf('$1::uuid')}
     select ${STEP_OUTCOME_COLUMNS}
       from wfm.workflow_versions v
       join wfm.workflow_steps s on s.version_id = v.id
       left join outcomes o on o.key = s.key
      where v.workflow_id = $1::uuid and v.state = 'active'
      order by s.position, s.id`,
    [workflowId],
  );
}

/** The step the entity stands in, with its key's outcomes across the workflow. */
export async function selectEntityStepOutcomes(
  tx: Tx,
  entityType: string,
  entityId: string,
): Promise<StepOutcomeRow | undefined> {
  const [row] = await tx.query<StepOutcomeRow>(
    `with target as (
       select workflow_id, current_step_id from wfm.projects where entity_type = $1 and entity_id = $2::uuid
     ), ${outcomesOf('(select workflow_id from target)')}
     select ${STEP_OUTCOME_COLUMNS}
       from target t
       join wfm.workflow_steps s on s.id = t.current_step_id
       left join outcomes o on o.key = s.key`,
    [entityType, entityId],
  );
  return row;
}
