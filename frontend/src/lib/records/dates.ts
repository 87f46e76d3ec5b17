// Dates as the record pages show them. Calendar dates (YYYY-MM-DD: close dates, date custom
// fields) have no time zone and are read as local days; due dates are instants.

const DAY_MS = 24 * 60 * 60 * 1000;

/** '2026-03-05' as "Mar 5, 2026"; text that is not such a date as it is. */
export function formatCalendarDate(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  const local = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return local.toLocaleDateString('en-US', { month: 'short', day: 'numeric', year: 'numeric' });
}

/** An instant as "Mar 5, 2026, 3:04 PM". */
export function formatDateTime(iso: string): string {
  return new Date(iso).toLocaleString('en-US', {
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  });
}

/** A day picked in a date input, as the instant a task on it is due: the end of that local day. */
export function dueAtFromDate(date: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.trim());
  if (!match) return null;
  const end = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 23, 59, 59, 999);
  return Number.isNaN(end.getTime()) ? null : end.toISOString();
}

/** Whole local days from `now`'s day to `then`'s: 0 today, 1 tomorrow, -1 yesterday. */
export function daysFromToday(then: Date, now: Date): number {
  const startOf = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  return Math.round((startOf(then) - startOf(now)) / DAY_MS);
}

/** A day relative to today when close ("today", "tomorrow"), otherwise "on Mar 5". */
export function relativeDay(then: Date, now: Date): string {
  const days = daysFromToday(then, now);
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  const sameYear = then.getFullYear() === now.getFullYear();
  return `on ${then.toLocaleDateString('en-US', {
    month: 'short',
    day: 'numeric',
    ...(sameYear ? {} : { year: 'numeric' }),
  })}`;
}

/** The time of day, unless it is the end of the day (tasks due "on a day"). */
export function timeOfDay(then: Date): string | null {
  if (then.getHours() === 23 && then.getMinutes() === 59) return null;
  return then.toLocaleTimeString('en-US', { hour: 'numeric', minute: '2-digit' });
}

/** How long ago, roughly: "just now", "5 minutes ago", "3 hours ago", then the date. */
export function timeAgo(iso: string, now: Date): string {
  const then = new Date(iso);
  const minutes = Math.round((now.getTime() - then.getTime()) / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} ${minutes === 1 ? 'minute' : 'minutes'} ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours} ${hours === 1 ? 'hour' : 'hours'} ago`;
  return formatDateTime(iso);
}
