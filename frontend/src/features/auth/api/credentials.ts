// Email + password sign-in and sign-up through supabase-js: the same calls work against the
// embedded auth server of `npm start` and a real Supabase project.
import type { SupabaseClient } from '@supabase/supabase-js';
import { z } from 'zod';
import { describeAuthError } from './auth-errors.ts';

const Email = z
  .string()
  .trim()
  .pipe(z.email({ error: 'Enter your email address, like sam@example.com.' }));

export const SignInInput = z.object({
  email: Email,
  password: z.string().min(1, 'Enter your password.'),
});

export const SignUpInput = z.object({
  email: Email,
  password: z.string().min(8, 'Use at least 8 characters.'),
});

export type CredentialsInput = z.input<typeof SignInInput>;

export type AuthOutcome =
  | { ok: true; needsConfirmation: boolean }
  | { ok: false; message: string; fieldErrors: Partial<Record<'email' | 'password', string>> };

export async function signIn(supabase: SupabaseClient, input: CredentialsInput) {
  const parsed = SignInInput.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { error } = await supabase.auth.signInWithPassword(parsed.data);
  return error ? refused(error) : ({ ok: true, needsConfirmation: false } as const);
}

export async function signUp(supabase: SupabaseClient, input: CredentialsInput) {
  const parsed = SignUpInput.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { data, error } = await supabase.auth.signUp(parsed.data);
  if (error) return refused(error);
  // A Supabase project that confirms emails answers without a session until the link is opened.
  return { ok: true, needsConfirmation: !data.session } as const;
}

function invalid(error: z.ZodError): AuthOutcome {
  const fieldErrors: Partial<Record<'email' | 'password', string>> = {};
  for (const issue of error.issues) {
    const field = issue.path[0];
    if ((field === 'email' || field === 'password') && !fieldErrors[field]) {
      fieldErrors[field] = issue.message;
    }
  }
  return { ok: false, message: '', fieldErrors };
}

function refused(error: Parameters<typeof describeAuthError>[0]): AuthOutcome {
  const message = describeAuthError(error);
  return {
    ok: false,
    message,
    fieldErrors: error.code === 'weak_password' ? { password: message } : {},
  };
}
