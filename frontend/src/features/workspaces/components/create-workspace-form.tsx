// Names a new workspace and creates it; used on the first-workspace page and in the switcher.
import { Alert, Button, Field, Input, Stack } from '@chakra-ui/react';
import { type FormEvent, useState } from 'react';
import { useCurrentWorkspaceStore } from '../../../stores/current-workspace.ts';
import { CreateWorkspaceInput, useCreateWorkspace } from '../api/create-workspace.ts';

export function CreateWorkspaceForm({
  submitLabel = 'Create workspace',
  onCreated,
}: {
  submitLabel?: string;
  onCreated(workspace: { id: string; name: string }): void;
}) {
  const { createWorkspace, creating } = useCreateWorkspace();
  const selectWorkspace = useCurrentWorkspaceStore((state) => state.selectWorkspace);
  const [message, setMessage] = useState('');
  const [nameError, setNameError] = useState('');

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setMessage('');
    setNameError('');
    const parsed = CreateWorkspaceInput.safeParse({
      name: new FormData(event.currentTarget).get('name'),
    });
    if (!parsed.success) {
      setNameError(parsed.error.issues[0]?.message ?? 'Check the name.');
      return;
    }
    const outcome = await createWorkspace(parsed.data);
    if (outcome.ok) {
      selectWorkspace(outcome.value.id);
      onCreated(outcome.value);
      return;
    }
    const fieldError = outcome.fieldErrors.name ?? outcome.fieldErrors.slug;
    if (!fieldError) setMessage(outcome.message);
    else setNameError(outcome.fieldErrors.slug ? `${fieldError} Try another name.` : fieldError);
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="4">
        {message && (
          <Alert.Root status="error">
            <Alert.Indicator />
            <Alert.Title>{message}</Alert.Title>
          </Alert.Root>
        )}
        <Field.Root invalid={Boolean(nameError)}>
          <Field.Label>Workspace name</Field.Label>
          <Input name="name" placeholder="Acme Sales" autoComplete="organization" autoFocus />
          {nameError ? (
            <Field.ErrorText>{nameError}</Field.ErrorText>
          ) : (
            <Field.HelperText>
              Usually your team or company. You can invite people next.
            </Field.HelperText>
          )}
        </Field.Root>
        <Button type="submit" colorPalette="blue" loading={creating} alignSelf="flex-start">
          {submitLabel}
        </Button>
      </Stack>
    </form>
  );
}
