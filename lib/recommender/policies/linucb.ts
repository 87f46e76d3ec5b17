// Disjoint LinUCB (Li, Chu, Langford, Schapire 2010): per arm, ridge regression plus an upper
// confidence bonus α·sqrt(xᵀA⁻¹x), so candidates the model knows little about get tried until
// it knows better. Deterministic: all mass on the best upper bound.
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
import { Int32Scratch } from './scratch.ts';
import type { CandidateMatrix, Policy } from './types.ts';

export type LinUcbState = RidgeArms;

export interface LinUcbOptions {
  /** Width multiplier of the confidence bonus: larger explores more. */
  alpha: number;
  /** Ridge regularization: A starts as λI. */
  lambda: number;
}

/** The CRM simulator sweep's best, on seeds the regret test does not use (simulation/sweep.ts). */
export const LINUCB_DEFAULTS: LinUcbOptions = { alpha: 0.2, lambda: 3 };

const nonzeroScratch = new Int32Scratch();

/**
 * θ·x + α·sqrt(xᵀA⁻¹x) per candidate into out. The hot loop of this policy, written out flat:
 * each row's nonzero features are gathered once and both the mean and the quadratic form (one
 * triangle of the symmetric A⁻¹) run over them only, since candidate rows are sparse.
 */
function writeUpperBounds(
  state: LinUcbState,
  candidates: CandidateMatrix,
  alpha: number,
  out: Float64Array,
): Float64Array {
  const { dims, aInverse, theta } = state;
  const { count, features, arms } = candidates;
  const nonzero = nonzeroScratch.get(dims);
  for (let i = 0; i < count; i++) {
    const arm = arms[i]!;
    const row = i * dims;
    const thetaOffset = arm * dims;
    const matrixOffset = arm * dims * dims;
    let nonzeroCount = 0;
    let mean = 0;
    for (let j = 0; j < dims; j++) {
      const x = features[row + j]!;
      if (x !== 0) {
        nonzero[nonzeroCount++] = j;
        mean += theta[thetaOffset + j]! * x;
      }
    }
    // xᵀMx = Σ_p x_p (M_pp x_p + 2 Σ_{q<p} M_pq x_q)
    let variance = 0;
    for (let p = 0; p < nonzeroCount; p++) {
      const j = nonzero[p]!;
      const matrixRow = matrixOffset + j * dims;
      let offDiagonal = 0;
      for (let q = 0; q < p; q++) {
        const k = nonzero[q]!;
        offDiagonal += aInverse[matrixRow + k]! * features[row + k]!;
      }
      const x = features[row + j]!;
      variance += x * (aInverse[matrixRow + j]! * x + 2 * offDiagonal);
    }
    out[i] = mean + alpha * Math.sqrt(Math.max(variance, 0));
  }
  return out;
}

export function createLinUcbPolicy(options: LinUcbOptions = LINUCB_DEFAULTS): Policy<LinUcbState> {
  const { alpha, lambda } = options;
  if (!(alpha >= 0)) throw new Error(`linucb: α ${alpha} must be non-negative`);
  return {
    name: 'linucb',

    initialState: (arms, dims) => createRidgeArms(arms, dims, lambda),

    probabilities(state, candidates, _rng, out) {
      checkCandidates('linucb', state, candidates, out);
      const probabilities = out ?? new Float64Array(candidates.count);
      writeUpperBounds(state, candidates, alpha, probabilities);
      return argmaxShares(probabilities, candidates.count, probabilities);
    },

    /** The upper confidence bound θ·x + α·sqrt(xᵀA⁻¹x). */
    scores(state, candidates, _rng, out) {
      checkCandidates('linucb', state, candidates, out);
      return writeUpperBounds(state, candidates, alpha, out ?? new Float64Array(candidates.count));
    },

    update(state, arm, features, reward) {
      checkUpdate('linucb', state, arm, features, reward);
      updateRidgeArm(state, arm, features, reward);
    },

    /**
     * θ_j·x_j: the estimated reward split by feature. They sum to the score minus the confidence
     * bonus, which is uncertainty rather than anything a feature earned.
     */
    contributions: (state, candidates, index) =>
      ridgeContributions('linucb', state, candidates, index),

    toJSON: (state) => ridgeToJSON('linucb', state),
    fromJSON: (json, arms, dims) => ridgeFromJSON('linucb', json, arms, dims, lambda),
  };
}

export const linUcbPolicy = createLinUcbPolicy();
