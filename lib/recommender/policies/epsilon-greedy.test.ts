// Epsilon-greedy's distribution has a closed form: ε/n everywhere plus (1−ε) split between the
// candidates tied for the best estimated reward.
import { describe, expect, it } from 'vitest';
import { createEpsilonGreedyPolicy } from './epsilon-greedy.ts';
import { createRng } from './random.ts';
import { DIMS, randomCandidates, row, trainedState } from './test-fixtures.ts';

describe('epsilon-greedy', () => {
  it.each([0, 0.1, 0.35, 1])('gives ε/n + (1−ε)·argmax share with ε = %s', (epsilon) => {
    const policy = createEpsilonGreedyPolicy({ epsilon, lambda: 1 });
    const rng = createRng(11);
    const state = trainedState(policy, rng, 300);
    const candidates = randomCandidates(rng, 9);
    // Candidate 8 duplicates whichever candidate scores best, so the best is a tie of two.
    const means = policy.scores(state, candidates, rng);
    const best = means.indexOf(Math.max(...means));
    candidates.features.copyWithin(8 * DIMS, best * DIMS, (best + 1) * DIMS);
    candidates.arms[8] = candidates.arms[best]!;

    const scores = policy.scores(state, candidates, rng);
    for (let i = 0; i < candidates.count; i++) {
      const arm = candidates.arms[i]!;
      const x = row(candidates, i);
      const mean = x.reduce((sum, xj, j) => sum + xj * state.theta[arm * DIMS + j]!, 0);
      expect(scores[i]).toBeCloseTo(mean, 12);
    }
    const top = Math.max(...scores);
    const ties = scores.filter((s) => s === top).length;
    expect(ties).toBe(2);
    const probabilities = policy.probabilities(state, candidates, rng);
    for (let i = 0; i < candidates.count; i++) {
      const share = scores[i] === top ? 1 / ties : 0;
      expect(probabilities[i]).toBeCloseTo(epsilon / candidates.count + (1 - epsilon) * share, 15);
    }
  });

  it('refuses an ε outside [0, 1]', () => {
    expect(() => createEpsilonGreedyPolicy({ epsilon: 1.5, lambda: 1 })).toThrow(/ε 1.5/);
  });
});
