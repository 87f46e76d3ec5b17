import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import {
  describeRequestError,
  describeTransitionRefusal,
  describeTypedError,
  fieldErrorsByName,
  isTypedApiError,
  isUnauthenticated,
} from './api-errors.ts';

const validation = {
  __typename: 'ValidationError' as const,
  message: 'input.name: is required',
  fieldErrors: [
    { path: ['input', 'name'], message: 'is required' },
    { path: ['input', 'emails', '1'], message: 'Invalid email address' },
    { path: ['input', 'name'], message: 'is too long' },
  ],
};

describe('typed API errors in words', () => {
  it('keys field errors by input field, first error of each, reading as a sentence with its label', () => {
    expect(fieldErrorsByName(validation, { name: 'The name' })).toEqual({
      name: 'The name is required.',
      emails: 'Invalid email address.',
    });
  });

  it('has no field errors for other typed errors', () => {
    expect(fieldErrorsByName({ __typename: 'ForbiddenError', message: 'no' })).toEqual({});
  });

  it('names the field of the first validation error and how many more there are', () => {
    expect(describeTypedError(validation)).toBe('Check name: is required (and 2 more).');
  });

  it('says what was not found and why that may be', () => {
    expect(
      describeTypedError({
        __typename: 'NotFoundError',
        message: 'Deal not found',
        entity: 'Deal',
      }),
    ).toBe('Deal not found: it may have been deleted, or it is not in this workspace.');
  });

  it('passes on why a role may not do something', () => {
    expect(
      describeTypedError({
        __typename: 'ForbiddenError',
        message: 'Your role in this workspace cannot make this change',
      }),
    ).toBe('Your role in this workspace cannot make this change.');
  });

  it('tells typed errors from success results', () => {
    expect(isTypedApiError({ __typename: 'CreateDealSuccess' })).toBe(false);
    expect(isTypedApiError({ __typename: 'TransitionNotAllowedError' })).toBe(true);
  });
});

describe('refused workflow moves in words', () => {
  const move = { from: 'Qualification', to: 'Discovery', what: '“Globex”' };

  it('names both steps when there is no such transition', () => {
    expect(
      describeTransitionRefusal({ reason: 'NO_TRANSITION', missingFields: [], message: '' }, move),
    ).toBe('The workflow does not allow moving “Globex” from Qualification to Discovery.');
  });

  it('says which fields to fill in first', () => {
    expect(
      describeTransitionRefusal(
        { reason: 'MISSING_FIELDS', missingFields: ['amount', 'expectedCloseDate'], message: '' },
        { ...move, to: 'Proposal' },
      ),
    ).toBe('Give “Globex” an amount and an expected close date before moving it to Proposal.');
  });

  it('blames the role when the transition is reserved to others', () => {
    expect(
      describeTransitionRefusal(
        { reason: 'ROLE_NOT_ALLOWED', missingFields: [], message: '' },
        move,
      ),
    ).toBe('Your role in this workspace may not move “Globex” to Discovery.');
  });
});

describe('failed requests in words', () => {
  it('asks to sign in again when the session is refused', () => {
    const error = new CombinedGraphQLErrors({
      errors: [{ message: 'Access token has expired', extensions: { code: 'UNAUTHENTICATED' } }],
    });
    expect(isUnauthenticated(error)).toBe(true);
    expect(describeRequestError(error)).toBe('Your session has ended. Sign in again to continue.');
  });

  it('passes on expected GraphQL errors and hides unexpected ones', () => {
    const expected = new CombinedGraphQLErrors({
      errors: [{ message: 'first must be at most 100', extensions: { code: 'VALIDATION_FAILED' } }],
    });
    expect(describeRequestError(expected)).toBe('First must be at most 100.');
    const masked = new CombinedGraphQLErrors({ errors: [{ message: 'Unexpected error.' }] });
    expect(describeRequestError(masked)).toMatch(/^The server could not do that/);
  });

  it('tells a server failure from an unreachable server', () => {
    const response = new Response('oops', { status: 502 });
    expect(
      describeRequestError(new ServerError('bad gateway', { response, bodyText: 'oops' })),
    ).toBe('The server had a problem (status 502). Try again in a moment.');
    expect(describeRequestError(new TypeError('Failed to fetch'))).toBe(
      'Cannot reach the Waymark server. Check your connection and try again.',
    );
  });
});
