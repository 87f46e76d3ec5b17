// Off-policy evaluation: how well would a target policy π_e have done, judged only from rows that
// a logging policy π0 chose? Used by the app's tip log and by the Open Bandit Dataset benchmark.
// Every estimate comes with a bootstrap percentile interval, because on a few thousand rows with a
// handful of rewards the point estimates alone are misleading. Rows live in typed arrays and a
// resample costs four sums over n rows, so 10,000 rows × 1,000 resamples is well under 1 s.
import { createRng } from '../policies/random.ts';

export interface LoggedBanditData {
  n: number;
  /** r_i */
  reward: Float64Array;
  /** p_i = π0(a_i | x_i), the logging policy's probability of the logged action. */
  loggingPropensity: Float64Array;
  /** π_e(a_i | x_i) */
  targetProbabilityOfLogged: Float64Array;
  /** q̂(x_i, a_i) */
  modelRewardOfLogged: Float64Array;
  /** Σ_a π_e(a | x_i) q̂(x_i, a) */
  modelRewardUnderTarget: Float64Array;
}

export interface EstimateWithInterval {
  estimate: number;
  /** Bootstrap percentile interval [lo, hi] at the requested level. */
  ci: [number, number];
}

export interface PolicyEvaluation {
  n: number;
  /** (Σw)² / Σw² of the importance weights w_i = π_e / p_i: how many rows IPS effectively uses. */
  effectiveSampleSize: number;
  ips: EstimateWithInterval;
  snips: EstimateWithInterval;
  dm: EstimateWithInterval;
  dr: EstimateWithInterval;
}

/** A reward model's two columns, aligned with the rows of a LoggedBanditData. */
export interface ModelColumns {
  modelRewardOfLogged: Float64Array;
  modelRewardUnderTarget: Float64Array;
}

export interface EvaluationOptions {
  /** Bootstrap resamples; default 1000. */
  resamples?: number;
  /** Seed of the resampling; default 1. */
  seed?: number;
  /** Interval coverage in (0, 1); default 0.95. */
  level?: number;
  /**
   * Refits the reward model on one resample (row indices, with repeats) and returns its columns
   * for all n rows. Without it q̂ is held fixed across resamples, and when q̂ was fit on these same
   * rows the DM interval then covers only the spread of contexts, not the model's own error.
   */
  refitModel?: (resampleRows: Int32Array) => ModelColumns;
}

const ESTIMATORS = ['ips', 'snips', 'dm', 'dr'] as const;

export function evaluatePolicy(
  data: LoggedBanditData,
  options: EvaluationOptions = {},
): PolicyEvaluation {
  const { resamples = 1000, seed = 1, level = 0.95, refitModel } = options;
  validate(data);
  if (!Number.isInteger(resamples) || resamples < 1) {
    throw new RangeError(`resamples must be a positive integer, got ${resamples}`);
  }
  if (!(level > 0 && level < 1)) throw new RangeError(`level must be in (0, 1), got ${level}`);

  const { n } = data;
  const weights = importanceWeights(data);
  const point = estimates(sumsOver(data, weights, data, null), n);

  // One resample's rows feed all four estimators, so their intervals are comparable.
  const rng = createRng(seed);
  const rows = new Int32Array(n);
  const replicates = ESTIMATORS.map(() => new Float64Array(resamples));
  for (let b = 0; b < resamples; b++) {
    for (let j = 0; j < n; j++) rows[j] = rng.int(n);
    const model = refitModel ? checkedModel(refitModel(rows), n) : data;
    const replicate = estimates(sumsOver(data, weights, model, rows), n);
    for (let e = 0; e < ESTIMATORS.length; e++) replicates[e]![b] = replicate[e]!;
  }

  let sumWeight = 0;
  let sumSquaredWeight = 0;
  for (let i = 0; i < n; i++) {
    sumWeight += weights[i]!;
    sumSquaredWeight += weights[i]! * weights[i]!;
  }

  const withInterval = (e: number): EstimateWithInterval => ({
    estimate: point[e]!,
    ci: percentileInterval(replicates[e]!, level),
  });
  return {
    n,
    effectiveSampleSize: sumSquaredWeight === 0 ? 0 : (sumWeight * sumWeight) / sumSquaredWeight,
    ips: withInterval(0),
    snips: withInterval(1),
    dm: withInterval(2),
    dr: withInterval(3),
  };
}

function validate(data: LoggedBanditData): void {
  const { n } = data;
  if (!Number.isInteger(n) || n < 1) {
    throw new RangeError(`logged bandit data needs at least one row, got n = ${n}`);
  }
  const columns = {
    reward: data.reward,
    loggingPropensity: data.loggingPropensity,
    targetProbabilityOfLogged: data.targetProbabilityOfLogged,
    modelRewardOfLogged: data.modelRewardOfLogged,
    modelRewardUnderTarget: data.modelRewardUnderTarget,
  };
  for (const [name, column] of Object.entries(columns)) {
    if (column.length !== n) {
      throw new RangeError(`${name} has ${column.length} values but n = ${n}`);
    }
    for (let i = 0; i < n; i++) {
      if (!Number.isFinite(column[i])) throw new RangeError(`${name}[${i}] is not finite`);
    }
  }
  for (let i = 0; i < n; i++) {
    const p = data.loggingPropensity[i]!;
    if (!(p > 0 && p <= 1)) {
      throw new RangeError(`loggingPropensity[${i}] = ${p}: propensities must be in (0, 1]`);
    }
    const target = data.targetProbabilityOfLogged[i]!;
    if (!(target >= 0 && target <= 1)) {
      throw new RangeError(`targetProbabilityOfLogged[${i}] = ${target}: must be in [0, 1]`);
    }
  }
}

function checkedModel(model: ModelColumns, n: number): ModelColumns {
  const columns = [
    ['modelRewardOfLogged', model.modelRewardOfLogged],
    ['modelRewardUnderTarget', model.modelRewardUnderTarget],
  ] as const;
  for (const [name, column] of columns) {
    if (column.length !== n) {
      throw new RangeError(`refitModel: ${name} has ${column.length} values, not ${n}`);
    }
  }
  return model;
}

/** w_i = π_e(a_i | x_i) / π0(a_i | x_i) */
function importanceWeights(data: LoggedBanditData): Float64Array {
  const weights = new Float64Array(data.n);
  for (let i = 0; i < data.n; i++) {
    weights[i] = data.targetProbabilityOfLogged[i]! / data.loggingPropensity[i]!;
  }
  return weights;
}

/**
 * [Σw, Σw·r, Σq̂_π, Σw·q̂] over the given rows (all n rows, in order, when `rows` is null): the
 * four sums every estimator is a function of.
 */
function sumsOver(
  data: LoggedBanditData,
  weights: Float64Array,
  model: ModelColumns,
  rows: Int32Array | null,
): Float64Array {
  let weight = 0;
  let weightedReward = 0;
  let modelUnderTarget = 0;
  let weightedModel = 0;
  for (let j = 0; j < data.n; j++) {
    const i = rows === null ? j : rows[j]!;
    const w = weights[i]!;
    weight += w;
    weightedReward += w * data.reward[i]!;
    modelUnderTarget += model.modelRewardUnderTarget[i]!;
    weightedModel += w * model.modelRewardOfLogged[i]!;
  }
  return Float64Array.of(weight, weightedReward, modelUnderTarget, weightedModel);
}

/** [IPS, SNIPS, DM, DR] over n rows from the sums of `sumsOver`. */
function estimates(sums: Float64Array, n: number): Float64Array {
  const [weight = 0, weightedReward = 0, modelUnderTarget = 0, weightedModel = 0] = sums;
  return Float64Array.of(
    weightedReward / n,
    // No row the target could have chosen: like IPS, SNIPS has seen no reward, so 0 rather than 0/0.
    weight === 0 ? 0 : weightedReward / weight,
    modelUnderTarget / n,
    // DR = DM + the importance-weighted residuals w_i (r_i − q̂(x_i, a_i)).
    (modelUnderTarget + weightedReward - weightedModel) / n,
  );
}

/** The (1 − level)/2 and (1 + level)/2 quantiles, interpolating between order statistics. */
function percentileInterval(replicates: Float64Array, level: number): [number, number] {
  const sorted = replicates.slice().sort();
  const quantile = (q: number) => {
    const position = q * (sorted.length - 1);
    const below = Math.floor(position);
    const above = Math.min(below + 1, sorted.length - 1);
    return sorted[below]! + (position - below) * (sorted[above]! - sorted[below]!);
  };
  return [quantile((1 - level) / 2), quantile((1 + level) / 2)];
}
