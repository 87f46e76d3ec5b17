// Learning from one reward: every policy of the workspace (live and shadows) updates with the
// chosen candidate's arm and features, once per (tip, source) however often a step retries.
// The version bump makes every process's cached copy of the old state stale.
import type { Tx } from '../../db/port.ts';
import { parsePolicyState } from '../decision/policy-states.ts';
import { getPolicy } from '../policies/registry.ts';
import type { PolicyName } from '../policies/types.ts';

export interface RewardToApply {
  workspaceId: string;
  tipId: string;
  /** e.g. 'feedback:<id>' or 'credit': a second application with the same source is a no-op. */
  source: string;
  reward: number;
}

/** Runs as the service. Returns how many policies learned (0 when this reward was applied before). */
export async function applyReward(tx: Tx, input: RewardToApply): Promise<number> {
  const [claimed] = await tx.query<{ arm: number; features: number[] }>(
    `with claim as (
       insert into recommender.policy_updates (workspace_id, tip_id, source, reward)
       values ($1, $2, $3, $4)
       on conflict do nothing
       returning tip_id)
     select (t.context -> 'arms' ->> (t.context ->> 'chosen')::int)::int as arm,
            array(select jsonb_array_elements_text(t.context -> 'features')::float8) as features
       from claim join recommender.tips t on t.id = claim.tip_id`,
    [input.workspaceId, input.tipId, input.source, input.reward],
  );
  if (!claimed) return 0;
  const features = Float64Array.from(claimed.features);
  const rows = await tx.query<{ name: PolicyName; state: unknown }>(
    `select name, state from recommender.policies where workspace_id = $1 order by name for update`,
    [input.workspaceId],
  );
  const updated = rows.map(({ name, state }) => {
    const policy = getPolicy(name);
    const parsed = parsePolicyState(name, state);
    policy.update(parsed, claimed.arm, features, input.reward);
    return { name, state: policy.toJSON(parsed) };
  });
  await tx.query(
    `update recommender.policies p
        set state = u.state, version = p.version + 1, updates = p.updates + 1, updated_at = now()
       from jsonb_to_recordset($2::jsonb) as u (name text, state jsonb)
      where p.workspace_id = $1 and p.name = u.name`,
    [input.workspaceId, JSON.stringify(updated)],
  );
  return updated.length;
}
