// One custom field in a form, as its definition's type asks: text, a number, a date, a web
// address, a yes/no checkbox, a select, checkboxes for a multi-select, or a workspace member.
import {
  Box,
  Checkbox,
  CheckboxGroup,
  Field,
  Fieldset,
  Input,
  NativeSelect,
  Stack,
} from '@chakra-ui/react';
import type {
  CustomFieldDefinitionLike,
  CustomFieldDraft,
  MemberLike,
} from '../../lib/records/custom-fields.ts';

export function CustomFieldInput({
  definition,
  draft,
  onChange,
  error,
  members,
}: {
  definition: CustomFieldDefinitionLike;
  draft: CustomFieldDraft;
  onChange(draft: CustomFieldDraft): void;
  error: string | undefined;
  members: readonly MemberLike[];
}) {
  const { label, type, options, required } = definition;
  const text = typeof draft === 'string' ? draft : '';

  if (type === 'MULTI_SELECT') {
    return (
      <Fieldset.Root invalid={Boolean(error)}>
        <Fieldset.Legend fontSize="sm" fontWeight="medium">
          {label}
          {required && <RequiredMark />}
        </Fieldset.Legend>
        <CheckboxGroup
          value={Array.isArray(draft) ? draft : []}
          onValueChange={(value) => onChange(value)}
        >
          <Stack direction="row" wrap="wrap" gap="3">
            {options.map((option) => (
              <Checkbox.Root key={option} value={option} size="sm">
                <Checkbox.HiddenInput />
                <Checkbox.Control />
                <Checkbox.Label>{option}</Checkbox.Label>
              </Checkbox.Root>
            ))}
          </Stack>
        </CheckboxGroup>
        {error && <Fieldset.ErrorText>{error}</Fieldset.ErrorText>}
      </Fieldset.Root>
    );
  }

  if (type === 'BOOLEAN') {
    return (
      <Field.Root invalid={Boolean(error)}>
        <Checkbox.Root
          checked={draft === true}
          onCheckedChange={({ checked }) => onChange(checked === true)}
          size="sm"
        >
          <Checkbox.HiddenInput />
          <Checkbox.Control />
          <Checkbox.Label>{label}</Checkbox.Label>
        </Checkbox.Root>
        <Field.ErrorText>{error}</Field.ErrorText>
      </Field.Root>
    );
  }

  let input;
  if (type === 'SELECT' || type === 'USER') {
    const choices =
      type === 'SELECT'
        ? options.map((option) => ({ value: option, label: option }))
        : members.map((member) => ({ value: member.userId, label: member.email }));
    // A member who left the workspace stays the value until someone picks another.
    if (text && !choices.some((choice) => choice.value === text)) {
      choices.push({ value: text, label: type === 'USER' ? 'A former member' : text });
    }
    input = (
      <NativeSelect.Root size="sm">
        <NativeSelect.Field value={text} onChange={(event) => onChange(event.target.value)}>
          <option value="">{required ? 'Choose…' : 'None'}</option>
          {choices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </NativeSelect.Field>
        <NativeSelect.Indicator />
      </NativeSelect.Root>
    );
  } else {
    input = (
      <Input
        size="sm"
        value={text}
        onChange={(event) => onChange(event.target.value)}
        autoComplete="off"
        {...(type === 'NUMBER'
          ? { inputMode: 'decimal' as const }
          : type === 'DATE'
            ? { type: 'date' }
            : type === 'URL'
              ? { type: 'url', inputMode: 'url' as const, placeholder: 'https://…' }
              : {})}
      />
    );
  }

  return (
    <Field.Root invalid={Boolean(error)} required={required}>
      <Field.Label>
        {label}
        <Field.RequiredIndicator />
      </Field.Label>
      {input}
      <Field.ErrorText>{error}</Field.ErrorText>
    </Field.Root>
  );
}

function RequiredMark() {
  return (
    <Box as="span" aria-hidden="true" color="fg.error" ms="0.5">
      *
    </Box>
  );
}
