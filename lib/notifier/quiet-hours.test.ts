import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type QuietHours, quietHoursEnd } from './quiet-hours.ts';

function endOf(timeZone: string, window: string, now: string): string | null {
  const [quietStart, quietEnd] = window.split('-') as [string, string];
  return quietHoursEnd({ timeZone, quietStart, quietEnd }, new Date(now))?.toISOString() ?? null;
}

describe('quietHoursEnd', () => {
  it('is null without quiet hours', () => {
    const prefs: QuietHours = { timeZone: 'UTC', quietStart: null, quietEnd: null };
    expect(quietHoursEnd(prefs, new Date('2026-01-15T03:00:00Z'))).toBeNull();
  });

  it.each([
    ['at the start', '2026-01-15T12:00:00Z', '2026-01-15T14:00:00.000Z'],
    ['inside', '2026-01-15T13:59:00Z', '2026-01-15T14:00:00.000Z'],
    ['at the end (the window is over)', '2026-01-15T14:00:00Z', null],
    ['before it', '2026-01-15T11:59:00Z', null],
  ])('a window within a day, %s', (_case, now, end) => {
    expect(endOf('UTC', '12:00-14:00', now)).toBe(end);
  });

  it.each([
    ['before midnight: ends tomorrow', '2026-01-15T22:30:00Z', '2026-01-16T06:00:00.000Z'],
    ['after midnight: ends today', '2026-01-16T05:00:00Z', '2026-01-16T06:00:00.000Z'],
    ['a minute before it', '2026-01-15T20:59:00Z', null],
    ['at its end', '2026-01-16T06:00:00Z', null],
    ['in the afternoon', '2026-01-15T14:00:00Z', null],
    ['in summer time (UTC+2)', '2026-07-01T21:00:00Z', '2026-07-02T05:00:00.000Z'],
    ['on the last day of a month', '2026-01-31T22:00:00Z', '2026-02-01T06:00:00.000Z'],
  ])('Berlin 22:00 to 07:00 across midnight, %s', (_case, now, end) => {
    expect(endOf('Europe/Berlin', '22:00-07:00', now)).toBe(end);
  });

  it('ends at local 07:00 after the night Berlin springs forward (7 hours, not 9)', () => {
    // 2026-03-29 02:00 CET becomes 03:00 CEST; 23:00 CET Saturday is 22:00Z.
    expect(endOf('Europe/Berlin', '22:00-07:00', '2026-03-28T22:00:00Z')).toBe(
      '2026-03-29T05:00:00.000Z',
    );
  });

  it('ends at local 07:00 after the night Berlin falls back (10 hours, not 9)', () => {
    // 2026-10-25 03:00 CEST becomes 02:00 CET; 22:30 CEST Saturday is 20:30Z.
    expect(endOf('Europe/Berlin', '22:00-07:00', '2026-10-24T20:30:00Z')).toBe(
      '2026-10-25T06:00:00.000Z',
    );
  });

  it('ends when the clock jumps past an end time that does not exist that night', () => {
    // 02:30 never shows on 2026-03-29 in Berlin: the clock goes from 02:00 CET to 03:00 CEST.
    expect(endOf('Europe/Berlin', '01:00-02:30', '2026-03-29T00:30:00Z')).toBe(
      '2026-03-29T01:00:00.000Z',
    );
  });

  it('ends at the next showing of an end time that occurs twice that night', () => {
    // On 2026-10-25 Berlin shows 02:00-03:00 twice: first CEST (00:00Z-01:00Z), then CET.
    expect(endOf('Europe/Berlin', '01:00-02:30', '2026-10-25T00:10:00Z')).toBe(
      '2026-10-25T00:30:00.000Z',
    );
    expect(endOf('Europe/Berlin', '01:00-02:30', '2026-10-25T01:10:00Z')).toBe(
      '2026-10-25T01:30:00.000Z',
    );
  });

  it.each([
    ['in winter (UTC-5)', '2026-01-16T03:00:00Z', '2026-01-16T11:00:00.000Z'],
    ['over the spring-forward night', '2026-03-08T03:00:00Z', '2026-03-08T10:00:00.000Z'],
    ['over the fall-back night', '2026-11-01T02:00:00Z', '2026-11-01T11:00:00.000Z'],
    ['before it, on the fall-back evening', '2026-10-31T23:00:00Z', null],
  ])('New York 21:00 to 06:00, %s', (_case, now, end) => {
    expect(endOf('America/New_York', '21:00-06:00', now)).toBe(end);
  });

  it('counts a window that starts in the hour New York skips as started once it is over', () => {
    // 2026-03-08 02:00 EST becomes 03:00 EDT (07:00Z): at 03:05 EDT the clock is past 02:15.
    expect(endOf('America/New_York', '02:15-05:00', '2026-03-08T07:05:00Z')).toBe(
      '2026-03-08T09:00:00.000Z',
    );
  });

  it('reads offsets that are not whole hours', () => {
    // India is UTC+5:30: 22:30 local is 17:00Z.
    expect(endOf('Asia/Kolkata', '22:00-07:00', '2026-01-15T17:00:00Z')).toBe(
      '2026-01-16T01:30:00.000Z',
    );
  });

  it('ends after now, when the window is over, in any zone on any day (property)', () => {
    const zones = [
      'UTC',
      'Europe/Berlin',
      'America/New_York',
      'America/Santiago',
      'Australia/Lord_Howe',
      'Pacific/Chatham',
      'Asia/Kolkata',
    ];
    const hhmm = fc
      .integer({ min: 0, max: 24 * 60 - 1 })
      .map(
        (m) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`,
      );
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        hhmm,
        hhmm,
        fc.date({
          min: new Date('2020-01-01T00:00:00Z'),
          max: new Date('2030-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        (timeZone, quietStart, quietEnd, now) => {
          const prefs = { timeZone, quietStart, quietEnd };
          const until = quietHoursEnd(prefs, now);
          if (!until) return;
          expect(until.getTime()).toBeGreaterThan(now.getTime());
          expect(until.getTime() - now.getTime()).toBeLessThanOrEqual(26 * 60 * 60 * 1000);
          // The window is over at `until`, and a second earlier it still ends at `until`.
          expect(quietHoursEnd(prefs, until)).toBeNull();
          const justBefore = new Date(until.getTime() - 1000);
          if (justBefore > now) expect(quietHoursEnd(prefs, justBefore)).toEqual(until);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
