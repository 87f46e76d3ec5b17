// Linear Thompson sampling's propensities, estimated by Monte Carlo without drawing weight
// vectors. Under the posterior θ̃_arm ~ N(θ, v²A⁻¹) the scores of one arm's candidates X are
// jointly N(Xθ, v²·XA⁻¹Xᵀ), independent across arms. Factoring that small covariance once per
// call makes each draw cost one normal per candidate instead of one per feature per arm, which
// is what makes a few hundred draws affordable on the decision path.
import { choleskyLower, dot } from './linear-algebra.ts';
import type { LinearThompsonState } from './linear-thompson.ts';
import type { Rng } from './random.ts';
import { Float64Scratch, Int32Scratch } from './scratch.ts';
import type { CandidateMatrix } from './types.ts';

// Scratch for the scoring path, one buffer per purpose.
const orderScratch = new Int32Scratch();
const groupStartScratch = new Int32Scratch();
const meanScratch = new Float64Scratch();
const projectionScratch = new Float64Scratch();
const covarianceScratch = new Float64Scratch();
const factorScratch = new Float64Scratch();
const normalScratch = new Float64Scratch();
const drawScoreScratch = new Float64Scratch();

/**
 * Candidate positions grouped by arm (ascending, stable) into `order`; group g spans
 * order[groupStart[g] .. groupStart[g+1]).
 */
function groupByArm(
  candidates: CandidateMatrix,
  armCount: number,
  order: Int32Array,
  groupStart: Int32Array,
) {
  groupStart.fill(0, 0, armCount + 1);
  for (let i = 0; i < candidates.count; i++) groupStart[candidates.arms[i]! + 1]!++;
  for (let g = 0; g < armCount; g++) groupStart[g + 1]! += groupStart[g]!;
  // groupStart[g] doubles as the next free slot of group g, then is restored.
  for (let i = 0; i < candidates.count; i++) order[groupStart[candidates.arms[i]!]!++] = i;
  for (let g = armCount; g > 0; g--) groupStart[g] = groupStart[g - 1]!;
  groupStart[0] = 0;
}

/**
 * Writes to out[0 .. count) the share of `draws` posterior draws each candidate wins (ties
 * split equally), drawing from `rng`.
 */
export function thompsonPropensities(
  state: LinearThompsonState,
  candidates: CandidateMatrix,
  v: number,
  draws: number,
  rng: Rng,
  out: Float64Array,
): Float64Array {
  const { dims, theta, choleskyOfInverse } = state;
  const { count, features, arms } = candidates;
  const order = orderScratch.get(count);
  const groupStart = groupStartScratch.get(state.arms + 1);
  groupByArm(candidates, state.arms, order, groupStart);

  // Per candidate in grouped order r: its mean θ·x and its projection v·Lᵀx, L lower-triangular,
  // so that the covariance of two candidates of one arm is the dot product of their projections.
  const means = meanScratch.get(count);
  const projections = projectionScratch.get(count * dims);
  for (let r = 0; r < count; r++) {
    const i = order[r]!;
    const arm = arms[i]!;
    means[r] = dot(theta, arm * dims, features, i * dims, dims);
    const factorOffset = arm * dims * dims;
    for (let k = 0; k < dims; k++) {
      let sum = 0;
      for (let j = k; j < dims; j++)
        sum += choleskyOfInverse[factorOffset + j * dims + k]! * features[i * dims + j]!;
      projections[r * dims + k] = v * sum;
    }
  }

  // Per arm group of c candidates: the c×c score covariance and its Cholesky factor, stored
  // back to back (group g's factor starts at the sum of the earlier groups' c²).
  const covariance = covarianceScratch.get(count * count);
  const factors = factorScratch.get(count * count);
  let factorOffset = 0;
  for (let g = 0; g < state.arms; g++) {
    const start = groupStart[g]!;
    const size = groupStart[g + 1]! - start;
    for (let a = 0; a < size; a++)
      for (let b = 0; b <= a; b++) {
        const value = dot(projections, (start + a) * dims, projections, (start + b) * dims, dims);
        covariance[a * size + b] = value;
        covariance[b * size + a] = value;
      }
    choleskyLower(covariance, 0, size, factors, factorOffset);
    factorOffset += size * size;
  }

  const normals = normalScratch.get(count);
  const drawScores = drawScoreScratch.get(count);
  out.fill(0, 0, count);
  for (let draw = 0; draw < draws; draw++) {
    for (let r = 0; r < count; r++) normals[r] = rng.normal();
    let best = -Infinity;
    let ties = 0;
    factorOffset = 0;
    for (let g = 0; g < state.arms; g++) {
      const start = groupStart[g]!;
      const size = groupStart[g + 1]! - start;
      for (let a = 0; a < size; a++) {
        const score =
          means[start + a]! + dot(factors, factorOffset + a * size, normals, start, a + 1);
        drawScores[start + a] = score;
        if (score > best) {
          best = score;
          ties = 1;
        } else if (score === best) ties++;
      }
      factorOffset += size * size;
    }
    const share = 1 / (ties * draws);
    for (let r = 0; r < count; r++) if (drawScores[r] === best) out[order[r]!]! += share;
  }
  return out;
}
