// A record's form, for creating one and for editing it: its own fields, then its custom fields by
// type. It converts what it must, sends the values, and puts the API's field errors next to the
// fields they name (and the rest above the form); the first field in error gets the focus.
import {
  Alert,
  Button,
  Field,
  HStack,
  Input,
  NativeSelect,
  Stack,
  Textarea,
} from '@chakra-ui/react';
import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import type { MutationOutcome } from '../../lib/mutation-outcome.ts';
import {
  type CustomFieldDefinitionLike,
  type CustomFieldDraft,
  customFieldValues,
  draftsOf,
  type MemberLike,
} from '../../lib/records/custom-fields.ts';
import {
  hasErrors,
  noErrors,
  type PlacedErrors,
  placeErrors,
} from '../../lib/records/field-errors.ts';
import {
  type StandardField,
  standardDraftOf,
  standardValues,
} from '../../lib/records/standard-fields.ts';
import { CustomFieldInput } from './custom-field-input.tsx';

export interface RecordFormValues {
  /** The record's own fields by name, converted (lists as arrays, numbers as numbers). */
  fields: Record<string, unknown>;
  /** Every defined custom field's value by key (null clears). */
  customFields: Record<string, unknown>;
}

export function RecordForm<T>({
  fields,
  initialValues = {},
  definitions,
  initialCustomFields = {},
  members,
  submitLabel,
  submittingLabel,
  onSubmit,
  onSaved,
  onCancel,
  extraActions,
}: {
  fields: readonly StandardField[];
  /** The record being edited: its fields are read by the standard fields' names. */
  initialValues?: object;
  definitions: readonly CustomFieldDefinitionLike[];
  initialCustomFields?: Readonly<Record<string, unknown>>;
  members: readonly MemberLike[];
  submitLabel: string;
  submittingLabel?: string;
  onSubmit(values: RecordFormValues): Promise<MutationOutcome<T>>;
  onSaved(value: T): void;
  onCancel?: () => void;
  extraActions?: ReactNode;
}) {
  const [drafts, setDrafts] = useState<Record<string, string>>(() =>
    Object.fromEntries(
      fields.map((f) => [
        f.name,
        standardDraftOf(f, (initialValues as Record<string, unknown>)[f.name]),
      ]),
    ),
  );
  const [customDrafts, setCustomDrafts] = useState<Record<string, CustomFieldDraft>>(() =>
    draftsOf(definitions, initialCustomFields),
  );
  const [errors, setErrors] = useState<PlacedErrors>(noErrors);
  const [submitting, setSubmitting] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  // Definitions may arrive after the form opened: start their drafts from the stored values.
  useEffect(() => {
    setCustomDrafts((current) => ({ ...draftsOf(definitions, initialCustomFields), ...current }));
    // Only new definitions matter here: the stored values are the form's starting point, not
    // something to follow while the form is open.
  }, [definitions]);

  useEffect(() => {
    if (!hasErrors(errors)) return;
    const first = formRef.current?.querySelector<HTMLElement>(
      '[aria-invalid="true"], [data-invalid] input',
    );
    (first ?? formRef.current?.querySelector<HTMLElement>('[role="alert"]'))?.focus();
  }, [errors]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const standard = standardValues(fields, drafts);
    const custom = customFieldValues(definitions, customDrafts);
    if (Object.keys(standard.problems).length + Object.keys(custom.problems).length > 0) {
      setErrors({ fields: standard.problems, customFields: custom.problems, form: [] });
      return;
    }
    setErrors(noErrors);
    setSubmitting(true);
    const outcome = await onSubmit({ fields: standard.values, customFields: custom.values });
    setSubmitting(false);
    if (outcome.ok) {
      onSaved(outcome.value);
      return;
    }
    setErrors(
      placeErrors(outcome.error, outcome.message, {
        fields: Object.fromEntries(fields.map((f) => [f.name, f.errorLabel ?? f.label])),
        customFields: Object.fromEntries(definitions.map((d) => [d.key, d.label])),
      }),
    );
  }

  return (
    <form ref={formRef} onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="4">
        {errors.form.length > 0 && (
          <Alert.Root status="error" tabIndex={-1} role="alert">
            <Alert.Indicator />
            <Alert.Content>
              {errors.form.map((message) => (
                <Alert.Description key={message}>{message}</Alert.Description>
              ))}
            </Alert.Content>
          </Alert.Root>
        )}
        {fields.map((field) => (
          <StandardFieldInput
            key={field.name}
            field={field}
            value={drafts[field.name] ?? ''}
            onChange={(value) => setDrafts((current) => ({ ...current, [field.name]: value }))}
            error={errors.fields[field.name]}
          />
        ))}
        {definitions.map((definition) => (
          <CustomFieldInput
            key={definition.key}
            definition={definition}
            draft={customDrafts[definition.key] ?? ''}
            onChange={(draft) =>
              setCustomDrafts((current) => ({ ...current, [definition.key]: draft }))
            }
            error={errors.customFields[definition.key]}
            members={members}
          />
        ))}
        <HStack justify="flex-end" gap="2" flexWrap="wrap">
          {extraActions}
          {onCancel && (
            <Button variant="outline" type="button" onClick={onCancel} disabled={submitting}>
              Cancel
            </Button>
          )}
          <Button
            type="submit"
            colorPalette="blue"
            loading={submitting}
            loadingText={submittingLabel ?? submitLabel}
          >
            {submitLabel}
          </Button>
        </HStack>
      </Stack>
    </form>
  );
}

function StandardFieldInput({
  field,
  value,
  onChange,
  error,
}: {
  field: StandardField;
  value: string;
  onChange(value: string): void;
  error: string | undefined;
}) {
  let input;
  switch (field.kind) {
    case 'longtext':
    case 'list':
      input = (
        <Textarea
          size="sm"
          value={value}
          onChange={(event) => onChange(event.target.value)}
          placeholder={field.placeholder}
          rows={field.kind === 'list' ? 2 : 4}
          autoresize
        />
      );
      break;
    case 'select':
      input = (
        <NativeSelect.Root size="sm">
          <NativeSelect.Field value={value} onChange={(event) => onChange(event.target.value)}>
            {(field.options ?? []).map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </NativeSelect.Field>
          <NativeSelect.Indicator />
        </NativeSelect.Root>
      );
      break;
    default:
      input = (
        <Input
          size="sm"
          value={value}
          onChange={(event) => onChange(event.target.value)}
          placeholder={field.placeholder}
          autoComplete="off"
          {...(field.kind === 'email'
            ? { type: 'email', inputMode: 'email' as const }
            : field.kind === 'money'
              ? { inputMode: 'decimal' as const }
              : field.kind === 'integer'
                ? { inputMode: 'numeric' as const }
                : field.kind === 'date'
                  ? { type: 'date' }
                  : {})}
        />
      );
  }
  return (
    <Field.Root invalid={Boolean(error)} required={field.required}>
      <Field.Label>
        {field.label}
        <Field.RequiredIndicator />
      </Field.Label>
      {input}
      {error ? (
        <Field.ErrorText>{error}</Field.ErrorText>
      ) : (
        field.helper && <Field.HelperText>{field.helper}</Field.HelperText>
      )}
    </Field.Root>
  );
}
