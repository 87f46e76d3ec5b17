// The reward model q̂(item, slot) that DM and DR need, fit on the uniform-random log.
//
// The random log of the men sample has ~10,000 impressions over 34 items × 3 slots and only ~46
// clicks: under half a click per (item, slot) cell, so raw cell rates are mostly 0 and noise.
// We fit the position-based click model instead, P(click | item, slot) = slotRate[slot] ×
// itemMultiplier[item]: the slot says how often people look there, the item how attractive it is.
// - slotRate is each slot's click rate in the log (~3,300 rows each). Under uniform logging every
//   item appears equally in every slot, so this needs no joint fit; on a log where items and
//   slots are correlated it would be biased.
// - itemMultiplier shrinks each item's clicks toward "average": with E_i = Σ_slot rows × slotRate
//   the clicks the item would get if it were average, and a Gamma(m, m) prior (mean 1) on its
//   multiplier, the Poisson posterior mean is (clicks_i + m) / (E_i + m).
// - m is not tuned by hand: it maximizes the marginal (negative binomial) likelihood of the
//   items' clicks, i.e. empirical Bayes. Large m means the log cannot tell the items apart.
// No user features: with this few clicks a contextual model would mostly fit noise.
import type { Impressions } from './impressions.ts';
import type { SlotItemTable } from './slot-item-table.ts';

export interface PositionBasedModel {
  /** q̂(item, slot) = slotRate[slot] × itemMultiplier[item]. */
  clickRate: SlotItemTable;
  slotRate: Float64Array;
  itemMultiplier: Float64Array;
  /** m of the Gamma(m, m) prior on item multipliers, chosen by empirical Bayes unless given. */
  priorStrength: number;
  /** One line for reports: what the model is and the fitted m. */
  description: string;
}

/** Where empirical Bayes looks for m: from "items are anything" to "items are all alike". */
const PRIOR_STRENGTH_RANGE = [1e-2, 1e4] as const;

export interface FitOptions {
  /** Indices into `log` to fit on instead of all its rows (a resample: a row listed k times counts k times). */
  rows?: Int32Array;
  /**
   * Use this m instead of choosing it by empirical Bayes. Bootstrap refits need it: a resample
   * repeats rows, so its item click counts look overdispersed and empirical Bayes would read
   * item differences into every resample that the real log does not show.
   */
  priorStrength?: number;
}

export function fitPositionBasedModel(
  log: Impressions,
  items: number,
  slots: number,
  options: FitOptions = {},
): PositionBasedModel {
  const { rows } = options;
  const slotRows = new Float64Array(slots);
  const slotClicks = new Float64Array(slots);
  const cellRows = new Float64Array(slots * items);
  const itemClicks = new Float64Array(items);
  const count = rows === undefined ? log.n : rows.length;
  for (let j = 0; j < count; j++) {
    const row = rows === undefined ? j : rows[j]!;
    const slot = log.position[row]! - 1;
    const item = log.itemId[row]!;
    if (slot >= slots || item >= items) {
      throw new RangeError(`row ${row}: item ${item} in position ${slot + 1} is out of range`);
    }
    slotRows[slot] = slotRows[slot]! + 1;
    slotClicks[slot] = slotClicks[slot]! + log.click[row]!;
    cellRows[slot * items + item] = cellRows[slot * items + item]! + 1;
    itemClicks[item] = itemClicks[item]! + log.click[row]!;
  }
  const slotRate = slotClicks.map((clicks, slot) =>
    slotRows[slot]! === 0 ? 0 : clicks / slotRows[slot]!,
  );
  const expectedClicks = new Float64Array(items);
  for (let slot = 0; slot < slots; slot++) {
    for (let item = 0; item < items; item++) {
      expectedClicks[item] =
        expectedClicks[item]! + cellRows[slot * items + item]! * slotRate[slot]!;
    }
  }

  const priorStrength =
    options.priorStrength ??
    maximizeOnLogScale(
      (m) => marginalLogLikelihood(itemClicks, expectedClicks, m),
      PRIOR_STRENGTH_RANGE,
    );
  const itemMultiplier = itemClicks.map(
    (clicks, item) => (clicks + priorStrength) / (expectedClicks[item]! + priorStrength),
  );
  const values = new Float64Array(slots * items);
  for (let slot = 0; slot < slots; slot++) {
    for (let item = 0; item < items; item++) {
      values[slot * items + item] = slotRate[slot]! * itemMultiplier[item]!;
    }
  }
  return {
    clickRate: { slots, items, values },
    slotRate,
    itemMultiplier,
    priorStrength,
    description:
      'position-based click model fit on random.csv: q(item, slot) = slotClickRate[slot] × ' +
      'itemMultiplier[item], multiplier = (clicks + m) / (expectedClicks + m) under a Gamma(m, m) ' +
      `prior, m = ${priorStrength.toPrecision(3)} by empirical Bayes (marginal likelihood; ` +
      'bootstrap refits keep this m)' +
      (priorStrength > PRIOR_STRENGTH_RANGE[1] / 2
        ? '; m is at its upper bound: the log cannot tell the items apart, so q ≈ slotClickRate'
        : ''),
  };
}

/**
 * log P(clicks | m) up to a constant, when clicks_i ~ Poisson(E_i ρ_i) and ρ_i ~ Gamma(m, m):
 * a negative binomial per item. Clicks are integers, so log Γ(c + m) − log Γ(m) is a finite sum.
 */
export function marginalLogLikelihood(
  clicks: Float64Array,
  expected: Float64Array,
  m: number,
): number {
  let total = 0;
  for (let item = 0; item < clicks.length; item++) {
    const c = clicks[item]!;
    const e = expected[item]!;
    for (let j = 0; j < c; j++) total += Math.log(m + j);
    total += m * Math.log(m / (m + e));
    if (c > 0) total += c * Math.log(e / (m + e));
  }
  return total;
}

/** Golden-section search for the maximum of a unimodal f over [lo, hi], in log m. */
function maximizeOnLogScale(f: (m: number) => number, [lo, hi]: readonly [number, number]): number {
  const ratio = (Math.sqrt(5) - 1) / 2;
  let a = Math.log(lo);
  let b = Math.log(hi);
  let c = b - ratio * (b - a);
  let d = a + ratio * (b - a);
  let fc = f(Math.exp(c));
  let fd = f(Math.exp(d));
  while (b - a > 1e-6) {
    if (fc >= fd) {
      b = d;
      d = c;
      fd = fc;
      c = b - ratio * (b - a);
      fc = f(Math.exp(c));
    } else {
      a = c;
      c = d;
      fc = fd;
      d = a + ratio * (b - a);
      fd = f(Math.exp(d));
    }
  }
  return Math.exp((a + b) / 2);
}
