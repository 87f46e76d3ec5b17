// What learning means for each learner: a reward above the current estimate raises the arm's
// estimate for those features, one below lowers it, and other arms are untouched.
import { describe, expect, it } from 'vitest';
import { createRng } from './random.ts';
import { getPolicy } from './registry.ts';
import { ARMS, DIMS, randomCandidates, row } from './test-fixtures.ts';
import type { CandidateMatrix, Policy } from './types.ts';

const learners = (['epsilon-greedy', 'linucb', 'linear-thompson'] as const).map(getPolicy);

/** The estimated reward (posterior mean for Thompson): the sum of the feature contributions. */
function estimate(policy: Policy<unknown>, state: unknown, candidates: CandidateMatrix, i: number) {
  return policy.contributions(state, candidates, i).reduce((a, b) => a + b, 0);
}

describe.each(learners)('$name learning', (policy) => {
  it('moves the chosen arm’s estimate toward the reward and leaves other arms alone', () => {
    const rng = createRng(31);
    const state = policy.initialState(ARMS, DIMS);
    const candidates = randomCandidates(rng, 2);
    candidates.arms.set([3, 5]);
    const x = row(candidates, 0);
    const other = estimate(policy, state, candidates, 1);

    let previous = estimate(policy, state, candidates, 0);
    for (let n = 0; n < 5; n++) {
      policy.update(state, 3, x, 1);
      const current = estimate(policy, state, candidates, 0);
      expect(current).toBeGreaterThan(previous);
      expect(current).toBeLessThan(1);
      previous = current;
    }
    for (let n = 0; n < 5; n++) {
      policy.update(state, 3, x, 0);
      const current = estimate(policy, state, candidates, 0);
      expect(current).toBeLessThan(previous);
      expect(current).toBeGreaterThan(0);
      previous = current;
    }
    expect(estimate(policy, state, candidates, 1)).toBe(other);
  });

  it('refuses an update that does not fit the state', () => {
    const state = policy.initialState(ARMS, DIMS);
    const x = new Float64Array(DIMS);
    expect(() => policy.update(state, ARMS, x, 1)).toThrow(`${policy.name}: arm ${ARMS}`);
    expect(() => policy.update(state, 0, new Float64Array(3), 1)).toThrow(/3 features/);
    expect(() => policy.update(state, 0, x, 1.5)).toThrow(/reward 1.5/);
    expect(() => policy.update(state, 0, x.fill(Number.NaN), 1)).toThrow(/finite/);
  });
});
