// Thompson sampling's propensities are estimated from candidate-space draws (one normal per
// candidate, correlated within an arm), its scores from weight-space draws (one weight vector per
// arm). Both must describe the same posterior: the estimated propensities must match how often
// each candidate actually wins a single draw.
import { describe, expect, it } from 'vitest';
import {
  createLinearThompsonPolicy,
  LINEAR_THOMPSON_DEFAULTS,
  type LinearThompsonState,
} from './linear-thompson.ts';
import { createRng } from './random.ts';
import { ARMS, DIMS, randomCandidates, row, trainedState } from './test-fixtures.ts';
import type { CandidateMatrix } from './types.ts';

describe('linear-thompson', () => {
  const v = 0.6;
  const rng = createRng(5);
  // A young posterior, so several candidates have a real chance of winning.
  const trained = trainedState(createLinearThompsonPolicy({ v, lambda: 1, draws: 1 }), rng, 40, 3);
  const candidates = randomCandidates(rng, 7, 3);
  candidates.arms.set([0, 0, 0, 1, 1, 2, 2]);
  // Candidates 1 and 2 are near copies of 0: their scores move together, so the three win about
  // as often as one would, not as often as three independent chances.
  for (const copy of [1, 2])
    for (let j = 0; j < DIMS; j++)
      candidates.features[copy * DIMS + j] = candidates.features[j]! + 0.05 * (rng.next() - 0.5);

  function winFrequencies(
    state: LinearThompsonState,
    matrix: CandidateMatrix,
    scale: number,
    draws: number,
  ): Float64Array {
    const policy = createLinearThompsonPolicy({ v: scale, lambda: 1, draws: 1 });
    const drawRng = createRng(99);
    const wins = new Float64Array(matrix.count);
    for (let n = 0; n < draws; n++) {
      const scores = policy.scores(state, matrix, drawRng);
      wins[scores.indexOf(Math.max(...scores))]! += 1 / draws;
    }
    return wins;
  }

  it('estimates propensities that match the single-draw argmax frequencies', () => {
    const empirical = winFrequencies(trained, candidates, v, 20_000);
    // The comparison means something only if several candidates win often.
    expect([...empirical].filter((f) => f > 0.05).length).toBeGreaterThanOrEqual(3);
    const precise = createLinearThompsonPolicy({ v, lambda: 1, draws: 20_000 });
    const estimated = precise.probabilities(trained, candidates, createRng(1));
    // Each frequency has a standard error ≤ 0.0035; 0.025 is over five of the difference's.
    for (let i = 0; i < candidates.count; i++)
      expect(Math.abs(estimated[i]! - empirical[i]!)).toBeLessThan(0.025);

    const everyday = createLinearThompsonPolicy({
      v,
      lambda: 1,
      draws: LINEAR_THOMPSON_DEFAULTS.draws,
    });
    const rough = everyday.probabilities(trained, candidates, createRng(2));
    for (let i = 0; i < candidates.count; i++)
      expect(Math.abs(rough[i]! - empirical[i]!)).toBeLessThan(0.15);
  });

  it('leaves out only candidates that never win, once the posterior is sure', () => {
    const { v: scale } = LINEAR_THOMPSON_DEFAULTS;
    const policy = createLinearThompsonPolicy(LINEAR_THOMPSON_DEFAULTS);
    const learnRng = createRng(12);
    const sure = policy.initialState(ARMS, DIMS);
    // Rewards that really depend on feature 1, so trained means spread far apart.
    for (let n = 0; n < 3000; n++) {
      const candidate = randomCandidates(learnRng, 1);
      const x = row(candidate, 0);
      const reward = learnRng.next() < 0.5 + 0.45 * x[1]! ? 1 : 0;
      policy.update(sure, candidate.arms[0]!, x, reward);
    }
    const many = randomCandidates(learnRng, 30);
    const estimated = createLinearThompsonPolicy({
      ...LINEAR_THOMPSON_DEFAULTS,
      draws: 20_000,
    }).probabilities(sure, many, createRng(3));
    const empirical = winFrequencies(sure, many, scale, 20_000);
    const leftOut = [...estimated].flatMap((p, i) => (p === 0 ? [i] : []));
    expect(leftOut.length).toBeGreaterThan(many.count / 2);
    for (const i of leftOut) expect(empirical[i]).toBe(0);
    for (let i = 0; i < many.count; i++)
      expect(Math.abs(estimated[i]! - empirical[i]!)).toBeLessThan(0.025);
  });

  it('draws scores with the posterior mean θ·x and variance v²·xᵀA⁻¹x', () => {
    const policy = createLinearThompsonPolicy({ v, lambda: 1, draws: 1 });
    const drawRng = createRng(17);
    const n = 20_000;
    const sum = new Float64Array(candidates.count);
    const sumOfSquares = new Float64Array(candidates.count);
    for (let k = 0; k < n; k++) {
      const scores = policy.scores(trained, candidates, drawRng);
      scores.forEach((s, i) => {
        sum[i]! += s;
        sumOfSquares[i]! += s * s;
      });
    }
    for (let i = 0; i < candidates.count; i++) {
      const arm = candidates.arms[i]!;
      const x = row(candidates, i);
      const mean = x.reduce((acc, xj, j) => acc + xj * trained.theta[arm * DIMS + j]!, 0);
      let quadratic = 0;
      for (let a = 0; a < DIMS; a++)
        for (let b = 0; b < DIMS; b++)
          quadratic += x[a]! * trained.aInverse[arm * DIMS * DIMS + a * DIMS + b]! * x[b]!;
      const variance = v * v * quadratic;
      const sampleMean = sum[i]! / n;
      const sampleVariance = sumOfSquares[i]! / n - sampleMean * sampleMean;
      expect(Math.abs(sampleMean - mean)).toBeLessThan(5 * Math.sqrt(variance / n));
      expect(sampleVariance / variance).toBeGreaterThan(0.95);
      expect(sampleVariance / variance).toBeLessThan(1.05);
      const contributions = policy.contributions(trained, candidates, i);
      expect(contributions.reduce((a, c) => a + c, 0)).toBeCloseTo(mean, 12);
    }
  });
});
