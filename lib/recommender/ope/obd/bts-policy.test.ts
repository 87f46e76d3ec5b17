// π_e of Bernoulli TS by Monte Carlo: a distribution per slot, exact where a closed form exists,
// and on the men priors, led by the item the priors rate best.
import { describe, expect, it } from 'vitest';
import { btsSlotDistribution } from './bts-policy.ts';
import { readBetaPriors, type BetaPriors } from './priors.ts';
import { valueAt } from './slot-item-table.ts';

const priors = (alpha: number[], beta: number[]): BetaPriors => ({
  alpha: Float64Array.from(alpha),
  beta: Float64Array.from(beta),
});

describe('btsSlotDistribution', () => {
  it('matches P(θ1 > θ2) = 2/3 for Beta(2, 1) against Beta(1, 1)', () => {
    // ∫ P(U < x) · 2x dx = ∫ 2x² dx = 2/3; the Monte Carlo sd at 100,000 draws is 0.0015.
    const pi = btsSlotDistribution(priors([2, 1], [1, 1]), { draws: 100_000, seed: 1, slots: 2 });
    expect(valueAt(pi, 0, 1)).toBeCloseTo(2 / 3, 2);
    expect(valueAt(pi, 1, 1)).toBeCloseTo(1 / 3, 2);
    expect(valueAt(pi, 0, 2)).toBeCloseTo(1 / 3, 2);
  });

  it('on the men priors with the default 100,000 draws: one distribution per slot, led by the best prior mean', () => {
    const men = readBetaPriors('test/fixtures/obd/men/prior_bts.json');
    const items = men.alpha.length;
    const pi = btsSlotDistribution(men, { draws: 100_000, seed: 1, slots: 3 });
    expect(pi.items).toBe(34);
    for (let position = 1; position <= 3; position++) {
      let total = 0;
      for (let item = 0; item < items; item++) total += valueAt(pi, item, position);
      expect(total).toBeCloseTo(1, 12);
    }
    // An item fills at most one slot per draw.
    for (let item = 0; item < items; item++) {
      const slots = valueAt(pi, item, 1) + valueAt(pi, item, 2) + valueAt(pi, item, 3);
      expect(slots).toBeLessThanOrEqual(1 + 1e-12);
    }
    const priorMean = Array.from(men.alpha, (a, i) => a / (a + men.beta[i]!));
    const slotOne = Array.from({ length: items }, (_, item) => valueAt(pi, item, 1));
    const best = priorMean.indexOf(Math.max(...priorMean));
    const worst = priorMean.indexOf(Math.min(...priorMean));
    expect(slotOne.indexOf(Math.max(...slotOne))).toBe(best);
    expect(slotOne[best]).toBeGreaterThan(0.2);
    expect(slotOne[worst]).toBeLessThan(0.01);
  });

  it('is reproducible from its seed', () => {
    const some = priors([2, 3, 4, 1], [5, 5, 5, 5]);
    const once = btsSlotDistribution(some, { draws: 2000, seed: 9, slots: 3 });
    expect(btsSlotDistribution(some, { draws: 2000, seed: 9, slots: 3 })).toEqual(once);
    expect(btsSlotDistribution(some, { draws: 2000, seed: 10, slots: 3 })).not.toEqual(once);
  });

  it('refuses no draws and more slots than items', () => {
    const two = priors([1, 1], [1, 1]);
    expect(() => btsSlotDistribution(two, { draws: 0, seed: 1, slots: 1 })).toThrow(/draws/);
    expect(() => btsSlotDistribution(two, { draws: 10, seed: 1, slots: 3 })).toThrow(/slots/);
  });
});
