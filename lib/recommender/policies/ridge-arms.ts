// Disjoint per-arm ridge regression: the statistics epsilon-greedy, LinUCB and linear Thompson
// sampling all learn from, and how they are persisted. Each arm keeps the inverse of
// A = λI + Σxxᵀ (updated by Sherman–Morrison) and b = Σ reward·x, and caches θ = A⁻¹b so a
// mean score is one dot product.
import { z } from 'zod';
import { checkCandidates } from './check-inputs.ts';
import { matVec, shermanMorrisonAddOuter } from './linear-algebra.ts';
import { Float64Scratch } from './scratch.ts';
import type { CandidateMatrix, PolicyName } from './types.ts';

export interface RidgeArms {
  arms: number;
  dims: number;
  /** arms × dims × dims: each arm's A⁻¹, row-major. */
  aInverse: Float64Array;
  /** arms × dims: each arm's Σ reward·x. */
  b: Float64Array;
  /** arms × dims: each arm's A⁻¹b, recomputed whenever the arm learns. */
  theta: Float64Array;
  /** Updates seen per arm: for explanations and for judging how much an arm has learned. */
  updates: Float64Array;
}

export function createRidgeArms(arms: number, dims: number, lambda: number): RidgeArms {
  if (!(lambda > 0)) throw new Error(`ridge regularization must be positive, got ${lambda}`);
  const aInverse = new Float64Array(arms * dims * dims);
  for (let arm = 0; arm < arms; arm++)
    for (let i = 0; i < dims; i++) aInverse[arm * dims * dims + i * dims + i] = 1 / lambda;
  return {
    arms,
    dims,
    aInverse,
    b: new Float64Array(arms * dims),
    theta: new Float64Array(arms * dims),
    updates: new Float64Array(arms),
  };
}

const updateScratch = new Float64Scratch();

/** Adds one observation to `arm`: A += xxᵀ, b += reward·x, then refreshes θ. */
export function updateRidgeArm(
  state: RidgeArms,
  arm: number,
  features: Float64Array,
  reward: number,
): void {
  const { dims } = state;
  const matrixOffset = arm * dims * dims;
  shermanMorrisonAddOuter(state.aInverse, matrixOffset, dims, features, 0, updateScratch.get(dims));
  for (let j = 0; j < dims; j++) state.b[arm * dims + j]! += reward * features[j]!;
  matVec(state.aInverse, matrixOffset, dims, state.b, arm * dims, state.theta, arm * dims);
  state.updates[arm]!++;
}

/** θ_j·x_j per feature: how the estimated reward of candidate `row` splits across features. */
export function ridgeContributions(
  policy: PolicyName,
  state: RidgeArms,
  candidates: CandidateMatrix,
  row: number,
): Float64Array {
  checkCandidates(policy, state, candidates, undefined);
  if (!Number.isInteger(row) || row < 0 || row >= candidates.count)
    throw new Error(`${policy}: no candidate ${row} among ${candidates.count}`);
  const { dims } = state;
  const thetaOffset = candidates.arms[row]! * dims;
  const out = new Float64Array(dims);
  for (let j = 0; j < dims; j++)
    out[j] = state.theta[thetaOffset + j]! * candidates.features[row * dims + j]!;
  return out;
}

const ridgeJson = z.object({
  policy: z.string(),
  version: z.literal(1),
  arms: z.number().int().positive(),
  dims: z.number().int().positive(),
  perArm: z.array(
    z.object({
      updates: z.number().int().nonnegative(),
      b: z.array(z.number()),
      aInverse: z.array(z.number()),
    }),
  ),
});

export type RidgeArmsJson = z.infer<typeof ridgeJson>;

/**
 * Persists A⁻¹ itself rather than A: reloading then needs no inversion and gives bit-identical
 * decisions (JSON numbers round-trip doubles exactly); θ is recomputed from A⁻¹ and b the same
 * way update computes it.
 */
export function ridgeToJSON(policy: PolicyName, state: RidgeArms): RidgeArmsJson {
  const { arms, dims } = state;
  return {
    policy,
    version: 1,
    arms,
    dims,
    perArm: Array.from({ length: arms }, (_, arm) => ({
      updates: state.updates[arm]!,
      b: Array.from(state.b.subarray(arm * dims, (arm + 1) * dims)),
      aInverse: Array.from(state.aInverse.subarray(arm * dims * dims, (arm + 1) * dims * dims)),
    })),
  };
}

/**
 * Loads a saved state into the current layout of `arms` × `dims`. A state saved before kinds
 * were added (fewer arms, and fewer features: each kind appends its one-hot feature, see
 * feature-layout.ts) is grown rather than refused, so a workspace keeps deciding, and keeps what
 * it learned, across a release that adds a kind. The growth is exact, not a guess: every saved
 * observation had 0 in the features appended since, so A = λI + Σxxᵀ of the larger layout is
 * block-diagonal, the old A beside λI, and its inverse is the old A⁻¹ beside I/λ; b gets zeros.
 * A new arm starts at the prior (A⁻¹ = I/λ, b = 0, no updates), as initialState would make it.
 * A state larger than the layout, or one whose arrays disagree with its own shape, is refused.
 */
export function ridgeFromJSON(
  policy: PolicyName,
  json: unknown,
  arms: number,
  dims: number,
  lambda: number,
): RidgeArms {
  const parsed = ridgeJson.safeParse(json);
  if (!parsed.success)
    throw new Error(`${policy} policy state is malformed: ${z.prettifyError(parsed.error)}`);
  const saved = parsed.data;
  if (saved.policy !== policy)
    throw new Error(`${policy} policy state: the JSON holds ${saved.policy} state`);
  if (saved.arms > arms || saved.dims > dims || saved.perArm.length !== saved.arms)
    throw new Error(
      `${policy} policy state: saved for ${saved.arms} arms × ${saved.dims} features ` +
        `(${saved.perArm.length} arms present), expected ${arms} × ${dims} or fewer`,
    );
  const state = createRidgeArms(arms, dims, lambda);
  const old = saved.dims;
  saved.perArm.forEach((arm, index) => {
    if (arm.b.length !== old || arm.aInverse.length !== old * old)
      throw new Error(
        `${policy} policy state: arm ${index} has ${arm.b.length} b entries and ` +
          `${arm.aInverse.length} A⁻¹ entries, expected ${old} and ${old * old}`,
      );
    const matrixOffset = index * dims * dims;
    state.updates[index] = arm.updates;
    state.b.set(arm.b, index * dims);
    // Row i of the saved A⁻¹ goes to the first `old` columns of row i; the rest of the row and
    // the rows below keep createRidgeArms' I/λ block and zeros.
    for (let i = 0; i < old; i++)
      state.aInverse.set(arm.aInverse.slice(i * old, (i + 1) * old), matrixOffset + i * dims);
    matVec(state.aInverse, matrixOffset, dims, state.b, index * dims, state.theta, index * dims);
  });
  return state;
}
