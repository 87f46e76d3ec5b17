// The workspace's answered tips as logged bandit data, one target policy at a time. The logging
// propensity is what the decision really used; the target's probability of the logged action
// comes from its row (the live policy's own, or its shadow pick). The reward model for DM and DR
// is each arm's smoothed mean reward: few tips per workspace would not support more.
import type { Tx } from '../../db/port.ts';
import { KIND_COUNT } from '../candidate-kinds.ts';
import type { LoggedBanditData } from '../ope/estimators.ts';
import type { PolicyName } from '../policies/types.ts';

export type LoggedTip = {
  policy: string;
  propensity: number;
  reward: number;
  chosen: number;
  arms: number[];
  live: number[];
  shadows: { policy: string; probabilities: number[] }[];
};

/** The newest answered tips considered: older behaviour says less about today's policies. */
export const EVALUATION_WINDOW = 5000;

export function selectTipLog(tx: Tx, workspaceId: string): Promise<LoggedTip[]> {
  return tx.query<LoggedTip>(
    `select policy, propensity, reward, chosen, arms, live, shadows
       from recommender.evaluation_log($1, $2)`,
    [workspaceId, EVALUATION_WINDOW],
  );
}

/** Mean reward per arm with a Beta(1, 1)-like pull toward the overall mean. */
export function armRewardModel(log: readonly LoggedTip[]): Float64Array {
  const sums = new Float64Array(KIND_COUNT);
  const counts = new Float64Array(KIND_COUNT);
  let total = 0;
  for (const tip of log) {
    const arm = tip.arms[tip.chosen]!;
    sums[arm]! += tip.reward;
    counts[arm]! += 1;
    total += tip.reward;
  }
  const overall = log.length > 0 ? total / log.length : 0.5;
  const model = new Float64Array(KIND_COUNT);
  for (let a = 0; a < KIND_COUNT; a++) model[a] = (sums[a]! + 2 * overall) / (counts[a]! + 2);
  return model;
}

function targetProbabilities(tip: LoggedTip, target: PolicyName): number[] | undefined {
  if (tip.policy === target) return tip.live;
  return tip.shadows.find((s) => s.policy === target)?.probabilities;
}

/** The log as estimator input for one target policy; rows without the target's answer are left out. */
export function banditData(
  log: readonly LoggedTip[],
  target: PolicyName,
  model: Float64Array,
): LoggedBanditData {
  const rows = log.flatMap((tip) => {
    const probabilities = targetProbabilities(tip, target);
    return probabilities ? [{ tip, probabilities }] : [];
  });
  const n = rows.length;
  const data: LoggedBanditData = {
    n,
    reward: new Float64Array(n),
    loggingPropensity: new Float64Array(n),
    targetProbabilityOfLogged: new Float64Array(n),
    modelRewardOfLogged: new Float64Array(n),
    modelRewardUnderTarget: new Float64Array(n),
  };
  rows.forEach(({ tip, probabilities }, i) => {
    data.reward[i] = tip.reward;
    data.loggingPropensity[i] = Math.min(1, tip.propensity);
    // Logged before probabilities were clamped, a sure pick may read 1 + 1e-16.
    data.targetProbabilityOfLogged[i] = Math.min(1, probabilities[tip.chosen] ?? 0);
    data.modelRewardOfLogged[i] = model[tip.arms[tip.chosen]!]!;
    let expected = 0;
    for (let a = 0; a < probabilities.length; a++)
      expected += probabilities[a]! * model[tip.arms[a]!]!;
    data.modelRewardUnderTarget[i] = expected;
  });
  return data;
}
