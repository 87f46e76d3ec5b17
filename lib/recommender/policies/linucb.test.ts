// LinUCB's incremental statistics (Sherman–Morrison on A⁻¹, cached θ) against the textbook
// batch computation done from scratch here: A = λI + Σxxᵀ, b = Σrx, solve Aθ = b.
import { describe, expect, it } from 'vitest';
import { createLinUcbPolicy } from './linucb.ts';
import { createRng } from './random.ts';
import { DIMS, randomCandidates, row } from './test-fixtures.ts';

/** Solves Ay = rhs by Gaussian elimination with partial pivoting (A n×n, row-major arrays). */
function solve(matrix: number[][], rhs: number[]): number[] {
  const n = rhs.length;
  const a = matrix.map((r, i) => [...r, rhs[i]!]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++)
      if (Math.abs(a[r]![col]!) > Math.abs(a[pivot]![col]!)) pivot = r;
    [a[col], a[pivot]] = [a[pivot]!, a[col]!];
    for (let r = col + 1; r < n; r++) {
      const factor = a[r]![col]! / a[col]![col]!;
      for (let c = col; c <= n; c++) a[r]![c]! -= factor * a[col]![c]!;
    }
  }
  const y = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let sum = a[r]![n]!;
    for (let c = r + 1; c < n; c++) sum -= a[r]![c]! * y[c]!;
    y[r] = sum / a[r]![r]!;
  }
  return y;
}

describe('linucb', () => {
  const lambda = 0.7;
  const alpha = 0.9;
  const arms = 3;

  it('matches a direct ridge solve and confidence width after many updates', () => {
    const policy = createLinUcbPolicy({ alpha, lambda });
    const rng = createRng(7);
    const state = policy.initialState(arms, DIMS);
    const A = Array.from({ length: arms }, () =>
      Array.from({ length: DIMS }, (_, i) =>
        Array.from({ length: DIMS }, (_, j) => (i === j ? lambda : 0)),
      ),
    );
    const b = Array.from({ length: arms }, () => new Array<number>(DIMS).fill(0));
    for (let n = 0; n < 400; n++) {
      const candidate = randomCandidates(rng, 1, arms);
      const arm = candidate.arms[0]!;
      const x = row(candidate, 0);
      const reward = rng.next();
      policy.update(state, arm, x, reward);
      for (let i = 0; i < DIMS; i++) {
        b[arm]![i]! += reward * x[i]!;
        for (let j = 0; j < DIMS; j++) A[arm]![i]![j]! += x[i]! * x[j]!;
      }
    }

    const probe = randomCandidates(rng, 12, arms);
    const scores = policy.scores(state, probe, rng);
    for (let arm = 0; arm < arms; arm++) {
      const theta = solve(A[arm]!, b[arm]!);
      theta.forEach((value, j) => expect(state.theta[arm * DIMS + j]).toBeCloseTo(value, 9));
    }
    for (let i = 0; i < probe.count; i++) {
      const arm = probe.arms[i]!;
      const x = [...row(probe, i)];
      const theta = solve(A[arm]!, b[arm]!);
      const mean = x.reduce((sum, xj, j) => sum + xj * theta[j]!, 0);
      const width = Math.sqrt(x.reduce((sum, xj, j) => sum + xj * solve(A[arm]!, x)[j]!, 0));
      expect(scores[i]).toBeCloseTo(mean + alpha * width, 9);
      // The contributions explain the mean; the rest of the score is the confidence bonus.
      const contributions = policy.contributions(state, probe, i);
      expect(contributions.reduce((s, c) => s + c, 0)).toBeCloseTo(mean, 9);
    }
  });

  it('puts all mass on the best upper bound, shared between exact ties', () => {
    const policy = createLinUcbPolicy({ alpha, lambda });
    const rng = createRng(3);
    const state = policy.initialState(arms, DIMS);
    const probe = randomCandidates(rng, 5, arms);
    probe.features.copyWithin(4 * DIMS, 0, DIMS); // candidate 4 duplicates candidate 0
    probe.arms[4] = probe.arms[0]!;
    const scores = policy.scores(state, probe, rng);
    const best = Math.max(...scores);
    const probabilities = policy.probabilities(state, probe, rng);
    const winners = [...scores].flatMap((s, i) => (s === best ? [i] : []));
    for (let i = 0; i < probe.count; i++)
      expect(probabilities[i]).toBe(winners.includes(i) ? 1 / winners.length : 0);

    // With the pair alone on an arm that has learned a positive reward, and no confidence bonus,
    // the pair is the best: both share the mass equally.
    const greedy = createLinUcbPolicy({ alpha: 0, lambda });
    const learned = greedy.initialState(arms, DIMS);
    for (let i = 0; i < probe.count; i++) probe.arms[i] = i === 0 || i === 4 ? 0 : 1 + (i % 2);
    for (let n = 0; n < 20; n++) greedy.update(learned, 0, row(probe, 0), 1);
    expect([...greedy.probabilities(learned, probe, rng)]).toEqual([0.5, 0, 0, 0, 0.5]);
  });
});
