// The evidence that the learners learn: on simulated CRMs (seeds other than the sweep's tuning
// seeds), with the app's default hyperparameters, the policies with directed exploration beat
// epsilon-greedy, which beats the generators' rules, which beat choosing at random.
import { beforeAll, describe, expect, it } from 'vitest';
import { simulate, type SimulationResult } from './simulate.ts';

const DECISIONS = 3000;
const TEST_SEEDS = [1, 2, 3];

const POLICIES = ['random', 'rules', 'epsilon-greedy', 'linucb', 'linear-thompson'] as const;

describe.each(TEST_SEEDS)('the simulated CRM with seed %i', (seed) => {
  const regret = new Map<string, SimulationResult>();
  beforeAll(() => {
    for (const policy of POLICIES)
      regret.set(policy, simulate({ policy, seed, decisions: DECISIONS }));
  });

  it('orders cumulative regret: linucb, linear-thompson < epsilon-greedy < rules < random', () => {
    const total = (name: string) => regret.get(name)!.cumulativeRegret;
    expect(total('linucb')).toBeLessThan(total('epsilon-greedy'));
    expect(total('linear-thompson')).toBeLessThan(total('epsilon-greedy'));
    expect(total('epsilon-greedy')).toBeLessThan(total('rules'));
    expect(total('rules')).toBeLessThan(total('random'));
  });

  it('shows the learners regretting less once they have learned, and the baselines not', () => {
    // Regret added over the first and the last fifth of the decisions.
    const firstAndLast = (name: string) => {
      const { curve } = regret.get(name)!;
      const at = (fraction: number) =>
        curve.find((point) => point.decisions >= fraction * DECISIONS)!.cumulativeRegret;
      return [at(0.2), at(1) - at(0.8)] as const;
    };
    for (const learner of ['epsilon-greedy', 'linucb', 'linear-thompson']) {
      const [first, last] = firstAndLast(learner);
      expect(last).toBeLessThan(0.6 * first);
    }
    for (const baseline of ['random', 'rules']) {
      const [first, last] = firstAndLast(baseline);
      expect(last).toBeGreaterThan(0.8 * first);
    }
  });
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
