// The standard OPE benchmark on an Open Bandit Dataset folder: estimate, from the uniform-random
// log alone, the click rate Bernoulli TS would get, and compare with the click rate it did get in
// its own log (bts.csv). See test/fixtures/obd/README.md.
import { join } from 'node:path';
import {
  evaluatePolicy,
  type EstimateWithInterval,
  type LoggedBanditData,
  type ModelColumns,
} from '../estimators.ts';
import { btsSlotDistribution } from './bts-policy.ts';
import { readImpressions, type Impressions } from './impressions.ts';
import { ObdInputError } from './input-error.ts';
import { readBetaPriors } from './priors.ts';
import { fitPositionBasedModel } from './reward-model.ts';
import { valueAt, type SlotItemTable } from './slot-item-table.ts';

/** Bernoulli TS fills the three recommendation slots of the ZOZOTOWN page. */
export const OBD_SLOTS = 3;

export interface ObdEvaluationOptions {
  /** Monte Carlo draws for π_e (the paper uses 100,000). */
  draws: number;
  /** Seeds both the π_e simulation and the bootstrap. */
  seed: number;
  /** Bootstrap resamples. */
  resamples: number;
}

export interface ObdReport {
  /** Mean click of bts.csv: what Bernoulli TS actually got. */
  truth: number;
  ips: EstimateWithInterval;
  snips: EstimateWithInterval;
  dm: EstimateWithInterval;
  dr: EstimateWithInterval;
  /** |estimate − truth| / truth per estimator. */
  relativeError: { ips: number; snips: number; dm: number; dr: number };
  n: number;
  effectiveSampleSize: number;
  rewardModel: string;
  draws: number;
  seed: number;
}

export function evaluateObdFolder(dir: string, options: ObdEvaluationOptions): ObdReport {
  const randomLog = readImpressions(join(dir, 'random.csv'));
  const btsLog = readImpressions(join(dir, 'bts.csv'));
  const priors = readBetaPriors(join(dir, 'prior_bts.json'));
  const items = priors.alpha.length;
  for (const [file, log] of [
    ['random.csv', randomLog],
    ['bts.csv', btsLog],
  ] as const) {
    assertInRange(log, items, join(dir, file));
  }
  const truth = meanClick(btsLog);
  if (truth === 0) {
    throw new ObdInputError(`${join(dir, 'bts.csv')} has no clicks: no truth to compare with`);
  }

  const target = btsSlotDistribution(priors, {
    draws: options.draws,
    seed: options.seed,
    slots: OBD_SLOTS,
  });
  const model = fitPositionBasedModel(randomLog, items, OBD_SLOTS);
  const evaluation = evaluatePolicy(buildLoggedBanditData(randomLog, target, model.clickRate), {
    resamples: options.resamples,
    seed: options.seed,
    // The model was fit on these rows, so DM's interval must include refitting it.
    refitModel: (rows) =>
      modelColumns(
        randomLog,
        target,
        fitPositionBasedModel(randomLog, items, OBD_SLOTS, {
          rows,
          priorStrength: model.priorStrength,
        }).clickRate,
      ),
  });
  const relative = (estimate: number) => Math.abs(estimate - truth) / truth;
  return {
    truth,
    ips: evaluation.ips,
    snips: evaluation.snips,
    dm: evaluation.dm,
    dr: evaluation.dr,
    relativeError: {
      ips: relative(evaluation.ips.estimate),
      snips: relative(evaluation.snips.estimate),
      dm: relative(evaluation.dm.estimate),
      dr: relative(evaluation.dr.estimate),
    },
    n: evaluation.n,
    effectiveSampleSize: evaluation.effectiveSampleSize,
    rewardModel: model.description,
    draws: options.draws,
    seed: options.seed,
  };
}

/** The logged rows as the estimators see them: the context of a row is its slot. */
export function buildLoggedBanditData(
  log: Impressions,
  target: SlotItemTable,
  model: SlotItemTable,
): LoggedBanditData {
  const targetProbabilityOfLogged = new Float64Array(log.n);
  for (let row = 0; row < log.n; row++) {
    targetProbabilityOfLogged[row] = valueAt(target, log.itemId[row]!, log.position[row]!);
  }
  return {
    n: log.n,
    reward: Float64Array.from(log.click),
    loggingPropensity: log.propensity,
    targetProbabilityOfLogged,
    ...modelColumns(log, target, model),
  };
}

/** q̂(item_i, slot_i) and Σ_item π_e(item | slot_i) q̂(item, slot_i) for every row of `log`. */
export function modelColumns(
  log: Impressions,
  target: SlotItemTable,
  model: SlotItemTable,
): ModelColumns {
  // The target's expected model reward depends on the slot only: once per slot, not per row.
  const valueOfSlot = new Float64Array(target.slots);
  for (let slot = 0; slot < target.slots; slot++) {
    for (let item = 0; item < target.items; item++) {
      valueOfSlot[slot] =
        valueOfSlot[slot]! + valueAt(target, item, slot + 1) * valueAt(model, item, slot + 1);
    }
  }
  const columns: ModelColumns = {
    modelRewardOfLogged: new Float64Array(log.n),
    modelRewardUnderTarget: new Float64Array(log.n),
  };
  for (let row = 0; row < log.n; row++) {
    const position = log.position[row]!;
    columns.modelRewardOfLogged[row] = valueAt(model, log.itemId[row]!, position);
    columns.modelRewardUnderTarget[row] = valueOfSlot[position - 1]!;
  }
  return columns;
}

export function meanClick(log: Impressions): number {
  let clicks = 0;
  for (let row = 0; row < log.n; row++) clicks += log.click[row]!;
  return clicks / log.n;
}

function assertInRange(log: Impressions, items: number, source: string): void {
  for (let row = 0; row < log.n; row++) {
    if (log.itemId[row]! >= items || log.position[row]! > OBD_SLOTS) {
      throw new ObdInputError(
        `${source} line ${row + 2}: item ${log.itemId[row]} in position ${log.position[row]} ` +
          `is outside the ${items} items of prior_bts.json and the ${OBD_SLOTS} slots`,
      );
    }
  }
}
