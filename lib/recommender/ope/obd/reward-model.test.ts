// The position-based reward model: slot rates from the log, item multipliers shrunk by an
// empirically chosen prior: kept when items really differ, pooled away when the log can't tell.
import { describe, expect, it } from 'vitest';
import { createRng } from '../../policies/random.ts';
import type { Impressions } from './impressions.ts';
import { readImpressions } from './impressions.ts';
import { fitPositionBasedModel, marginalLogLikelihood } from './reward-model.ts';
import { valueAt } from './slot-item-table.ts';

/** Uniform random logging of `items` items over 3 slots with click rate slotRate × itemRate. */
function simulatedLog(n: number, slotRates: number[], itemRates: number[]): Impressions {
  const rng = createRng(4);
  const log: Impressions = {
    n,
    itemId: new Int32Array(n),
    position: new Int32Array(n),
    click: new Uint8Array(n),
    propensity: new Float64Array(n).fill(1 / itemRates.length),
  };
  for (let row = 0; row < n; row++) {
    const item = rng.int(itemRates.length);
    const slot = rng.int(slotRates.length);
    log.itemId[row] = item;
    log.position[row] = slot + 1;
    log.click[row] = rng.next() < slotRates[slot]! * itemRates[item]! ? 1 : 0;
  }
  return log;
}

describe('fitPositionBasedModel', () => {
  it('recovers item effects that the log shows clearly', () => {
    const itemRates = [4, 1, 1, 0.25, 1, 1];
    const log = simulatedLog(60_000, [0.1, 0.05, 0.075], itemRates);
    const model = fitPositionBasedModel(log, 6, 3);
    expect(model.priorStrength).toBeLessThan(100);
    expect(model.itemMultiplier[0]).toBeGreaterThan(2.5);
    expect(model.itemMultiplier[3]).toBeLessThan(0.5);
    // Slot 1's rate is an average over items (mean item rate 1.375).
    expect(model.slotRate[0]).toBeCloseTo(0.1 * 1.375, 2);
    expect(valueAt(model.clickRate, 0, 1)).toBeCloseTo(0.4, 1);
    expect(model.description).not.toMatch(/upper bound/);
  });

  it('pools items together on the men sample, whose 46 clicks cannot tell them apart', () => {
    const log = readImpressions('test/fixtures/obd/men/random.csv');
    const model = fitPositionBasedModel(log, 34, 3);
    for (let slot = 0; slot < 3; slot++) {
      let rows = 0;
      let clicks = 0;
      for (let row = 0; row < log.n; row++) {
        if (log.position[row] !== slot + 1) continue;
        rows++;
        clicks += log.click[row]!;
      }
      expect(model.slotRate[slot]).toBeCloseTo(clicks / rows, 15);
    }
    for (const multiplier of model.itemMultiplier) expect(multiplier).toBeCloseTo(1, 2);
    expect(model.description).toMatch(/upper bound/);
  });

  it('fits on the rows it is given, repeats counting as often as they appear', () => {
    const log = simulatedLog(3000, [0.2, 0.1, 0.15], [2, 1, 0.5]);
    const rows = Int32Array.from({ length: 3000 }, (_, j) => (j % 2 === 0 ? j : 0));
    const duplicated: Impressions = {
      n: rows.length,
      itemId: rows.map((row) => log.itemId[row]!),
      position: rows.map((row) => log.position[row]!),
      click: Uint8Array.from(rows, (row) => log.click[row]!),
      propensity: Float64Array.from(rows, (row) => log.propensity[row]!),
    };
    expect(fitPositionBasedModel(log, 3, 3, { rows })).toEqual(
      fitPositionBasedModel(duplicated, 3, 3),
    );
  });

  it('keeps a given prior strength instead of choosing one', () => {
    const log = simulatedLog(3000, [0.2, 0.1, 0.15], [2, 1, 0.5]);
    const chosen = fitPositionBasedModel(log, 3, 3);
    const given = fitPositionBasedModel(log, 3, 3, { priorStrength: chosen.priorStrength * 10 });
    expect(given.priorStrength).toBe(chosen.priorStrength * 10);
    expect(given.slotRate).toEqual(chosen.slotRate);
    // A stronger prior pulls every multiplier toward 1.
    for (let item = 0; item < 3; item++) {
      expect(Math.abs(given.itemMultiplier[item]! - 1)).toBeLessThan(
        Math.abs(chosen.itemMultiplier[item]! - 1),
      );
    }
  });

  it('refuses items and slots outside the table', () => {
    const log = simulatedLog(10, [0.1, 0.1, 0.1], [1, 1, 1]);
    expect(() => fitPositionBasedModel(log, 2, 3)).toThrow(/out of range/);
  });
});

describe('marginalLogLikelihood', () => {
  it('changes with m as the negative binomial probabilities do', () => {
    // P(c) = Γ(c + m) / (Γ(m) c!) · p^m (1 − p)^c with p = m / (m + e); for c = 2,
    // Γ(2 + m) / Γ(m) = m (m + 1).
    const logPmf = (m: number, e: number) => {
      const p = m / (m + e);
      return Math.log((m * (m + 1)) / 2) + m * Math.log(p) + 2 * Math.log(1 - p);
    };
    const clicks = Float64Array.of(2, 0);
    const expected = Float64Array.of(1.5, 0.7);
    const direct = (m: number) => logPmf(m, 1.5) + m * Math.log(m / (m + 0.7));
    const difference = (m1: number, m2: number) =>
      marginalLogLikelihood(clicks, expected, m1) - marginalLogLikelihood(clicks, expected, m2);
    expect(difference(0.5, 3)).toBeCloseTo(direct(0.5) - direct(3), 12);
    expect(difference(7, 40)).toBeCloseTo(direct(7) - direct(40), 12);
  });
});
