// Shape checks at the policy boundary. A candidate matrix built for another feature layout, or an
// arm index past the state's arms, would otherwise read past a typed array and score NaN silently.
import type { CandidateMatrix, PolicyName } from './types.ts';

export interface Shape {
  arms: number;
  dims: number;
}

export function checkCandidates(
  policy: PolicyName,
  shape: Shape,
  candidates: CandidateMatrix,
  out: Float64Array | undefined,
): void {
  const { count, dims, features, arms, priorities } = candidates;
  if (!Number.isInteger(count) || count < 1)
    throw new Error(`${policy}: needs at least one candidate, got ${count}`);
  if (dims !== shape.dims)
    throw new Error(`${policy}: candidates have ${dims} features, the state has ${shape.dims}`);
  if (features.length < count * dims || arms.length < count || priorities.length < count)
    throw new Error(`${policy}: candidate arrays are shorter than ${count} rows`);
  if (out && out.length < count)
    throw new Error(`${policy}: output buffer holds ${out.length}, needs ${count}`);
  for (let i = 0; i < count; i++) {
    if (arms[i]! >= shape.arms)
      throw new Error(`${policy}: candidate ${i} has arm ${arms[i]}, the state has ${shape.arms}`);
  }
}

export function checkUpdate(
  policy: PolicyName,
  shape: Shape,
  arm: number,
  features: Float64Array,
  reward: number,
): void {
  if (!Number.isInteger(arm) || arm < 0 || arm >= shape.arms)
    throw new Error(`${policy}: arm ${arm} is outside 0..${shape.arms - 1}`);
  if (features.length !== shape.dims)
    throw new Error(
      `${policy}: update has ${features.length} features, the state has ${shape.dims}`,
    );
  // One NaN would poison the arm's persisted statistics for good.
  if (!features.every(Number.isFinite))
    throw new Error(`${policy}: update features must all be finite numbers`);
  if (!(reward >= 0 && reward <= 1))
    throw new Error(`${policy}: reward ${reward} is outside [0, 1]`);
}
