// Linear Thompson sampling's propensities, estimated by Monte Carlo without drawing weight
// vectors. Under the posterior θ̃_arm ~ N(θ, v²A⁻¹) the scores of one arm's candidates X are
// jointly N(Xθ, v²·XA⁻¹Xᵀ), independent across arms. Factoring that small covariance once per
// call makes each draw cost one normal per candidate instead of one per feature per arm, and
// candidates that cannot win are left out of the draws altogether; together that is what makes
// a few hundred draws affordable on the decision path.
import { choleskyLower, dot } from './linear-algebra.ts';
import type { LinearThompsonState } from './linear-thompson.ts';
import type { Rng } from './random.ts';
import { Float64Scratch, Int32Scratch } from './scratch.ts';
import type { CandidateMatrix } from './types.ts';

/**
 * A candidate whose score at +CONTENDER_SIGMAS standard deviations is still below another's at
 * −CONTENDER_SIGMAS wins a draw with probability under 2·10⁻⁹: it gets propensity 0 without
 * being drawn. With a trained posterior most candidates are in that position.
 */
const CONTENDER_SIGMAS = 6;

// Scratch for the scoring path, one buffer per purpose.
const meanScratch = new Float64Scratch();
const projectionScratch = new Float64Scratch();
const spreadScratch = new Float64Scratch();
const orderScratch = new Int32Scratch();
const groupStartScratch = new Int32Scratch();
const covarianceScratch = new Float64Scratch();
const factorScratch = new Float64Scratch();
const normalScratch = new Float64Scratch();
const drawScoreScratch = new Float64Scratch();

/**
 * The candidates that can win, grouped by arm (ascending arm, then candidate order) into
 * `order`; group g spans order[groupStart[g] .. groupStart[g+1]). Returns how many there are.
 */
function groupContendersByArm(
  candidates: CandidateMatrix,
  armCount: number,
  contends: (i: number) => boolean,
  order: Int32Array,
  groupStart: Int32Array,
): number {
  const { count, arms } = candidates;
  groupStart.fill(0, 0, armCount + 1);
  for (let i = 0; i < count; i++) if (contends(i)) groupStart[arms[i]! + 1]!++;
  for (let g = 0; g < armCount; g++) groupStart[g + 1]! += groupStart[g]!;
  // groupStart[g] doubles as the next free slot of group g, then is restored.
  for (let i = 0; i < count; i++) if (contends(i)) order[groupStart[arms[i]!]!++] = i;
  for (let g = armCount; g > 0; g--) groupStart[g] = groupStart[g - 1]!;
  groupStart[0] = 0;
  return groupStart[armCount]!;
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

  // Per candidate: its mean θ·x, its projection v·Lᵀx (L lower-triangular, so two candidates of
  // one arm have covariance = the dot product of their projections) and its standard deviation.
  const means = meanScratch.get(count);
  const projections = projectionScratch.get(count * dims);
  const spreads = spreadScratch.get(count);
  let floor = -Infinity;
  for (let i = 0; i < count; i++) {
    const arm = arms[i]!;
    means[i] = dot(theta, arm * dims, features, i * dims, dims);
    const factorOffset = arm * dims * dims;
    for (let k = 0; k < dims; k++) {
      let sum = 0;
      for (let j = k; j < dims; j++)
        sum += choleskyOfInverse[factorOffset + j * dims + k]! * features[i * dims + j]!;
      projections[i * dims + k] = v * sum;
    }
    spreads[i] = Math.sqrt(dot(projections, i * dims, projections, i * dims, dims));
    floor = Math.max(floor, means[i]! - CONTENDER_SIGMAS * spreads[i]!);
  }
  const order = orderScratch.get(count);
  const groupStart = groupStartScratch.get(state.arms + 1);
  const contenders = groupContendersByArm(
    candidates,
    state.arms,
    (i) => means[i]! + CONTENDER_SIGMAS * spreads[i]! >= floor,
    order,
    groupStart,
  );

  // Per arm group of c contenders: the c×c score covariance and its Cholesky factor, stored
  // back to back (group g's factor starts at the sum of the earlier groups' c²).
  const covariance = covarianceScratch.get(contenders * contenders);
  const factors = factorScratch.get(contenders * contenders);
  let factorOffset = 0;
  for (let g = 0; g < state.arms; g++) {
    const start = groupStart[g]!;
    const size = groupStart[g + 1]! - start;
    for (let a = 0; a < size; a++)
      for (let b = 0; b <= a; b++) {
        const value = dot(
          projections,
          order[start + a]! * dims,
          projections,
          order[start + b]! * dims,
          dims,
        );
        covariance[a * size + b] = value;
        covariance[b * size + a] = value;
      }
    choleskyLower(covariance, 0, size, factors, factorOffset);
    factorOffset += size * size;
  }

  const normals = normalScratch.get(contenders);
  const drawScores = drawScoreScratch.get(contenders);
  out.fill(0, 0, count);
  for (let draw = 0; draw < draws; draw++) {
    // Draws come in antithetic pairs z, −z: each is still an exact posterior draw, so the
    // estimate stays unbiased, but the second costs no normals (its score is 2·mean − the first's)
    // and a win under z tends to be a loss under −z, so the pair's errors partly cancel.
    const antithetic = draw % 2 === 1;
    if (!antithetic) for (let r = 0; r < contenders; r++) normals[r] = rng.normal();
    let best = -Infinity;
    let ties = 0;
    factorOffset = 0;
    for (let g = 0; g < state.arms; g++) {
      const start = groupStart[g]!;
      const size = groupStart[g + 1]! - start;
      for (let a = 0; a < size; a++) {
        const mean = means[order[start + a]!]!;
        const score = antithetic
          ? 2 * mean - drawScores[start + a]!
          : mean + dot(factors, factorOffset + a * size, normals, start, a + 1);
        drawScores[start + a] = score;
        if (score > best) {
          best = score;
          ties = 1;
        } else if (score === best) ties++;
      }
      factorOffset += size * size;
    }
    // Wins are counted (a tie shares its draw) and divided once at the end: adding 1/draws a
    // few hundred times would round the total above 1.
    const share = 1 / ties;
    for (let r = 0; r < contenders; r++) if (drawScores[r] === best) out[order[r]!]! += share;
  }
  for (let i = 0; i < count; i++) out[i] = out[i]! / draws;
  return out;
}
