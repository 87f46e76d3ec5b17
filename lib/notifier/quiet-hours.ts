// Quiet hours: a daily local window ("22:00" to "07:00") in which no email goes out; one that
// would is held until the window ends. Pure, so the time zone and DST cases are unit-tested.
import { instantOfWallTime, instantsOfWallTime, wallTimeAt } from './zoned-time.ts';

export interface QuietHours {
  /** IANA time zone the times are read in. */
  timeZone: string;
  /** 'HH:MM', or null (then quietEnd is null too): no quiet hours. */
  quietStart: string | null;
  quietEnd: string | null;
}

function minutesOf(hhmm: string): number {
  const [hours, minutes] = hhmm.split(':').map(Number);
  return hours! * 60 + minutes!;
}

/** When the quiet hours now falls in end; null when now is not in quiet hours. */
export function quietHoursEnd(prefs: QuietHours, now: Date): Date | null {
  if (prefs.quietStart === null || prefs.quietEnd === null) return null;
  const start = minutesOf(prefs.quietStart);
  const end = minutesOf(prefs.quietEnd);
  if (start === end) return null;
  const wall = wallTimeAt(now, prefs.timeZone);
  const minute = wall.hour * 60 + wall.minute;
  const crossesMidnight = start > end;
  const inWindow = crossesMidnight
    ? minute >= start || minute < end
    : minute >= start && minute < end;
  if (!inWindow) return null;
  // Past the start of a window that crosses midnight: it ends tomorrow; otherwise today.
  const endsTomorrow = crossesMidnight && minute >= start;
  const endWall = {
    year: wall.year,
    month: wall.month,
    day: wall.day + (endsTomorrow ? 1 : 0),
    hour: Math.floor(end / 60),
    minute: end % 60,
  };
  // On the night clocks go back the end time occurs twice: the window ends at the first one after
  // now. On the night they jump over it, it ends when the jump has happened.
  const ends = instantsOfWallTime(endWall, prefs.timeZone);
  return ends.find((instant) => instant > now) ?? instantOfWallTime(endWall, prefs.timeZone);
}
