// The distribution of a deterministic policy: all mass on the best score, split equally between
// exact ties so identical candidates are treated identically and the propensity stays exact.

/**
 * Writes to out[0 .. count) 1/t for each of the t candidates whose score equals the maximum and 0
 * for the rest. `scores` and `out` may be the same buffer. Throws when no score is comparable
 * (all NaN), which only a corrupted state can produce.
 */
export function argmaxShares(scores: Float64Array, count: number, out: Float64Array): Float64Array {
  let best = -Infinity;
  for (let i = 0; i < count; i++) if (scores[i]! > best) best = scores[i]!;
  let ties = 0;
  for (let i = 0; i < count; i++) if (scores[i] === best) ties++;
  if (ties === 0) throw new Error('argmaxShares: no comparable score (all NaN)');
  const share = 1 / ties;
  for (let i = 0; i < count; i++) out[i] = scores[i] === best ? share : 0;
  return out;
}
