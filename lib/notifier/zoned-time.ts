// Wall-clock time in a person's IANA time zone, with only Intl (no time zone library): quiet
// hours and the daily email cap are local ("22:00 to 07:00", "today"), the log is in instants.

/** A local date and time as a clock on the wall shows it; month is 1-12. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Whether Intl knows the zone; an unknown one makes Intl.DateTimeFormat throw a RangeError. */
export function isTimeZone(name: string): boolean {
  try {
    formatterFor(name);
    return true;
  } catch {
    return false;
  }
}

/** The instant's local time in timeZone, to the second. */
function localFields(instant: number, timeZone: string) {
  const parts = formatterFor(timeZone).formatToParts(new Date(instant));
  const field = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((p) => p.type === type)?.value);
  return {
    year: field('year'),
    month: field('month'),
    day: field('day'),
    hour: field('hour'),
    minute: field('minute'),
    second: field('second'),
  };
}

export function wallTimeAt(instant: Date, timeZone: string): WallTime {
  const { year, month, day, hour, minute } = localFields(instant.getTime(), timeZone);
  return { year, month, day, hour, minute };
}

/** How far timeZone's clocks are ahead of UTC at the instant, in milliseconds. */
function offsetAt(instant: number, timeZone: string): number {
  const f = localFields(instant, timeZone);
  const asIfUtc = Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second);
  return asIfUtc - Math.floor(instant / 1000) * 1000;
}

/**
 * Every instant a wall clock in timeZone shows the given time, earliest first: usually one, two
 * when clocks go back and the time occurs twice, none when clocks jump over it. Day and month
 * overflow roll over (day 32 is the 1st of the next month).
 */
export function instantsOfWallTime(wall: WallTime, timeZone: string): Date[] {
  const asIfUtc = wallAsIfUtc(wall);
  const offsets = offsetsAround(asIfUtc, timeZone);
  const instants = [...new Set([asIfUtc - offsets.before, asIfUtc - offsets.after])].filter(
    (instant) => instant + offsetAt(instant, timeZone) === asIfUtc,
  );
  return instants.sort((a, b) => a - b).map((instant) => new Date(instant));
}

/**
 * The first instant a wall clock in timeZone shows the given time or later: the earlier
 * occurrence of a time clocks go back over, and the moment of the jump for a time they jump
 * over (02:30 on the night Berlin springs forward: 03:00 CEST, when the clock passes 02:30).
 */
export function instantOfWallTime(wall: WallTime, timeZone: string): Date {
  const [earliest] = instantsOfWallTime(wall, timeZone);
  if (earliest) return earliest;
  const asIfUtc = wallAsIfUtc(wall);
  const { before, after } = offsetsAround(asIfUtc, timeZone);
  // Read with the later offset the time is before the jump, with the earlier one after it: find
  // the jump between them, to the second.
  let beforeJump = asIfUtc - after;
  let afterJump = asIfUtc - before;
  while (afterJump - beforeJump > 1000) {
    const middle = beforeJump + Math.floor((afterJump - beforeJump) / 2000) * 1000;
    if (offsetAt(middle, timeZone) === before) beforeJump = middle;
    else afterJump = middle;
  }
  return new Date(afterJump);
}

function wallAsIfUtc(wall: WallTime): number {
  return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
}

/** The zone's offsets a day either side: real zones change offset at most once in between. */
function offsetsAround(asIfUtc: number, timeZone: string) {
  const day = 24 * 60 * 60 * 1000;
  return { before: offsetAt(asIfUtc - day, timeZone), after: offsetAt(asIfUtc + day, timeZone) };
}

/** The start of the local day the instant falls in, and the start of the next one. */
export function localDayBounds(instant: Date, timeZone: string): { start: Date; end: Date } {
  const { year, month, day } = wallTimeAt(instant, timeZone);
  return {
    start: instantOfWallTime({ year, month, day, hour: 0, minute: 0 }, timeZone),
    end: instantOfWallTime({ year, month, day: day + 1, hour: 0, minute: 0 }, timeZone),
  };
}
