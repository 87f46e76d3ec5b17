// The evidence that the learners learn: on simulated CRMs (seeds other than the sweep's tuning
// seeds), with the app's default hyperparameters, the policies with directed exploration beat
// epsilon-greedy, which beats the generators' rules, which beat choosing at random.
//
// Two kinds of claim, tested each at the level it holds. Epsilon-greedy < rules < random, and
// the learners' falling regret, have margins of hundreds of regret in every world: they are
// asserted per world. Directed exploration beating epsilon-greedy is a claim about the average
// world, not every world (in seed 3, drawn anew when the feature layout grew, LinUCB's regret is
// 1% above epsilon-greedy's): it is asserted on the mean paired difference over the test worlds,
// which must exceed two of its standard errors, so one close world neither passes nor fails it.
import { beforeAll, describe, expect, it } from 'vitest';
import { simulate, type SimulationResult } from './simulate.ts';

const DECISIONS = 3000;
const TEST_SEEDS = [1, 2, 3, 4, 5, 6, 7, 8];

const POLICIES = ['random', 'rules', 'epsilon-greedy', 'linucb', 'linear-thompson'] as const;
type SimulatedPolicy = (typeof POLICIES)[number];

const results = new Map<number, Map<SimulatedPolicy, SimulationResult>>();
beforeAll(() => {
  for (const seed of TEST_SEEDS) {
    const bySeed = new Map<SimulatedPolicy, SimulationResult>();
    for (const policy of POLICIES)
      bySeed.set(policy, simulate({ policy, seed, decisions: DECISIONS }));
    results.set(seed, bySeed);
  }
});
const total = (seed: number, policy: SimulatedPolicy) =>
  results.get(seed)!.get(policy)!.cumulativeRegret;

describe.each(TEST_SEEDS)('the simulated CRM with seed %i', (seed) => {
  it('orders cumulative regret: epsilon-greedy < rules < random', () => {
    expect(total(seed, 'epsilon-greedy')).toBeLessThan(total(seed, 'rules'));
    expect(total(seed, 'rules')).toBeLessThan(total(seed, 'random'));
  });

  it('shows the learners regretting less once they have learned, and the baselines not', () => {
    // Regret added over the first and the last fifth of the decisions.
    const firstAndLast = (name: SimulatedPolicy) => {
      const { curve } = results.get(seed)!.get(name)!;
      const at = (fraction: number) =>
        curve.find((point) => point.decisions >= fraction * DECISIONS)!.cumulativeRegret;
      return [at(0.2), at(1) - at(0.8)] as const;
    };
    for (const learner of ['epsilon-greedy', 'linucb', 'linear-thompson'] as const) {
      const [first, last] = firstAndLast(learner);
      expect(last).toBeLessThan(0.6 * first);
    }
    for (const baseline of ['random', 'rules'] as const) {
      const [first, last] = firstAndLast(baseline);
      expect(last).toBeGreaterThan(0.8 * first);
    }
  });
});

describe('across the simulated CRMs', () => {
  it.each(['linucb', 'linear-thompson'] as const)(
    '%s regrets less than epsilon-greedy, by more than twice the standard error',
    (learner) => {
      const gains = TEST_SEEDS.map((seed) => total(seed, 'epsilon-greedy') - total(seed, learner));
      const n = gains.length;
      const mean = gains.reduce((a, b) => a + b, 0) / n;
      const variance = gains.reduce((a, g) => a + (g - mean) ** 2, 0) / (n - 1);
      expect(mean).toBeGreaterThan(2 * Math.sqrt(variance / n));
    },
  );
});

describe('simulate', () => {
  it('is reproducible from its seed and reports a curve ending at the total', () => {
    const once = simulate({ policy: 'linear-thompson', seed: 9, decisions: 200 });
    expect(simulate({ policy: 'linear-thompson', seed: 9, decisions: 200 })).toEqual(once);
    expect(once.curve.at(-1)).toEqual({ decisions: 200, cumulativeRegret: once.cumulativeRegret });
    expect(once.curve).toHaveLength(20);
    expect(once.meanAcceptance).toBeGreaterThan(0);
    expect(once.meanAcceptance).toBeLessThan(1);
  });
});
