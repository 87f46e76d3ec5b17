// The contract every policy owes the decision: a probability per candidate, none negative,
// summing to 1, for any candidates and any learned state, exact ties included.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from './random.ts';
import { getPolicy } from './registry.ts';
import { ARMS, DIMS, trainedState } from './test-fixtures.ts';
import { POLICY_NAMES, type CandidateMatrix } from './types.ts';

/** Small integer features and priorities make exact ties common; doubles cover the rest. */
const value = fc.oneof(
  fc.integer({ min: -2, max: 2 }),
  fc.double({ min: -10, max: 10, noNaN: true, noDefaultInfinity: true }),
);

const candidates = fc.integer({ min: 1, max: 50 }).chain((count) =>
  fc.record({
    count: fc.constant(count),
    features: fc.array(value, { minLength: count * DIMS, maxLength: count * DIMS }),
    arms: fc.array(fc.integer({ min: 0, max: ARMS - 1 }), { minLength: count, maxLength: count }),
    priorities: fc.array(value, { minLength: count, maxLength: count }),
  }),
);

const scenario = fc.record({
  candidates,
  seed: fc.integer(),
  updates: fc.integer({ min: 0, max: 60 }),
});

describe.each(POLICY_NAMES.map(getPolicy))('$name propensities', (policy) => {
  it('are a probability distribution over the candidates', () => {
    fc.assert(
      fc.property(scenario, ({ candidates: raw, seed, updates }) => {
        const matrix: CandidateMatrix = {
          count: raw.count,
          dims: DIMS,
          features: Float64Array.from(raw.features),
          arms: Uint8Array.from(raw.arms),
          priorities: Float64Array.from(raw.priorities),
        };
        const rng = createRng(seed);
        const state = trainedState(policy, rng, updates);
        const probabilities = policy.probabilities(state, matrix, rng);
        expect(probabilities).toHaveLength(raw.count);
        for (const p of probabilities) expect(p).toBeGreaterThanOrEqual(0);
        expect(probabilities.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
      }),
      { numRuns: 150 },
    );
  });
});
