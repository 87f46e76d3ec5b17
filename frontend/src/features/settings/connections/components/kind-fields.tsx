// The inputs of a connect or update-credentials form, from the kind's description. Secrets are
// password inputs that start empty: a stored secret is never sent back to be shown.
import { Checkbox, Field, Input, NativeSelect, Stack } from '@chakra-ui/react';
import { type FormValues, isRequired, type KindField } from '../connection-kinds.ts';

export function KindFields({
  fields,
  values,
  errors,
  onChange,
}: {
  fields: readonly KindField[];
  values: FormValues;
  errors: Readonly<Record<string, string>>;
  onChange(name: string, value: string | boolean): void;
}) {
  return (
    <Stack gap="3">
      {fields.map((field) => (
        <KindFieldInput
          key={field.name}
          field={field}
          value={values[field.name]}
          required={isRequired(field, values)}
          error={errors[field.name]}
          onChange={(value) => onChange(field.name, value)}
        />
      ))}
    </Stack>
  );
}

function KindFieldInput({
  field,
  value,
  required,
  error,
  onChange,
}: {
  field: KindField;
  value: string | boolean | undefined;
  required: boolean;
  error: string | undefined;
  onChange(value: string | boolean): void;
}) {
  if (field.type === 'boolean') {
    return (
      <Field.Root invalid={Boolean(error)}>
        <Checkbox.Root
          checked={value === true}
          onCheckedChange={({ checked }) => onChange(checked === true)}
          size="sm"
        >
          <Checkbox.HiddenInput />
          <Checkbox.Control />
          <Checkbox.Label>{field.label}</Checkbox.Label>
        </Checkbox.Root>
        <Field.ErrorText>{error}</Field.ErrorText>
      </Field.Root>
    );
  }
  const text = typeof value === 'string' ? value : '';
  return (
    <Field.Root invalid={Boolean(error)} required={required}>
      <Field.Label>
        {field.label}
        <Field.RequiredIndicator />
      </Field.Label>
      {field.type === 'choice' ? (
        <NativeSelect.Root size="sm">
          <NativeSelect.Field value={text} onChange={(event) => onChange(event.target.value)}>
            {field.options?.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </NativeSelect.Field>
          <NativeSelect.Indicator />
        </NativeSelect.Root>
      ) : (
        <Input
          size="sm"
          name={field.name}
          type={field.type === 'secret' ? 'password' : 'text'}
          inputMode={field.type === 'number' ? 'numeric' : undefined}
          autoComplete={field.type === 'secret' ? 'new-password' : 'off'}
          placeholder={field.placeholder}
          value={text}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
      {error ? (
        <Field.ErrorText>{error}</Field.ErrorText>
      ) : (
        field.helper && <Field.HelperText>{field.helper}</Field.HelperText>
      )}
    </Field.Root>
  );
}
