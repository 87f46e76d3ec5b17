import { describe, expect, it } from 'vitest';
import { KIND_COUNT } from '../candidate-kinds.ts';
import { DIMS } from '../context/feature-layout.ts';
import { createRng } from '../policies/random.ts';
import { getPolicy } from '../policies/registry.ts';
import { POLICY_NAMES, type CandidateMatrix, type PolicyName } from '../policies/types.ts';
import { choose, EXPLORATION_FLOOR } from './choose.ts';
import type { LoadedPolicy } from './policy-states.ts';

function loaded(name: PolicyName): LoadedPolicy {
  const policy = getPolicy(name);
  return { name, policy, state: policy.initialState(KIND_COUNT, DIMS), version: 0 };
}

function candidates(count: number, seed: number): CandidateMatrix {
  const rng = createRng(seed);
  return {
    count,
    dims: DIMS,
    features: Float64Array.from({ length: count * DIMS }, () => rng.next()),
    arms: Uint8Array.from({ length: count }, () => rng.int(KIND_COUNT)),
    priorities: Float64Array.from({ length: count }, () => rng.next()),
  };
}

describe('choose', () => {
  for (const live of POLICY_NAMES) {
    it(`logs a true probability for ${live} live, from one candidate to fifty`, () => {
      for (const count of [1, 2, 7, 50]) {
        const shadows = POLICY_NAMES.filter((n) => n !== live).map(loaded);
        const decision = choose(
          { live: loaded(live), shadows },
          candidates(count, count),
          createRng(3),
        );
        const total = decision.probabilities.reduce((a, b) => a + b, 0);
        expect(total).toBeCloseTo(1, 12);
        for (const p of decision.probabilities) {
          // The floor gives every candidate a chance, and nothing exceeds certainty.
          expect(p).toBeGreaterThanOrEqual(EXPLORATION_FLOOR / count - 1e-15);
          expect(p).toBeLessThanOrEqual(1);
        }
        expect(decision.propensity).toBe(decision.probabilities[decision.index]);
        for (const shadow of decision.shadows) {
          expect(shadow.probabilityOfChosen).toBeLessThanOrEqual(1);
          expect(shadow.probabilityOfChosen).toBe(shadow.probabilities[decision.index]);
        }
      }
    });
  }
});
