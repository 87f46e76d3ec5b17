// The evaluation policy of the OBD benchmark: Bernoulli Thompson sampling with the campaign's
// priors, showing its top `slots` items. Its action distribution has no closed form, so, as in
// the OBD paper, it is estimated by Monte Carlo: draw θ_i ~ Beta(α_i, β_i) for every item, the
// k-th largest θ goes to slot k, count over many draws.
import { createRng } from '../../policies/random.ts';
import type { BetaPriors } from './priors.ts';
import type { SlotItemTable } from './slot-item-table.ts';

export interface BtsSimulationOptions {
  draws: number;
  seed: number;
  slots: number;
}

/** π_e(item | slot) as a slots × items table; each slot's row sums to 1. */
export function btsSlotDistribution(
  priors: BetaPriors,
  { draws, seed, slots }: BtsSimulationOptions,
): SlotItemTable {
  const items = priors.alpha.length;
  if (!Number.isInteger(draws) || draws < 1) {
    throw new RangeError(`draws must be a positive integer, got ${draws}`);
  }
  if (!Number.isInteger(slots) || slots < 1 || slots > items) {
    throw new RangeError(`slots must be an integer in [1, ${items}], got ${slots}`);
  }
  const rng = createRng(seed);
  const counts = new Float64Array(slots * items);
  // The running top `slots` of one draw, best first: insertion into a tiny sorted list beats
  // sorting all items when slots ≪ items.
  const topItem = new Int32Array(slots);
  const topTheta = new Float64Array(slots);
  for (let draw = 0; draw < draws; draw++) {
    topTheta.fill(-1);
    for (let item = 0; item < items; item++) {
      const theta = rng.beta(priors.alpha[item]!, priors.beta[item]!);
      if (theta <= topTheta[slots - 1]!) continue;
      let k = slots - 1;
      for (; k > 0 && theta > topTheta[k - 1]!; k--) {
        topTheta[k] = topTheta[k - 1]!;
        topItem[k] = topItem[k - 1]!;
      }
      topTheta[k] = theta;
      topItem[k] = item;
    }
    for (let k = 0; k < slots; k++) {
      const cell = k * items + topItem[k]!;
      counts[cell] = counts[cell]! + 1;
    }
  }
  for (let i = 0; i < counts.length; i++) counts[i] = counts[i]! / draws;
  return { slots, items, values: counts };
}
