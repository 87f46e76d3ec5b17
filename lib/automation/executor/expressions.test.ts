import { describe, expect, it } from 'vitest';
import { keyOf, matches } from './expressions.ts';

const event = {
  name: 'crm/deal.assigned',
  data: { userId: 'u1', dealId: 'd1', assigneeId: 'a1', amount: 1200, nobody: null },
};
const incoming = (data: Record<string, unknown>) => ({ name: 'test/answer', data });

describe('matching a waitForEvent or cancelOn `if` (the SDK emits `event.… == async.…`)', () => {
  const sameUser = 'event.data.userId == async.data.userId';

  it('matches an incoming event with the same value', () => {
    expect(matches(sameUser, { event, async: incoming({ userId: 'u1' }) })).toBe(true);
  });

  it('does not match an incoming event with another value', () => {
    expect(matches(sameUser, { event, async: incoming({ userId: 'u2' }) })).toBe(false);
  });

  it('treats a key missing on either side as no match, not as an error', () => {
    expect(matches(sameUser, { event, async: incoming({}) })).toBe(false);
    expect(
      matches(sameUser, { event: { name: 'x', data: {} }, async: incoming({ userId: 'u1' }) }),
    ).toBe(false);
    expect(matches(sameUser, { event })).toBe(false);
  });

  it('does not match a value of another type', () => {
    expect(matches(sameUser, { event, async: incoming({ userId: 1 }) })).toBe(false);
  });
});

describe('matching a trigger expression over the event', () => {
  it('holds for the events it describes', () => {
    expect(matches('event.data.assigneeId != null', { event })).toBe(true);
    expect(matches("event.data.dealId == 'd1'", { event })).toBe(true);
    expect(matches('event.data.amount > 1000', { event })).toBe(true);
    expect(
      matches("event.data.function_id == 'waymark-doomed'", {
        event: { name: 'inngest/function.failed', data: { function_id: 'waymark-doomed' } },
      }),
    ).toBe(true);
  });

  it('does not hold for the others', () => {
    expect(matches('event.data.nobody != null', { event })).toBe(false);
    expect(matches('event.data.missing != null', { event })).toBe(false);
    expect(matches('event.data.amount > 5000', { event })).toBe(false);
  });

  it('matches everything when there is no expression', () => {
    expect(matches(undefined, { event })).toBe(true);
    expect(matches(null, { event })).toBe(true);
    expect(matches('', { event })).toBe(true);
  });

  it('holds only for exactly true: a non-boolean or unparsable expression is no match', () => {
    expect(matches('event.data.userId', { event })).toBe(false);
    expect(matches('event.data.userId ==', { event })).toBe(false);
  });
});

describe('the value of a key expression (idempotency and concurrency keys)', () => {
  it('is a string value as it is', () => {
    expect(keyOf('event.data.userId', { event })).toBe('u1');
  });

  it('is a number (or any other value) as JSON', () => {
    expect(keyOf('event.data.amount', { event })).toBe('1200');
    expect(keyOf('event.data.nobody', { event })).toBe('null');
    expect(keyOf("event.data.userId + '-' + event.data.dealId", { event })).toBe('u1-d1');
  });

  it('is empty when the key is missing, so every such run shares one key', () => {
    expect(keyOf('event.data.missing', { event })).toBe('');
    expect(keyOf('event.data.missing', { event: { name: 'x', data: {} } })).toBe('');
  });
});
