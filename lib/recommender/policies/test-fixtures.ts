// Shared by the policy tests: random candidate matrices and states trained on random rewards,
// in the app's own shape (7 arms, 20 features) unless a test asks for another.
import { KIND_COUNT } from '../candidate-kinds.ts';
import { DIMS as LAYOUT_DIMS } from '../context/feature-layout.ts';
import type { Rng } from './random.ts';
import type { CandidateMatrix, Policy } from './types.ts';

// Widened to number: tests also build states of other shapes.
export const ARMS: number = KIND_COUNT;
export const DIMS: number = LAYOUT_DIMS;

/** Candidates with a bias column, features in [-1, 1), random arms and priorities. */
export function randomCandidates(
  rng: Rng,
  count: number,
  arms = ARMS,
  dims = DIMS,
): CandidateMatrix {
  const features = new Float64Array(count * dims);
  for (let i = 0; i < count; i++) {
    features[i * dims] = 1;
    for (let j = 1; j < dims; j++) features[i * dims + j] = 2 * rng.next() - 1;
  }
  return {
    count,
    dims,
    features,
    arms: Uint8Array.from({ length: count }, () => rng.int(arms)),
    priorities: Float64Array.from({ length: count }, () => rng.next()),
  };
}

/** Candidate `index`'s feature row, as update takes it. */
export function row(candidates: CandidateMatrix, index: number): Float64Array {
  return candidates.features.slice(index * candidates.dims, (index + 1) * candidates.dims);
}

/** A state after `updates` random observations with Bernoulli rewards. */
export function trainedState<State>(
  policy: Policy<State>,
  rng: Rng,
  updates: number,
  arms = ARMS,
  dims = DIMS,
): State {
  const state = policy.initialState(arms, dims);
  for (let n = 0; n < updates; n++) {
    const candidate = randomCandidates(rng, 1, arms, dims);
    policy.update(state, candidate.arms[0]!, row(candidate, 0), rng.next() < 0.3 ? 1 : 0);
  }
  return state;
}
