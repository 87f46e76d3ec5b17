// Linear Thompson sampling (Agrawal & Goyal 2013), disjoint per arm: each arm's weights have the
// posterior N(θ, v²A⁻¹); a decision draws one weight vector per arm and takes the best candidate
// under the draw. The policy's propensity is the chance a candidate wins a draw, which has no
// closed form, so `probabilities` estimates it from K seeded draws and that estimate is the
// distribution the decision samples from (the logged propensity is exact for it).
import { checkCandidates, checkUpdate } from './check-inputs.ts';
import { choleskyLower, dot } from './linear-algebra.ts';
import { thompsonPropensities } from './thompson-propensities.ts';
import {
  createRidgeArms,
  ridgeContributions,
  ridgeFromJSON,
  ridgeToJSON,
  updateRidgeArm,
  type RidgeArms,
} from './ridge-arms.ts';
import type { Rng } from './random.ts';
import { Float64Scratch, Int32Scratch } from './scratch.ts';
import type { CandidateMatrix, Policy } from './types.ts';

export interface LinearThompsonState extends RidgeArms {
  /** arms × dims × dims: lower-triangular L with LLᵀ = A⁻¹, refreshed whenever the arm learns. */
  choleskyOfInverse: Float64Array;
}

export interface LinearThompsonOptions {
  /** Posterior scale v: the draw is θ + v·Lz with z standard normal. Larger explores more. */
  v: number;
  /** Ridge regularization: A starts as λI. */
  lambda: number;
  /** Monte Carlo draws behind `probabilities`. */
  draws: number;
}

/** The CRM simulator sweep's best, on seeds the regret test does not use (simulation/sweep.ts). */
export const LINEAR_THOMPSON_DEFAULTS: LinearThompsonOptions = { v: 0.1, lambda: 1, draws: 200 };

function withCholesky(ridge: RidgeArms): LinearThompsonState {
  const { arms, dims } = ridge;
  const state = { ...ridge, choleskyOfInverse: new Float64Array(arms * dims * dims) };
  for (let arm = 0; arm < arms; arm++) refreshCholesky(state, arm);
  return state;
}

function refreshCholesky(state: LinearThompsonState, arm: number): void {
  const offset = arm * state.dims * state.dims;
  choleskyLower(state.aInverse, offset, state.dims, state.choleskyOfInverse, offset);
}

// Scratch for `scores`, one buffer per purpose.
const presentScratch = new Int32Scratch();
const normalScratch = new Float64Scratch();
const sampledThetaScratch = new Float64Scratch();

/**
 * Fills normals[arm*dims ..] with z ~ N(0, I) for each arm that some candidate has, in arm
 * order, so a given rng state always yields the same draw.
 */
function drawNormals(
  rng: Rng,
  present: Int32Array,
  presentCount: number,
  dims: number,
  normals: Float64Array,
) {
  for (let p = 0; p < presentCount; p++) {
    const offset = present[p]! * dims;
    for (let j = 0; j < dims; j++) normals[offset + j] = rng.normal();
  }
}

/** The distinct arms among the candidates, ascending, into `present`; returns how many. */
function presentArms(
  state: LinearThompsonState,
  candidates: CandidateMatrix,
  present: Int32Array,
): number {
  let count = 0;
  for (let arm = 0; arm < state.arms; arm++) {
    for (let i = 0; i < candidates.count; i++) {
      if (candidates.arms[i] === arm) {
        present[count++] = arm;
        break;
      }
    }
  }
  return count;
}

export function createLinearThompsonPolicy(
  options: LinearThompsonOptions = LINEAR_THOMPSON_DEFAULTS,
): Policy<LinearThompsonState> {
  const { v, lambda, draws } = options;
  if (!(v >= 0)) throw new Error(`linear-thompson: v ${v} must be non-negative`);
  if (!Number.isInteger(draws) || draws < 1)
    throw new Error(`linear-thompson: draws ${draws} must be a positive integer`);
  return {
    name: 'linear-thompson',

    initialState: (arms, dims) => withCholesky(createRidgeArms(arms, dims, lambda)),

    /** The share of `draws` posterior draws each candidate wins (ties split). */
    probabilities(state, candidates, rng, out) {
      checkCandidates('linear-thompson', state, candidates, out);
      const probabilities = out ?? new Float64Array(candidates.count);
      return thompsonPropensities(state, candidates, v, draws, rng, probabilities);
    },

    /** One posterior draw per arm present, then θ̃_arm·x: the score a single Thompson step ranks by. */
    scores(state, candidates, rng, out) {
      checkCandidates('linear-thompson', state, candidates, out);
      const { dims, theta, choleskyOfInverse } = state;
      const { count, features, arms } = candidates;
      const present = presentScratch.get(state.arms);
      const presentCount = presentArms(state, candidates, present);
      const normals = normalScratch.get(state.arms * dims);
      drawNormals(rng, present, presentCount, dims, normals);
      const sampled = sampledThetaScratch.get(state.arms * dims);
      for (let p = 0; p < presentCount; p++) {
        const offset = present[p]! * dims;
        // θ̃ = θ + v·Lz, L lower-triangular
        for (let j = 0; j < dims; j++) {
          let sum = 0;
          for (let k = 0; k <= j; k++)
            sum += choleskyOfInverse[offset * dims + j * dims + k]! * normals[offset + k]!;
          sampled[offset + j] = theta[offset + j]! + v * sum;
        }
      }
      const scores = out ?? new Float64Array(count);
      for (let i = 0; i < count; i++)
        scores[i] = dot(sampled, arms[i]! * dims, features, i * dims, dims);
      return scores;
    },

    update(state, arm, features, reward) {
      checkUpdate('linear-thompson', state, arm, features, reward);
      updateRidgeArm(state, arm, features, reward);
      refreshCholesky(state, arm);
    },

    /** θ_j·x_j with θ the posterior mean: the expected reward split by feature. */
    contributions: (state, candidates, index) =>
      ridgeContributions('linear-thompson', state, candidates, index),

    toJSON: (state) => ridgeToJSON('linear-thompson', state),
    fromJSON: (json, arms, dims) =>
      withCholesky(ridgeFromJSON('linear-thompson', json, arms, dims, lambda)),
  };
}

export const linearThompsonPolicy = createLinearThompsonPolicy();
