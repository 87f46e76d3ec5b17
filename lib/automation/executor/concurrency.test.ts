import { describe, expect, it } from 'vitest';
import { concurrencyEntries, concurrencyKeysOf, concurrencyLimitOf } from './concurrency.ts';
import type { RunEvent } from './protocol.ts';
import type { FunctionConfig } from './store.ts';

const fn = (concurrency?: FunctionConfig['concurrency'], id = 'waymark-sync'): FunctionConfig => ({
  id,
  name: id,
  triggers: [{ event: 'test/sync' }],
  ...(concurrency === undefined ? {} : { concurrency }),
});
const event = (data: Record<string, unknown>): RunEvent => ({
  name: 'test/sync',
  data,
  id: 'e1',
  ts: 0,
});

describe('concurrency entries', () => {
  it('are none without a concurrency config', () => {
    expect(concurrencyEntries(fn())).toEqual([]);
    expect(concurrencyEntries(undefined)).toEqual([]);
  });

  it('are one unkeyed limit for a number', () => {
    expect(concurrencyEntries(fn(5))).toEqual([{ limit: 5 }]);
  });

  it('are the object itself, or each element of an array', () => {
    expect(concurrencyEntries(fn({ limit: 1, key: 'event.data.userId' }))).toEqual([
      { limit: 1, key: 'event.data.userId' },
    ]);
    const two = [{ limit: 10 }, { limit: 1, key: 'event.data.userId', scope: 'fn' }];
    expect(concurrencyEntries(fn(two))).toEqual(two);
  });
});

describe('concurrency keys of a run', () => {
  it('are none for a function without limits', () => {
    expect(concurrencyKeysOf(fn(), event({}))).toEqual([]);
  });

  it('are one key per function for a limit without a key expression', () => {
    expect(concurrencyKeysOf(fn(5), event({ userId: 'u1' }))).toEqual(['waymark-sync#0:']);
    expect(concurrencyKeysOf(fn(5), event({ userId: 'u2' }))).toEqual(['waymark-sync#0:']);
  });

  it("are one key per value of the key expression, over the run's event", () => {
    const perUser = fn({ limit: 1, key: 'event.data.userId' });
    expect(concurrencyKeysOf(perUser, event({ userId: 'u1' }))).toEqual(['waymark-sync#0:u1']);
    expect(concurrencyKeysOf(perUser, event({ userId: 'u2' }))).toEqual(['waymark-sync#0:u2']);
  });

  it('never share a key between two functions with the same key expression', () => {
    const config = { limit: 1, key: 'event.data.userId' };
    const a = concurrencyKeysOf(fn(config, 'waymark-a'), event({ userId: 'u1' }));
    const b = concurrencyKeysOf(fn(config, 'waymark-b'), event({ userId: 'u1' }));
    expect(a).not.toEqual(b);
  });

  it('are one key per entry, each numbered by its place in the config', () => {
    const keys = concurrencyKeysOf(
      fn([{ limit: 10 }, { limit: 1, key: 'event.data.userId' }]),
      event({ userId: 'u1' }),
    );
    expect(keys).toEqual(['waymark-sync#0:', 'waymark-sync#1:u1']);
  });

  it('use an empty value when the key is missing from the event', () => {
    expect(concurrencyKeysOf(fn({ limit: 1, key: 'event.data.userId' }), event({}))).toEqual([
      'waymark-sync#0:',
    ]);
  });
});

describe('the limit of a concurrency key', () => {
  const two = fn([{ limit: 10 }, { limit: 1, key: 'event.data.userId' }]);

  it("is the limit of the key's entry", () => {
    expect(concurrencyLimitOf(two, 'waymark-sync#0:')).toBe(10);
    expect(concurrencyLimitOf(two, 'waymark-sync#1:u1')).toBe(1);
    expect(concurrencyLimitOf(fn(3), 'waymark-sync#0:')).toBe(3);
  });

  it('is read from the entry number even when the key value looks like one', () => {
    expect(concurrencyLimitOf(two, 'waymark-sync#1:#0:x')).toBe(1);
  });

  it('is undefined for a key of no entry, a function without limits, or a limit of 0', () => {
    expect(concurrencyLimitOf(two, 'waymark-sync#2:')).toBeUndefined();
    expect(concurrencyLimitOf(two, 'not a key')).toBeUndefined();
    expect(concurrencyLimitOf(fn(), 'waymark-sync#0:')).toBeUndefined();
    expect(concurrencyLimitOf(undefined, 'waymark-sync#0:')).toBeUndefined();
    expect(concurrencyLimitOf(fn(0), 'waymark-sync#0:')).toBeUndefined();
  });
});
