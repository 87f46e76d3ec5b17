// Concurrency keys, as Inngest's `concurrency` config defines them: a number, one `{limit, key}`
// or a list of them. Each entry gives a run one key (`<functionId>#<entry>:<key value>`); runs
// sharing a key may not have more than the entry's limit of items executing at once.
import { keyOf } from './expressions.ts';
import type { RunEvent } from './protocol.ts';
import type { ConcurrencyConfig, FunctionConfig } from './store.ts';

/** The function's concurrency entries, whichever form its config takes. */
export function concurrencyEntries(fn: FunctionConfig | undefined): ConcurrencyConfig[] {
  const c = fn?.concurrency;
  if (c === undefined) return [];
  if (typeof c === 'number') return [{ limit: c }];
  return Array.isArray(c) ? c : [c];
}

/** A run's concurrency keys: one per entry, with the entry's key expression over the event. */
export function concurrencyKeysOf(fn: FunctionConfig, event: RunEvent): string[] {
  return concurrencyEntries(fn).map(
    (c, i) => `${fn.id}#${i}:${c.key ? keyOf(c.key, { event }) : ''}`,
  );
}

/** The limit of the entry a key belongs to; undefined when there is none (or it is not positive). */
export function concurrencyLimitOf(
  fn: FunctionConfig | undefined,
  key: string,
): number | undefined {
  const index = Number(/#(\d+):/.exec(key)?.[1]);
  const limit = concurrencyEntries(fn)[index]?.limit;
  return limit && limit > 0 ? limit : undefined;
}
