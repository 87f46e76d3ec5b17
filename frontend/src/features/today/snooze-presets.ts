// Snoozing a tip: the presets ("in 1 hour", "tomorrow 9:00", "next Monday 9:00") as instants in
// the browser's time zone, and a custom time from a datetime-local input.

export type SnoozePresetId = 'in-1-hour' | 'tomorrow-morning' | 'next-monday-morning';

export interface SnoozePreset {
  id: SnoozePresetId;
  label: string;
  until: Date;
}

const MORNING_HOUR = 9;
const HOUR_MS = 3_600_000;
/** The API refuses snoozes further ahead than this. */
export const MAX_SNOOZE_DAYS = 90;

export function snoozePresets(now: Date): SnoozePreset[] {
  const presets: SnoozePreset[] = [
    { id: 'in-1-hour', label: 'In 1 hour', until: new Date(now.getTime() + HOUR_MS) },
    { id: 'tomorrow-morning', label: 'Tomorrow 9:00', until: morningInDays(now, 1) },
    {
      id: 'next-monday-morning',
      label: 'Next Monday 9:00',
      // The first Monday after today: a week ahead when today is Monday.
      until: morningInDays(now, (8 - now.getDay()) % 7 || 7),
    },
  ];
  // On a Sunday, next Monday is tomorrow: one button for one time.
  return presets.filter(
    (preset, i) => presets.findIndex((p) => p.until.getTime() === preset.until.getTime()) === i,
  );
}

function morningInDays(now: Date, days: number): Date {
  const date = new Date(now);
  // setDate moves by calendar days, so a daylight-saving change keeps it at 9:00 local.
  date.setDate(date.getDate() + days);
  date.setHours(MORNING_HOUR, 0, 0, 0);
  return date;
}

/** A date as a datetime-local input's value ("2026-06-03T14:30"), in local time. */
export function toDateTimeLocalValue(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}`
  );
}

export type CustomSnooze = { ok: true; until: Date } | { ok: false; message: string };

/** A datetime-local value (local time) as the instant to snooze until, or why it will not do. */
export function parseCustomSnooze(value: string, now: Date): CustomSnooze {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (!match) return { ok: false, message: 'Pick a date and a time.' };
  const [, y, mo, d, h, mi, s] = match.map(Number) as number[];
  const until = new Date(y!, mo! - 1, d!, h!, mi!, Number.isNaN(s) ? 0 : s!);
  if (Number.isNaN(until.getTime())) return { ok: false, message: 'Pick a date and a time.' };
  if (until.getTime() <= now.getTime()) {
    return { ok: false, message: 'Pick a time in the future.' };
  }
  if (until.getTime() > now.getTime() + MAX_SNOOZE_DAYS * 24 * HOUR_MS) {
    return { ok: false, message: `Pick a time within ${MAX_SNOOZE_DAYS} days.` };
  }
  return { ok: true, until };
}

/** "Tue 3 Jun, 09:00" — how long a tip sleeps, in the reader's own words and time zone. */
export function formatSnoozeTime(date: Date, locale?: string): string {
  return new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }).format(date);
}
