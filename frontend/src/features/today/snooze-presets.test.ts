import { describe, expect, it } from 'vitest';
import { parseCustomSnooze, snoozePresets, toDateTimeLocalValue } from './snooze-presets.ts';

// Local times throughout: the presets are about the reader's own clock.
const at = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min);
const until = (now: Date, id: string) => snoozePresets(now).find((p) => p.id === id)!.until;

describe('snooze presets', () => {
  const wednesdayAfternoon = at(2026, 6, 3, 14, 30);

  it('offers in 1 hour, tomorrow 9:00 and next Monday 9:00, in that order', () => {
    expect(snoozePresets(wednesdayAfternoon).map((p) => p.label)).toEqual([
      'In 1 hour',
      'Tomorrow 9:00',
      'Next Monday 9:00',
    ]);
  });

  it('puts "in 1 hour" exactly an hour from now', () => {
    expect(until(wednesdayAfternoon, 'in-1-hour')).toEqual(at(2026, 6, 3, 15, 30));
  });

  it('puts "tomorrow" at 9:00 on the next calendar day, across a month end', () => {
    expect(until(wednesdayAfternoon, 'tomorrow-morning')).toEqual(at(2026, 6, 4, 9));
    expect(until(at(2026, 6, 30, 23, 50), 'tomorrow-morning')).toEqual(at(2026, 7, 1, 9));
  });

  it('puts "next Monday" at 9:00 on the first Monday after today', () => {
    expect(until(wednesdayAfternoon, 'next-monday-morning')).toEqual(at(2026, 6, 8, 9));
  });

  it('on a Sunday, offers tomorrow 9:00 once, not again as next Monday', () => {
    const sunday = at(2026, 6, 7, 10);
    expect(snoozePresets(sunday).map((p) => p.label)).toEqual(['In 1 hour', 'Tomorrow 9:00']);
    expect(until(sunday, 'tomorrow-morning')).toEqual(at(2026, 6, 8, 9));
  });

  it('on a Monday, puts "next Monday" a week ahead, even before 9:00', () => {
    expect(until(at(2026, 6, 8, 7), 'next-monday-morning')).toEqual(at(2026, 6, 15, 9));
  });

  it('puts every preset in the future', () => {
    for (const now of [at(2026, 6, 3, 0, 0), at(2026, 6, 3, 8, 59), at(2026, 6, 6, 23, 59)]) {
      for (const preset of snoozePresets(now)) expect(preset.until > now).toBe(true);
    }
  });
});

describe('a custom snooze time', () => {
  const now = at(2026, 6, 3, 14, 30);

  it('reads a datetime-local value as local time', () => {
    expect(parseCustomSnooze('2026-06-04T08:15', now)).toEqual({
      ok: true,
      until: at(2026, 6, 4, 8, 15),
    });
  });

  it('asks for a date and time when the value is empty or incomplete', () => {
    expect(parseCustomSnooze('', now)).toEqual({ ok: false, message: 'Pick a date and a time.' });
    expect(parseCustomSnooze('2026-06-04', now)).toMatchObject({ ok: false });
  });

  it('refuses a time that is not in the future', () => {
    expect(parseCustomSnooze('2026-06-03T14:30', now)).toEqual({
      ok: false,
      message: 'Pick a time in the future.',
    });
  });

  it('refuses a time further than the API allows', () => {
    expect(parseCustomSnooze('2026-12-31T09:00', now)).toEqual({
      ok: false,
      message: 'Pick a time within 90 days.',
    });
  });

  it('writes a date back as a datetime-local value', () => {
    expect(toDateTimeLocalValue(at(2026, 1, 5, 9, 7))).toBe('2026-01-05T09:07');
  });
});
