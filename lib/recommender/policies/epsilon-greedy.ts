// Epsilon-greedy over disjoint per-arm ridge regressions: the simplest learner, and the yardstick
// for whether LinUCB's and Thompson's directed exploration is worth its cost. With probability ε
// it picks uniformly; otherwise it takes the best estimated reward.
import { argmaxShares } from './argmax-shares.ts';
import { checkCandidates, checkUpdate } from './check-inputs.ts';
import {
  createRidgeArms,
  ridgeContributions,
  ridgeFromJSON,
  ridgeToJSON,
  updateRidgeArm,
  type RidgeArms,
} from './ridge-arms.ts';
import type { CandidateMatrix, Policy } from './types.ts';

export type EpsilonGreedyState = RidgeArms;

export interface EpsilonGreedyOptions {
  /** Share of decisions explored uniformly at random. */
  epsilon: number;
  /** Ridge regularization: A starts as λI. */
  lambda: number;
}

/** ε = 0.1 is the customary yardstick; λ is the CRM simulator sweep's best (simulation/sweep.ts). */
export const EPSILON_GREEDY_DEFAULTS: EpsilonGreedyOptions = { epsilon: 0.1, lambda: 1 };

/** θ_arm·x per candidate into out: the hot loop of this policy, so written out flat. */
function writeMeans(state: EpsilonGreedyState, candidates: CandidateMatrix, out: Float64Array) {
  const { dims, theta } = state;
  const { count, features, arms } = candidates;
  for (let i = 0; i < count; i++) {
    const thetaOffset = arms[i]! * dims;
    const row = i * dims;
    let sum = 0;
    for (let j = 0; j < dims; j++) sum += theta[thetaOffset + j]! * features[row + j]!;
    out[i] = sum;
  }
  return out;
}

export function createEpsilonGreedyPolicy(
  options: EpsilonGreedyOptions = EPSILON_GREEDY_DEFAULTS,
): Policy<EpsilonGreedyState> {
  const { epsilon, lambda } = options;
  if (!(epsilon >= 0 && epsilon <= 1))
    throw new Error(`epsilon-greedy: ε ${epsilon} is outside [0, 1]`);
  return {
    name: 'epsilon-greedy',

    initialState: (arms, dims) => createRidgeArms(arms, dims, lambda),

    /** ε/n for every candidate plus (1−ε) split between the candidates tied for the best mean. */
    probabilities(state, candidates, _rng, out) {
      checkCandidates('epsilon-greedy', state, candidates, out);
      const { count } = candidates;
      const probabilities = out ?? new Float64Array(count);
      argmaxShares(writeMeans(state, candidates, probabilities), count, probabilities);
      for (let i = 0; i < count; i++)
        probabilities[i] = epsilon / count + (1 - epsilon) * probabilities[i]!;
      return probabilities;
    },

    /** The estimated reward θ_arm·x. */
    scores(state, candidates, _rng, out) {
      checkCandidates('epsilon-greedy', state, candidates, out);
      return writeMeans(state, candidates, out ?? new Float64Array(candidates.count));
    },

    update(state, arm, features, reward) {
      checkUpdate('epsilon-greedy', state, arm, features, reward);
      updateRidgeArm(state, arm, features, reward);
    },

    /** θ_j·x_j: the estimated reward split by feature (they sum to the score). */
    contributions: (state, candidates, index) =>
      ridgeContributions('epsilon-greedy', state, candidates, index),

    toJSON: (state) => ridgeToJSON('epsilon-greedy', state),
    fromJSON: (json, arms, dims) => ridgeFromJSON('epsilon-greedy', json, arms, dims, lambda),
  };
}

export const epsilonGreedyPolicy = createEpsilonGreedyPolicy();
