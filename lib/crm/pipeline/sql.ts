// The pipeline's read model: deals joined to where they stand in their workflow (the engine's
// published views), aggregated per step in SQL, so a pipeline costs a fixed number of statements
// however many deals it holds.
//
// A deal is stale when it has been in an open step longer than the step's configured expected
// dwell: wfm.entity_positions.stale_at says since when. The learned dwell (learning.ts) would need
// a pass over the workflow's whole status history on every read, so it is shown beside the
// configured one rather than used here.
import type { Tx } from '../../db/port.ts';

export type PipelineStepRow = {
  workflowId: string;
  entityType: string;
  stepId: string;
  key: string;
  /** Whether the step is one of the active version's; the others hold deals on older versions. */
  active: boolean;
  count: number;
  totalAmount: number;
  weightedAmount: number;
  staleCount: number;
};

/** A deal is in the step of its project, live, and its workflow's deals are the pipeline. */
const PIPELINE_DEALS = `wfm.entity_positions p
  join crm.deals d on d.id = p.entity_id and d.deleted_at is null`;

const IS_STALE = 'p.stale_at < now()';

/**
 * One row per step key: the active version's steps in order, then keys only older versions have,
 * when deals still stand in them. Deals on an older version count under their step's key.
 */
export function selectPipelineSteps(tx: Tx, workflowId: string): Promise<PipelineStepRow[]> {
  return tx.query<PipelineStepRow>(
    `with columns as (
       select workflow_id, entity_type, step_id, key, active, position
         from wfm.workflow_step_keys where workflow_id = $1::uuid
     ), totals as (
       select p.step_key as key, count(*)::int as count,
              coalesce(sum(d.amount), 0)::float8 as total_amount,
              coalesce(sum(d.amount * d.probability), 0)::float8 as weighted_amount,
              (count(*) filter (where ${IS_STALE}))::int as stale_count
         from ${PIPELINE_DEALS}
        where p.workflow_id = $1::uuid and p.entity_type = 'deal'
        group by p.step_key
     )
     select c.workflow_id as "workflowId", c.entity_type as "entityType", c.step_id as "stepId",
            c.key, c.active, coalesce(t.count, 0) as count,
            coalesce(t.total_amount, 0) as "totalAmount",
            coalesce(t.weighted_amount, 0) as "weightedAmount",
            coalesce(t.stale_count, 0) as "staleCount"
       from columns c
       left join totals t on t.key = c.key
      where c.active or t.count > 0
      order by c.active desc, c.position, c.key`,
    [workflowId],
  );
}

/** The first `first` deals of every step key of the workflow, biggest amount first. */
export function selectTopDealIds(
  tx: Tx,
  workflowId: string,
  first: number,
): Promise<{ key: string; id: string }[]> {
  return tx.query<{ key: string; id: string }>(
    `select key, id from (
       select p.step_key as key, d.id,
              row_number() over (partition by p.step_key order by d.amount desc nulls last, lower(d.name), d.id) as rank
         from ${PIPELINE_DEALS}
        where p.workflow_id = $1::uuid and p.entity_type = 'deal'
     ) ranked
      where rank <= $2::int
      order by key, rank`,
    [workflowId, first],
  );
}

export type StaleDealRow = {
  dealId: string;
  stepId: string;
  enteredStepAt: Date;
  daysInStep: number;
  expectedDwellDays: number;
};

/** Open deals past their step's expected dwell, the longest overdue first. */
export function selectStaleDeals(
  tx: Tx,
  workspaceId: string,
  first: number,
): Promise<StaleDealRow[]> {
  return tx.query<StaleDealRow>(
    `select d.id as "dealId", p.step_id as "stepId", p.entered_at as "enteredStepAt",
            (extract(epoch from now() - p.entered_at) / 86400)::float8 as "daysInStep",
            p.expected_dwell_days::float8 as "expectedDwellDays"
       from ${PIPELINE_DEALS}
      where p.workspace_id = $1::uuid and p.entity_type = 'deal' and ${IS_STALE}
      order by p.stale_at, d.id
      limit $2::int`,
    [workspaceId, first],
  );
}
