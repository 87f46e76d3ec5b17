import { describe, expect, it } from 'vitest';
import { isTimeZone, localDayBounds } from './zoned-time.ts';

function boundsOf(instant: string, timeZone: string) {
  const { start, end } = localDayBounds(new Date(instant), timeZone);
  return { start: start.toISOString(), end: end.toISOString() };
}

describe('localDayBounds', () => {
  it('is midnight to midnight, local', () => {
    expect(boundsOf('2026-01-15T23:30:00Z', 'Europe/Berlin')).toEqual({
      start: '2026-01-15T23:00:00.000Z',
      end: '2026-01-16T23:00:00.000Z',
    });
    expect(boundsOf('2026-01-15T03:00:00Z', 'America/New_York')).toEqual({
      start: '2026-01-14T05:00:00.000Z',
      end: '2026-01-15T05:00:00.000Z',
    });
  });

  it('is 23 hours on the day clocks spring forward and 25 on the day they fall back', () => {
    expect(boundsOf('2026-03-29T12:00:00Z', 'Europe/Berlin')).toEqual({
      start: '2026-03-28T23:00:00.000Z',
      end: '2026-03-29T22:00:00.000Z',
    });
    expect(boundsOf('2026-11-01T12:00:00Z', 'America/New_York')).toEqual({
      start: '2026-11-01T04:00:00.000Z',
      end: '2026-11-02T05:00:00.000Z',
    });
  });

  it('starts when the clock jumps over a midnight that does not exist', () => {
    // Santiago springs forward at midnight: 2026-09-06 goes from 23:59:59 -04 to 01:00 -03.
    expect(boundsOf('2026-09-06T12:00:00Z', 'America/Santiago')).toEqual({
      start: '2026-09-06T04:00:00.000Z',
      end: '2026-09-07T03:00:00.000Z',
    });
  });
});

describe('isTimeZone', () => {
  it('knows IANA zones and nothing else', () => {
    expect(isTimeZone('Europe/Berlin')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isTimeZone('')).toBe(false);
  });
});
