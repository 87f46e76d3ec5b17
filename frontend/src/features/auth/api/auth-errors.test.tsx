import { describe, expect, it } from 'vitest';
import { describeAuthError } from './auth-errors.ts';

describe('auth errors in words', () => {
  it('says the email and password do not match, without saying which is wrong', () => {
    expect(
      describeAuthError({ code: 'invalid_credentials', message: 'Invalid login credentials' }),
    ).toBe('That email and password do not match an account. Check them and try again.');
  });

  it('points an existing user to sign in', () => {
    expect(
      describeAuthError({ code: 'user_already_exists', message: 'User already registered' }),
    ).toBe('An account with this email already exists. Sign in instead.');
  });

  it('passes on the password rules as the server words them', () => {
    expect(
      describeAuthError({
        code: 'weak_password',
        message: 'Password should be at least 8 characters.',
      }),
    ).toBe('Password should be at least 8 characters.');
  });

  it('tells an unreachable auth server from a refusal', () => {
    expect(
      describeAuthError({ name: 'AuthRetryableFetchError', status: 0, message: 'Failed to fetch' }),
    ).toBe('Cannot reach the sign-in service. Check your connection and try again.');
  });
});
