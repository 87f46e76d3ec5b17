// Dense linear algebra for the linear bandits, on flat row-major Float64Arrays addressed by
// offset: every arm's matrix lives in one buffer of the policy state, and candidate rows are
// read in place, so nothing here allocates.

/** a[ao .. ao+n) · b[bo .. bo+n). */
export function dot(a: Float64Array, ao: number, b: Float64Array, bo: number, n: number): number {
  let sum = 0;
  for (let i = 0; i < n; i++) sum += a[ao + i]! * b[bo + i]!;
  return sum;
}

/** out[oo+i] = Σ_j M[i][j]·x[j] for the n×n matrix stored at matrix[mo ..]. */
export function matVec(
  matrix: Float64Array,
  mo: number,
  n: number,
  x: Float64Array,
  xo: number,
  out: Float64Array,
  oo: number,
): void {
  for (let i = 0; i < n; i++) out[oo + i] = dot(matrix, mo + i * n, x, xo, n);
}

/**
 * Turns the stored inverse A⁻¹ of a symmetric positive-definite A into (A + xxᵀ)⁻¹ by
 * Sherman–Morrison: A⁻¹ − uuᵀ / (1 + xᵀu) with u = A⁻¹x. O(n²) instead of a fresh O(n³)
 * inversion. The correction is written as a symmetric outer product, mirrored from the lower
 * triangle, so the result stays exactly symmetric however many updates accumulate (the quadratic
 * form LinUCB computes from one triangle and the Cholesky factor rely on that). `scratch` must hold n numbers.
 */
export function shermanMorrisonAddOuter(
  inverse: Float64Array,
  mo: number,
  n: number,
  x: Float64Array,
  xo: number,
  scratch: Float64Array,
): void {
  matVec(inverse, mo, n, x, xo, scratch, 0);
  const denominator = 1 + dot(x, xo, scratch, 0, n);
  for (let i = 0; i < n; i++) {
    const ui = scratch[i]! / denominator;
    for (let j = 0; j <= i; j++) {
      const value = inverse[mo + i * n + j]! - ui * scratch[j]!;
      inverse[mo + i * n + j] = value;
      inverse[mo + j * n + i] = value;
    }
  }
}

/** Rounding can leave a posterior covariance a hair from positive definite after many updates. */
const MIN_PIVOT = 1e-14;

/**
 * The lower-triangular L with LLᵀ = M, for a symmetric positive-definite n×n M at matrix[mo ..],
 * written to out[oo ..] with the strict upper triangle zeroed. A pivot that rounding pushed to or
 * below zero is floored at MIN_PIVOT rather than failing: the factor is only used to draw from a
 * posterior, where a vanishing variance in one direction is the right answer anyway.
 */
export function choleskyLower(
  matrix: Float64Array,
  mo: number,
  n: number,
  out: Float64Array,
  oo: number,
): void {
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = matrix[mo + i * n + j]!;
      for (let k = 0; k < j; k++) sum -= out[oo + i * n + k]! * out[oo + j * n + k]!;
      if (i === j) out[oo + i * n + i] = Math.sqrt(Math.max(sum, MIN_PIVOT));
      else out[oo + i * n + j] = sum / out[oo + j * n + j]!;
    }
    for (let j = i + 1; j < n; j++) out[oo + i * n + j] = 0;
  }
}
