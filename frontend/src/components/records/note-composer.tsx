// "Add a note" on a record: the note goes to the top of its timeline.
import { Button, Field, Stack, Textarea } from '@chakra-ui/react';
import { type FormEvent, useRef, useState } from 'react';
import type { EntityType } from '../../gql/graphql.ts';
import { useCreateNote } from '../../api/records/create-note.ts';
import { placeErrors } from '../../lib/records/field-errors.ts';

export function NoteComposer({
  entityType,
  entityId,
}: {
  entityType: EntityType;
  entityId: string;
}) {
  const { createNote, creating } = useCreateNote();
  const [body, setBody] = useState('');
  const [error, setError] = useState('');
  const fieldRef = useRef<HTMLTextAreaElement>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError('');
    const outcome = await createNote({ entityType, entityId, body });
    if (outcome.ok) {
      setBody('');
      return;
    }
    const placed = placeErrors(outcome.error, outcome.message, {
      fields: { body: 'The note' },
      customFields: {},
    });
    setError(placed.fields.body ?? placed.form.join(' '));
    fieldRef.current?.focus();
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label="New note">
      <Stack gap="2">
        <Field.Root invalid={Boolean(error)}>
          <Field.Label>Note</Field.Label>
          <Textarea
            ref={fieldRef}
            size="sm"
            value={body}
            onChange={(event) => setBody(event.target.value)}
            placeholder="What was said, what comes next…"
            rows={2}
            autoresize
            onKeyDown={(event) => {
              // Ctrl/⌘+Enter adds the note, as in most comment boxes.
              if (event.key === 'Enter' && (event.metaKey || event.ctrlKey)) {
                event.currentTarget.form?.requestSubmit();
              }
            }}
          />
          <Field.ErrorText>{error}</Field.ErrorText>
        </Field.Root>
        <Button type="submit" size="sm" colorPalette="blue" alignSelf="flex-end" loading={creating}>
          Add note
        </Button>
      </Stack>
    </form>
  );
}
