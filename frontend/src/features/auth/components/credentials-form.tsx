// The email + password form both auth pages use; the page decides what submitting does.
import { Alert, Button, Field, Input, Stack } from '@chakra-ui/react';
import { type FormEvent, useState } from 'react';
import type { AuthOutcome, CredentialsInput } from '../api/credentials.ts';

export function CredentialsForm({
  submitLabel,
  passwordAutocomplete,
  passwordHint,
  onSubmit,
}: {
  submitLabel: string;
  passwordAutocomplete: 'current-password' | 'new-password';
  passwordHint?: string;
  onSubmit(input: CredentialsInput): Promise<AuthOutcome>;
}) {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Extract<AuthOutcome, { ok: false }> | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setFailure(null);
    try {
      const outcome = await onSubmit({
        email: String(form.get('email') ?? ''),
        password: String(form.get('password') ?? ''),
      });
      if (!outcome.ok) setFailure(outcome);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="4">
        {failure?.message && (
          <Alert.Root status="error">
            <Alert.Indicator />
            <Alert.Title>{failure.message}</Alert.Title>
          </Alert.Root>
        )}
        <Field.Root invalid={Boolean(failure?.fieldErrors.email)}>
          <Field.Label>Email</Field.Label>
          <Input name="email" type="email" autoComplete="username" autoFocus />
          <Field.ErrorText>{failure?.fieldErrors.email}</Field.ErrorText>
        </Field.Root>
        <Field.Root invalid={Boolean(failure?.fieldErrors.password)}>
          <Field.Label>Password</Field.Label>
          <Input name="password" type="password" autoComplete={passwordAutocomplete} />
          {passwordHint && !failure?.fieldErrors.password && (
            <Field.HelperText>{passwordHint}</Field.HelperText>
          )}
          <Field.ErrorText>{failure?.fieldErrors.password}</Field.ErrorText>
        </Field.Root>
        <Button type="submit" colorPalette="blue" loading={busy} loadingText={submitLabel}>
          {submitLabel}
        </Button>
      </Stack>
    </form>
  );
}
