// What the policies take for granted of their linear algebra: an inverse kept exactly symmetric
// (LinUCB reads one triangle of it) and a Cholesky factor that reproduces its matrix (Thompson
// draws with it). The inverse itself is checked against a direct solve in linucb.test.ts.
import { describe, expect, it } from 'vitest';
import { choleskyLower, shermanMorrisonAddOuter } from './linear-algebra.ts';
import { createRng } from './random.ts';

const n = 6;
const rng = createRng(13);

/** A symmetric positive-definite matrix: (I + Σxxᵀ)⁻¹ built by Sherman–Morrison, as in a policy. */
function posteriorCovariance(): Float64Array {
  const matrix = new Float64Array(n * n);
  for (let i = 0; i < n; i++) matrix[i * n + i] = 1;
  const x = new Float64Array(n);
  for (let k = 0; k < 30; k++) {
    for (let i = 0; i < n; i++) x[i] = rng.normal();
    shermanMorrisonAddOuter(matrix, 0, n, x, 0, new Float64Array(n));
  }
  return matrix;
}

describe('linear algebra', () => {
  it('keeps the Sherman–Morrison inverse exactly symmetric', () => {
    const matrix = posteriorCovariance();
    for (let i = 0; i < n; i++)
      for (let j = 0; j < i; j++) expect(matrix[i * n + j]).toBe(matrix[j * n + i]);
  });

  it('factors M into a lower-triangular L with LLᵀ = M', () => {
    const matrix = posteriorCovariance();
    const factor = new Float64Array(n * n).fill(Number.NaN);
    choleskyLower(matrix, 0, n, factor, 0);
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++) {
        if (j > i) expect(factor[i * n + j]).toBe(0);
        let product = 0;
        for (let k = 0; k < n; k++) product += factor[i * n + k]! * factor[j * n + k]!;
        expect(product).toBeCloseTo(matrix[i * n + j]!, 12);
      }
  });
});
