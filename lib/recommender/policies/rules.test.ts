// The rules baseline: the generators' priorities decide, nothing is learned.
import { describe, expect, it } from 'vitest';
import { createRng } from './random.ts';
import { rulesPolicy } from './rules.ts';
import { ARMS, DIMS, randomCandidates, row } from './test-fixtures.ts';

describe('rules', () => {
  const rng = createRng(8);

  it('puts all mass on the highest priority', () => {
    const candidates = randomCandidates(rng, 6);
    candidates.priorities.set([0.2, 0.9, -1, 0.5, 0.89, 0]);
    const state = rulesPolicy.initialState(ARMS, DIMS);
    expect([...rulesPolicy.probabilities(state, candidates, rng)]).toEqual([0, 1, 0, 0, 0, 0]);
    expect([...rulesPolicy.scores(state, candidates, rng)]).toEqual([0.2, 0.9, -1, 0.5, 0.89, 0]);
  });

  it('shares the mass equally between tied priorities', () => {
    const candidates = randomCandidates(rng, 5);
    candidates.priorities.set([3, 1, 3, 3, 2]);
    const state = rulesPolicy.initialState(ARMS, DIMS);
    expect([...rulesPolicy.probabilities(state, candidates, rng)]).toEqual([
      1 / 3,
      0,
      1 / 3,
      1 / 3,
      0,
    ]);
  });

  it('learns nothing and credits no feature', () => {
    const candidates = randomCandidates(rng, 4);
    const state = rulesPolicy.initialState(ARMS, DIMS);
    const before = [...rulesPolicy.probabilities(state, candidates, rng)];
    for (let i = 0; i < 4; i++)
      rulesPolicy.update(state, candidates.arms[i]!, row(candidates, i), i % 2);
    expect([...rulesPolicy.probabilities(state, candidates, rng)]).toEqual(before);
    expect([...rulesPolicy.contributions(state, candidates, 0)]).toEqual(new Array(DIMS).fill(0));
  });

  it('refuses candidates of another feature layout', () => {
    const state = rulesPolicy.initialState(ARMS, DIMS);
    expect(() =>
      rulesPolicy.probabilities(state, randomCandidates(rng, 3, ARMS, DIMS + 1), rng),
    ).toThrow(`rules: candidates have ${DIMS + 1} features, the state has ${DIMS}`);
  });
});
