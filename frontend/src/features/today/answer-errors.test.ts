import { describe, expect, it } from 'vitest';
import { describeAnswerFailure, tipIsGone } from './answer-errors.ts';

describe('answering a tip, when it fails', () => {
  it('says the tip was answered before, and how', () => {
    const failure = describeAnswerFailure({
      __typename: 'AlreadyDecidedError',
      message: 'The tip was already answered',
      status: 'SNOOZED',
    });
    expect(failure.message).toBe('You answered this tip before: it is already snoozed.');
    expect(tipIsGone(failure)).toBe(true);
  });

  it('says a missing tip is gone (or someone else’s), without naming ids', () => {
    const failure = describeAnswerFailure({
      __typename: 'NotFoundError',
      message: 'Tip not found',
      entity: 'Tip',
    });
    expect(failure.message).toBe('This tip no longer exists, or it is not yours to answer.');
    expect(tipIsGone(failure)).toBe(true);
  });

  it('puts a validation error next to the snooze time, as a sentence', () => {
    const failure = describeAnswerFailure({
      __typename: 'ValidationError',
      message: 'input.snoozeUntil: must be in the future',
      fieldErrors: [{ path: ['input', 'snoozeUntil'], message: 'must be in the future' }],
    });
    expect(failure.kind).toBe('invalid');
    expect(failure.fieldErrors).toEqual({ snoozeUntil: 'The snooze time must be in the future.' });
    expect(tipIsGone(failure)).toBe(false);
  });

  it('puts a validation error of the reason next to the reason', () => {
    const failure = describeAnswerFailure({
      __typename: 'ValidationError',
      message: 'input.reason: Too big',
      fieldErrors: [
        { path: ['input', 'reason'], message: 'Too big: expected at most 500 characters' },
      ],
    });
    expect(failure.fieldErrors.reason).toBe('Too big: expected at most 500 characters.');
  });

  it('passes a refusal on in words', () => {
    expect(
      describeAnswerFailure({ __typename: 'ForbiddenError', message: 'not your tip' }).message,
    ).toBe('Not your tip.');
  });

  it('says so when the server sent nothing', () => {
    expect(describeAnswerFailure(null)).toMatchObject({ kind: 'no-answer' });
  });
});
