// The estimators against their definitions, recomputed here with plain loops, on synthetic logs
// whose true policy value is known: uniform logging over K actions, known reward rates.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from '../policies/random.ts';
import { evaluatePolicy, type LoggedBanditData } from './estimators.ts';

const RATES = [0.1, 0.3, 0.6, 0.2];
const K = RATES.length;
const TARGET_ACTION = 2;

interface SyntheticLog {
  action: number[];
  data: LoggedBanditData;
}

/**
 * Uniform logging over K actions (round-robin, so every action is logged exactly n/K times),
 * Bernoulli rewards at RATES (or exactly RATES when `noisy` is false), target = always
 * TARGET_ACTION, and a reward model that predicts `model(action)` everywhere.
 */
function syntheticLog(
  n: number,
  { seed = 7, noisy = true, model = (a: number) => RATES[a]! } = {},
): SyntheticLog {
  const rng = createRng(seed);
  const action = Array.from({ length: n }, (_, i) => i % K);
  const reward = action.map((a) => (noisy ? (rng.next() < RATES[a]! ? 1 : 0) : RATES[a]!));
  return {
    action,
    data: {
      n,
      reward: Float64Array.from(reward),
      loggingPropensity: new Float64Array(n).fill(1 / K),
      targetProbabilityOfLogged: Float64Array.from(action, (a) => (a === TARGET_ACTION ? 1 : 0)),
      modelRewardOfLogged: Float64Array.from(action, model),
      modelRewardUnderTarget: new Float64Array(n).fill(model(TARGET_ACTION)),
    },
  };
}

describe('evaluatePolicy', () => {
  it('matches the definitions of IPS, SNIPS, DM and DR', () => {
    const { data } = syntheticLog(2000, { model: (a) => 0.25 + 0.1 * a });
    let ips = 0;
    let weights = 0;
    let dm = 0;
    let dr = 0;
    for (let i = 0; i < data.n; i++) {
      const w = data.targetProbabilityOfLogged[i]! / data.loggingPropensity[i]!;
      ips += (w * data.reward[i]!) / data.n;
      weights += w;
      dm += data.modelRewardUnderTarget[i]! / data.n;
      dr +=
        (data.modelRewardUnderTarget[i]! + w * (data.reward[i]! - data.modelRewardOfLogged[i]!)) /
        data.n;
    }
    const result = evaluatePolicy(data, { resamples: 50 });
    expect(result.n).toBe(2000);
    expect(result.ips.estimate).toBeCloseTo(ips, 12);
    expect(result.snips.estimate).toBeCloseTo((ips * data.n) / weights, 12);
    expect(result.dm.estimate).toBeCloseTo(dm, 12);
    expect(result.dr.estimate).toBeCloseTo(dr, 12);
  });

  it("covers the target's true value with IPS's interval", () => {
    const { data } = syntheticLog(8000);
    const { ips } = evaluatePolicy(data, { seed: 3 });
    expect(ips.ci[0]).toBeLessThan(RATES[TARGET_ACTION]!);
    expect(ips.ci[1]).toBeGreaterThan(RATES[TARGET_ACTION]!);
    // Not trivially wide: a 95% interval on ~2,000 target rows is about ±0.02 × K.
    expect(ips.ci[1] - ips.ci[0]).toBeLessThan(0.2);
  });

  it('gives SNIPS = IPS when the importance weights average exactly 1', () => {
    const { data } = syntheticLog(400);
    const { ips, snips } = evaluatePolicy(data, { resamples: 50 });
    expect(snips.estimate).toBeCloseTo(ips.estimate, 12);
  });

  it('gives SNIPS ≠ IPS when they do not', () => {
    const { data } = syntheticLog(400);
    data.targetProbabilityOfLogged[2] = 0; // one target row fewer: weights now average < 1
    const { ips, snips } = evaluatePolicy(data, { resamples: 50 });
    expect(snips.estimate).toBeGreaterThan(ips.estimate);
  });

  it('gives DR = DM = the true value, with no spread, when the model is exact', () => {
    const { data } = syntheticLog(400, { noisy: false });
    const { dm, dr } = evaluatePolicy(data, { resamples: 100 });
    expect(dm.estimate).toBeCloseTo(RATES[TARGET_ACTION]!, 12);
    expect(dr.estimate).toBeCloseTo(dm.estimate, 12);
    expect(dr.ci[0]).toBeCloseTo(dr.estimate, 12);
    expect(dr.ci[1]).toBeCloseTo(dr.estimate, 12);
  });

  it('lets DR correct a wrong model that DM takes at its word', () => {
    const { data } = syntheticLog(8000, { model: () => 0.05 });
    const { dm, dr } = evaluatePolicy(data, { seed: 5 });
    const truth = RATES[TARGET_ACTION]!;
    expect(dm.estimate).toBeCloseTo(0.05, 12);
    expect(dr.ci[0]).toBeLessThan(truth);
    expect(dr.ci[1]).toBeGreaterThan(truth);
  });

  it('computes the effective sample size of the weights', () => {
    // Weights K on the n/K target rows, 0 elsewhere: (Σw)²/Σw² = n² / (K² · n/K) = n/K.
    expect(
      evaluatePolicy(syntheticLog(400).data, { resamples: 1 }).effectiveSampleSize,
    ).toBeCloseTo(400 / K, 9);
    const { data } = syntheticLog(400);
    data.targetProbabilityOfLogged.set(data.loggingPropensity); // target = logging: all w = 1
    expect(evaluatePolicy(data, { resamples: 1 }).effectiveSampleSize).toBeCloseTo(400, 9);
  });

  it('resamples reproducibly from the seed', () => {
    const { data } = syntheticLog(1000);
    const first = evaluatePolicy(data, { resamples: 200, seed: 11 });
    expect(evaluatePolicy(data, { resamples: 200, seed: 11 })).toEqual(first);
    expect(evaluatePolicy(data, { resamples: 200, seed: 12 }).ips.ci).not.toEqual(first.ips.ci);
  });

  it('narrows the interval at a lower level', () => {
    const { data } = syntheticLog(1000);
    const wide = evaluatePolicy(data, { level: 0.95 }).ips.ci;
    const narrow = evaluatePolicy(data, { level: 0.5 }).ips.ci;
    expect(narrow[0]).toBeGreaterThan(wide[0]);
    expect(narrow[1]).toBeLessThan(wide[1]);
  });

  it('refits the model on every resample when asked, so DM carries the fit’s uncertainty', () => {
    const { data } = syntheticLog(1000, { model: () => 0 });
    const resampleSizes: number[] = [];
    // A model that predicts the resample's mean reward for everything.
    const refitModel = (rows: Int32Array) => {
      resampleSizes.push(rows.length);
      expect(Math.min(...rows)).toBeGreaterThanOrEqual(0);
      expect(Math.max(...rows)).toBeLessThan(data.n);
      let mean = 0;
      for (const i of rows) mean += data.reward[i]! / rows.length;
      return {
        modelRewardOfLogged: new Float64Array(data.n).fill(mean),
        modelRewardUnderTarget: new Float64Array(data.n).fill(mean),
      };
    };
    const fixed = evaluatePolicy(data, { resamples: 100 }).dm.ci;
    const refitted = evaluatePolicy(data, { resamples: 100, refitModel }).dm.ci;
    expect(resampleSizes).toEqual(new Array(100).fill(data.n));
    expect(fixed).toEqual([0, 0]);
    expect(refitted[1] - refitted[0]).toBeGreaterThan(0.01);
  });

  it('keeps every interval ordered and SNIPS within the range of the rewards', () => {
    const row = fc.record({
      reward: fc.double({ min: -5, max: 5, noNaN: true }),
      propensity: fc.double({ min: 0.01, max: 1, noNaN: true }),
      target: fc.double({ min: 0, max: 1, noNaN: true }),
      model: fc.double({ min: -5, max: 5, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 30 }), fc.integer(), (rows, seed) => {
        const result = evaluatePolicy(
          {
            n: rows.length,
            reward: Float64Array.from(rows, (r) => r.reward),
            loggingPropensity: Float64Array.from(rows, (r) => r.propensity),
            targetProbabilityOfLogged: Float64Array.from(rows, (r) => r.target),
            modelRewardOfLogged: Float64Array.from(rows, (r) => r.model),
            modelRewardUnderTarget: Float64Array.from(rows, (r) => r.model),
          },
          { resamples: 20, seed },
        );
        for (const name of ['ips', 'snips', 'dm', 'dr'] as const) {
          expect(result[name].ci[0]).toBeLessThanOrEqual(result[name].ci[1]);
        }
        const rewards = rows.filter((r) => r.target > 0).map((r) => r.reward);
        if (rewards.length > 0) {
          expect(result.snips.estimate).toBeGreaterThanOrEqual(Math.min(...rewards) - 1e-9);
          expect(result.snips.estimate).toBeLessThanOrEqual(Math.max(...rewards) + 1e-9);
        }
      }),
      { numRuns: 200 },
    );
  });

  describe('refuses', () => {
    const valid = () => syntheticLog(8).data;

    it('no rows', () => {
      const empty = new Float64Array(0);
      expect(() =>
        evaluatePolicy({
          n: 0,
          reward: empty,
          loggingPropensity: empty,
          targetProbabilityOfLogged: empty,
          modelRewardOfLogged: empty,
          modelRewardUnderTarget: empty,
        }),
      ).toThrow(/at least one row/);
    });

    it('columns of different lengths', () => {
      expect(() => evaluatePolicy({ ...valid(), reward: new Float64Array(7) })).toThrow(
        /reward has 7 values but n = 8/,
      );
      expect(() => evaluatePolicy({ ...valid(), n: 9 })).toThrow(/has 8 values but n = 9/);
    });

    it('non-positive propensities', () => {
      for (const bad of [0, -0.5, Number.NaN]) {
        const data = valid();
        data.loggingPropensity[3] = bad;
        expect(() => evaluatePolicy(data)).toThrow(/loggingPropensity\[3\]/);
      }
    });

    it('target probabilities outside [0, 1] and non-finite values', () => {
      const data = valid();
      data.targetProbabilityOfLogged[1] = 1.5;
      expect(() => evaluatePolicy(data)).toThrow(/targetProbabilityOfLogged\[1\]/);
      const infinite = valid();
      infinite.modelRewardUnderTarget[0] = Number.POSITIVE_INFINITY;
      expect(() => evaluatePolicy(infinite)).toThrow(/modelRewardUnderTarget\[0\] is not finite/);
    });

    it('bad bootstrap options', () => {
      expect(() => evaluatePolicy(valid(), { resamples: 0 })).toThrow(/resamples/);
      expect(() => evaluatePolicy(valid(), { level: 1 })).toThrow(/level/);
      const shortModel = () => ({
        modelRewardOfLogged: new Float64Array(2),
        modelRewardUnderTarget: new Float64Array(8),
      });
      expect(() => evaluatePolicy(valid(), { refitModel: shortModel })).toThrow(
        /refitModel: modelRewardOfLogged has 2 values/,
      );
    });
  });
});
