// "Add a task": a title and a due date (a day; the task is due at its end). The API's field
// errors show next to the fields; a task added clears the form for the next one.
import { Alert, Button, Field, Input, Stack, Text } from '@chakra-ui/react';
import { type FormEvent, useRef, useState } from 'react';
import type { MutationOutcome } from '../../lib/mutation-outcome.ts';
import { dueAtFromDate } from '../../lib/records/dates.ts';
import { noErrors, type PlacedErrors, placeErrors } from '../../lib/records/field-errors.ts';

export function NewTaskForm({
  onCreate,
  onCreated,
  submitLabel = 'Add task',
  withNotes = false,
  autoFocus = false,
}: {
  onCreate(task: {
    title: string;
    dueAt: string | null;
    body: string | null;
  }): Promise<MutationOutcome<{ id: string; title: string }>>;
  onCreated?: (task: { id: string; title: string }) => void;
  submitLabel?: string;
  withNotes?: boolean;
  autoFocus?: boolean;
}) {
  const [errors, setErrors] = useState<PlacedErrors>(noErrors);
  const [creating, setCreating] = useState(false);
  const [added, setAdded] = useState('');
  const titleRef = useRef<HTMLInputElement>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const title = String(data.get('title') ?? '').trim();
    const due = String(data.get('due') ?? '');
    const body = String(data.get('body') ?? '').trim();
    const dueAt = due ? dueAtFromDate(due) : null;
    if (due && !dueAt) {
      setErrors({ ...noErrors, fields: { dueAt: 'Pick the day the task is due.' } });
      return;
    }
    setErrors(noErrors);
    setAdded('');
    setCreating(true);
    const outcome = await onCreate({ title, dueAt, body: body || null });
    setCreating(false);
    if (outcome.ok) {
      form.reset();
      setAdded(`Task “${outcome.value.title}” added.`);
      titleRef.current?.focus();
      onCreated?.(outcome.value);
      return;
    }
    const placed = placeErrors(outcome.error, outcome.message, {
      fields: { title: 'The title', dueAt: 'The due date', body: 'The notes' },
      customFields: {},
    });
    setErrors(placed);
    if (placed.fields.title) titleRef.current?.focus();
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label="New task">
      <Stack gap="3">
        {errors.form.length > 0 && (
          <Alert.Root status="error" size="sm" role="alert">
            <Alert.Indicator />
            <Alert.Title>{errors.form.join(' ')}</Alert.Title>
          </Alert.Root>
        )}
        <Stack direction={{ base: 'column', sm: 'row' }} gap="3" align={{ sm: 'flex-start' }}>
          <Field.Root invalid={Boolean(errors.fields.title)} flex="2">
            <Field.Label>Task</Field.Label>
            <Input
              ref={titleRef}
              name="title"
              size="sm"
              placeholder="Call back about pricing"
              autoComplete="off"
              autoFocus={autoFocus}
            />
            <Field.ErrorText>{errors.fields.title}</Field.ErrorText>
          </Field.Root>
          <Field.Root invalid={Boolean(errors.fields.dueAt)} flex="1" minW="36">
            <Field.Label>Due date</Field.Label>
            <Input name="due" type="date" size="sm" />
            <Field.ErrorText>{errors.fields.dueAt}</Field.ErrorText>
          </Field.Root>
        </Stack>
        {withNotes && (
          <Field.Root invalid={Boolean(errors.fields.body)}>
            <Field.Label>Notes</Field.Label>
            <Input name="body" size="sm" autoComplete="off" />
            <Field.ErrorText>{errors.fields.body}</Field.ErrorText>
          </Field.Root>
        )}
        <Button
          type="submit"
          size="sm"
          colorPalette="blue"
          loading={creating}
          alignSelf="flex-start"
        >
          {submitLabel}
        </Button>
        <Text aria-live="polite" fontSize="sm" color="fg.muted">
          {added}
        </Text>
      </Stack>
    </form>
  );
}
