import { describe, expect, it } from 'vitest';
import { learnedDwellDays, learnedProbability, learnStep } from './learning-math.ts';

describe('the learned win probability of a step', () => {
  it('is the default probability while nothing has closed', () => {
    expect(learnedProbability(0, 0, 0.6)).toBe(0.6);
  });

  it('weighs history and the default equally after five closed entities', () => {
    // 5 won of 5: (5 + 5·0.4) / (5 + 5)
    expect(learnedProbability(5, 5, 0.4)).toBeCloseTo(0.7, 12);
  });

  it('does not fall to zero after one loss', () => {
    expect(learnedProbability(0, 1, 0.6)).toBeCloseTo(0.5, 12);
  });

  it('follows history as closed entities accumulate', () => {
    // 10 won of 100 against a default of 0.6: (10 + 3) / 105
    expect(learnedProbability(10, 100, 0.6)).toBeCloseTo(13 / 105, 12);
  });

  it('stays between 0 and 1', () => {
    expect(learnedProbability(0, 1000, 0)).toBe(0);
    expect(learnedProbability(1000, 1000, 1)).toBe(1);
  });
});

describe('the learned dwell of a step', () => {
  it('is the configured dwell before any stay completes', () => {
    expect(learnedDwellDays(0, 0, 10)).toBe(10);
  });

  it('counts the configured dwell as three more stays', () => {
    // stays of 4 and 8 days, configured 10: (12 + 30) / 5
    expect(learnedDwellDays(12, 2, 10)).toBeCloseTo(8.4, 12);
  });

  it('is the plain mean when the step has no configured dwell, and null without stays', () => {
    expect(learnedDwellDays(12, 2, null)).toBe(6);
    expect(learnedDwellDays(0, 0, null)).toBeNull();
  });
});

describe('learning a step', () => {
  it('reports the closed entities and completed stays it learned from', () => {
    expect(
      learnStep(
        { entered: 8, closed: 6, won: 3, completedStays: 6, stayDays: 54 },
        { defaultProbability: 0.6, expectedDwellDays: 10 },
      ),
    ).toEqual({
      learnedProbability: 6 / 11,
      sampleSize: 6,
      learnedDwellDays: 84 / 9,
      dwellSampleSize: 6,
    });
  });
});
