import { describe, expect, it } from 'vitest';
import { estimateScale, formatReward, niceStep } from './chart-scale.ts';

describe('the interval chart’s scale', () => {
  it('spans 0 to 1 with steps of 0.2 when every estimate is a reward in range', () => {
    const scale = estimateScale([0.25, 0.1, 0.9]);
    expect(scale.domain).toEqual([0, 1]);
    expect(scale.ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
  });

  it('places values proportionally along the track', () => {
    const scale = estimateScale([0.5]);
    expect(scale.toPercent(0)).toBe(0);
    expect(scale.toPercent(0.25)).toBe(25);
    expect(scale.toPercent(1)).toBe(100);
  });

  it('widens to a round bound for intervals beyond [0, 1], as IPS gives on few tips', () => {
    const scale = estimateScale([-0.15, 1.62]);
    expect(scale.domain).toEqual([-0.5, 2]);
    expect(scale.ticks).toEqual([-0.5, 0, 0.5, 1, 1.5, 2]);
    expect(scale.toPercent(0)).toBe(20);
  });

  it('pins values outside the domain to its ends instead of drawing off the track', () => {
    const scale = estimateScale([0.5]);
    expect(scale.toPercent(-3)).toBe(0);
    expect(scale.toPercent(7)).toBe(100);
  });

  it('ignores missing numbers and still draws a sensible axis with none at all', () => {
    expect(estimateScale([Number.NaN]).domain).toEqual([0, 1]);
    expect(estimateScale([]).ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
  });

  it('picks round steps', () => {
    expect(niceStep(1)).toBe(0.2);
    expect(niceStep(2.5)).toBe(0.5);
    expect(niceStep(12)).toBe(2.5);
    expect(niceStep(0)).toBe(1);
  });

  it('shows rewards with at most two decimals', () => {
    expect(formatReward(0.3333)).toBe('0.33');
    expect(formatReward(1)).toBe('1');
    expect(formatReward(0.25)).toBe('0.25');
  });
});
