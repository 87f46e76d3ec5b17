// Email + password rules and bcrypt hashing, as Supabase Auth applies them to new users.
import bcrypt from 'bcryptjs';
import { z } from 'zod';
import { AuthError } from './errors.ts';

export interface NewCredentials {
  email: string;
  password: string;
}

const BCRYPT_COST = 10;
const MIN_PASSWORD_LENGTH = 8;
// bcrypt silently ignores bytes past 72: refusing them beats accepting a password that is
// secretly shorter than the one the user typed.
const MAX_PASSWORD_BYTES = 72;

const NewCredentialsSchema = z.object({
  email: z
    .string({ error: 'To sign up, please provide your email' })
    .trim()
    .toLowerCase()
    .pipe(z.email({ error: 'Unable to validate email address: invalid format' })),
  password: z
    .string({ error: 'Signup requires a valid password' })
    .refine((p) => Buffer.byteLength(p) <= MAX_PASSWORD_BYTES, {
      error: `Password cannot be longer than ${MAX_PASSWORD_BYTES} characters`,
    }),
});

/** The email (normalized to lower case) and password of a new user, or an AuthError. */
export function parseNewCredentials(input: unknown): NewCredentials {
  const parsed = NewCredentialsSchema.safeParse(input);
  if (!parsed.success) {
    throw new AuthError('validation_failed', parsed.error.issues[0]?.message);
  }
  if (parsed.data.password.length < MIN_PASSWORD_LENGTH) {
    throw new AuthError(
      'weak_password',
      `Password should be at least ${MIN_PASSWORD_LENGTH} characters.`,
    );
  }
  return parsed.data;
}

/** The lookup form of an email: Supabase compares emails case-insensitively. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, BCRYPT_COST);
}

let dummyHash: Promise<string> | undefined;

/**
 * Whether password matches hash. Without a hash (no such user) it still spends a bcrypt
 * comparison, so response times do not tell which emails have accounts.
 */
export async function checkPassword(password: string, hash: string | null | undefined) {
  if (hash) return bcrypt.compare(password, hash);
  dummyHash ??= hashPassword('not-a-real-password');
  await bcrypt.compare(password, await dummyHash);
  return false;
}
