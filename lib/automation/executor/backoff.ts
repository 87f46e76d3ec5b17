// When to retry: the Inngest server's backoff table, scaled by a factor (development runs use a
// small one so a retry takes milliseconds, not minutes), with jitter, and a `retry-after` from
// the function winning when it asks for longer.

/** Inngest's table: 15 s, 30 s, 1 m, 2 m, 5 m, 10 m, 20 m, 40 m, 1 h, 2 h (then 2 h). */
export const BACKOFF_TABLE_MS = [
  15e3, 30e3, 60e3, 120e3, 300e3, 600e3, 1_200e3, 2_400e3, 3_600e3, 7_200e3,
];
export const MAX_JITTER_MS = 30e3;

export interface BackoffOptions {
  /** Multiplies the table and the jitter: 1 in production, e.g. 0.001 in development. */
  factor: number;
  /** A number in [0, 1) for the jitter; injectable so tests are exact. */
  random?: () => number;
}

/** Delay before retry number `attempt` (the first retry is attempt 1). */
export function backoffDelayMs(
  attempt: number,
  options: BackoffOptions,
  retryAfter?: string | null,
): number {
  const index = Math.min(Math.max(attempt, 1), BACKOFF_TABLE_MS.length) - 1;
  const jitter = (options.random ?? Math.random)() * MAX_JITTER_MS;
  const scheduled = (BACKOFF_TABLE_MS[index]! + jitter) * options.factor;
  const asked = retryAfterMs(retryAfter);
  return asked === undefined ? scheduled : Math.max(scheduled, asked);
}

/** `retry-after` as seconds or an HTTP date, in ms from now; undefined when absent or unreadable. */
export function retryAfterMs(
  header: string | null | undefined,
  now = Date.now(),
): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
