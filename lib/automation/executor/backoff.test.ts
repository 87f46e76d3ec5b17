import { afterEach, describe, expect, it, vi } from 'vitest';
import { BACKOFF_TABLE_MS, backoffDelayMs, MAX_JITTER_MS, retryAfterMs } from './backoff.ts';

const noJitter = { factor: 1, random: () => 0 };
const s = 1_000;
const m = 60 * s;
const h = 60 * m;

describe('retry backoff', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("follows Inngest's table in order: 15 s, 30 s, 1 m, 2 m, 5 m, 10 m, 20 m, 40 m, 1 h, 2 h", () => {
    const delays = Array.from({ length: 10 }, (_, i) => backoffDelayMs(i + 1, noJitter));
    expect(delays).toEqual([15 * s, 30 * s, m, 2 * m, 5 * m, 10 * m, 20 * m, 40 * m, h, 2 * h]);
    expect(delays).toEqual(BACKOFF_TABLE_MS);
  });

  it('stays at 2 h past the end of the table', () => {
    expect(backoffDelayMs(11, noJitter)).toBe(2 * h);
    expect(backoffDelayMs(50, noJitter)).toBe(2 * h);
  });

  it('treats attempt 0 (or less) as the first retry', () => {
    expect(backoffDelayMs(0, noJitter)).toBe(15 * s);
    expect(backoffDelayMs(-3, noJitter)).toBe(15 * s);
  });

  it('scales the whole table by the factor', () => {
    expect(backoffDelayMs(1, { factor: 0.001, random: () => 0 })).toBeCloseTo(15);
    expect(backoffDelayMs(10, { factor: 0.5, random: () => 0 })).toBe(h);
  });

  it('adds jitter of up to 30 s, scaled by the factor too', () => {
    expect(MAX_JITTER_MS).toBe(30 * s);
    expect(backoffDelayMs(1, { factor: 1, random: () => 0.5 })).toBe(15 * s + 15 * s);
    expect(backoffDelayMs(2, { factor: 0.01, random: () => 0.5 })).toBeCloseTo((30 + 15) * 10);
    const almostOne = () => 0.999_999;
    expect(backoffDelayMs(1, { factor: 1, random: almostOne })).toBeLessThan(15 * s + 30 * s);
    expect(backoffDelayMs(1, { factor: 0.1, random: almostOne })).toBeLessThan(4_500);
  });

  it('keeps the random jitter within [0, 30 s × factor)', () => {
    for (let i = 0; i < 200; i++) {
      const delay = backoffDelayMs(3, { factor: 0.5 });
      expect(delay).toBeGreaterThanOrEqual(30 * s);
      expect(delay).toBeLessThan(30 * s + 15 * s);
    }
  });

  it('waits as long as retry-after asks (in seconds) when that is longer than the table', () => {
    expect(backoffDelayMs(1, noJitter, '120')).toBe(120 * s);
    expect(backoffDelayMs(1, noJitter, '20.5')).toBe(20_500);
  });

  it('keeps the table when retry-after asks for less', () => {
    expect(backoffDelayMs(1, noJitter, '5')).toBe(15 * s);
    expect(backoffDelayMs(4, noJitter, '0')).toBe(2 * m);
  });

  it('reads retry-after as an HTTP date, winning only when later than the table', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-21T10:00:00Z'));
    const inFiveMinutes = 'Sat, 21 Nov 2026 10:05:00 GMT';
    expect(backoffDelayMs(1, noJitter, inFiveMinutes)).toBe(5 * m);
    expect(backoffDelayMs(8, noJitter, inFiveMinutes)).toBe(40 * m);
  });

  it('ignores a retry-after it cannot read', () => {
    expect(backoffDelayMs(1, noJitter, 'whenever')).toBe(15 * s);
    expect(backoffDelayMs(1, noJitter, '')).toBe(15 * s);
    expect(backoffDelayMs(1, noJitter, null)).toBe(15 * s);
  });
});

describe('retry-after', () => {
  const now = Date.parse('2026-11-21T10:00:00Z');

  it('is seconds, or an HTTP date counted from now (never negative)', () => {
    expect(retryAfterMs('30', now)).toBe(30 * s);
    expect(retryAfterMs(' 2 ', now)).toBe(2 * s);
    expect(retryAfterMs('Sat, 21 Nov 2026 10:01:00 GMT', now)).toBe(m);
    expect(retryAfterMs('Sat, 21 Nov 2026 09:00:00 GMT', now)).toBe(0);
  });

  it('is undefined when absent or unreadable', () => {
    expect(retryAfterMs(undefined, now)).toBeUndefined();
    expect(retryAfterMs(null, now)).toBeUndefined();
    expect(retryAfterMs('', now)).toBeUndefined();
    expect(retryAfterMs('soon', now)).toBeUndefined();
  });
});
