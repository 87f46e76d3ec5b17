// "Connect Slack / Telegram / email": a name, the kind's credentials and options, and whether its
// conversations are private to you. The form checks required fields first; the API's field
// errors show next to their fields, a platform's refusal above them.
import {
  Alert,
  Button,
  Checkbox,
  CloseButton,
  Dialog,
  Field,
  Input,
  Portal,
  Stack,
  Text,
} from '@chakra-ui/react';
import { type FormEvent, useState } from 'react';
import { toaster } from '../../../../components/toaster.tsx';
import type { ConnectionKind } from '../../../../gql/graphql.ts';
import { connectionFieldErrors } from '../api/connection-outcome.ts';
import { useCreateConnection } from '../api/create-connection.ts';
import {
  checkValues,
  CONNECTION_KINDS,
  type FormValues,
  initialValues,
  pathOf,
  toConnectionInput,
} from '../connection-kinds.ts';
import { KindFields } from './kind-fields.tsx';

export function ConnectDialog({
  workspaceId,
  kind,
}: {
  workspaceId: string;
  kind: ConnectionKind;
}) {
  const description = CONNECTION_KINDS[kind];
  const [open, setOpen] = useState(false);
  const [name, setName] = useState(description.defaultName);
  const [privateToMe, setPrivateToMe] = useState(false);
  const [values, setValues] = useState<FormValues>(() => initialValues(description));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string>();
  const { createConnection, busy } = useCreateConnection();

  function reset() {
    setName(description.defaultName);
    setPrivateToMe(false);
    setValues(initialValues(description));
    setErrors({});
    setFormError(undefined);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(undefined);
    const found = checkValues(description.fields, values);
    if (!name.trim()) found.name = 'Name is required.';
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const outcome = await createConnection({
      workspaceId,
      kind,
      name: name.trim(),
      ...toConnectionInput(description.fields, values),
      private: privateToMe,
    });
    if (outcome.ok) {
      setOpen(false);
      // The secrets typed here leave memory with the form.
      reset();
      toaster.create({ type: 'success', title: `${outcome.value.name} connected` });
      return;
    }
    const byField = connectionFieldErrors(
      outcome.error,
      description.fields.map((f) => ({ ...f, path: pathOf(f) })),
    );
    setErrors(byField);
    const known = new Set(['name', ...description.fields.map((f) => f.name)]);
    const placed = Object.keys(byField).some((field) => known.has(field));
    setFormError(placed ? undefined : outcome.message);
  }

  return (
    <Dialog.Root
      open={open}
      onOpenChange={(details) => {
        setOpen(details.open);
        if (!details.open) reset();
      }}
      placement="center"
      scrollBehavior="inside"
    >
      <Dialog.Trigger asChild>
        <Button size="sm" variant="outline">
          Connect {description.label}
        </Button>
      </Dialog.Trigger>
      <Portal>
        <Dialog.Backdrop />
        <Dialog.Positioner>
          <Dialog.Content>
            <form onSubmit={(event) => void submit(event)} noValidate>
              <Dialog.Header>
                <Dialog.Title>Connect {description.label}</Dialog.Title>
              </Dialog.Header>
              <Dialog.Body>
                <Stack gap="4">
                  <Text fontSize="sm" color="fg.muted">
                    {description.intro}
                  </Text>
                  {formError && (
                    <Alert.Root status="error" role="alert">
                      <Alert.Indicator />
                      <Alert.Title>{formError}</Alert.Title>
                    </Alert.Root>
                  )}
                  <Field.Root invalid={Boolean(errors.name)} required>
                    <Field.Label>
                      Name
                      <Field.RequiredIndicator />
                    </Field.Label>
                    <Input
                      size="sm"
                      name="name"
                      value={name}
                      autoComplete="off"
                      onChange={(event) => setName(event.target.value)}
                    />
                    <Field.ErrorText>{errors.name}</Field.ErrorText>
                  </Field.Root>
                  <KindFields
                    fields={description.fields}
                    values={values}
                    errors={errors}
                    onChange={(field, value) => setValues((v) => ({ ...v, [field]: value }))}
                  />
                  <Checkbox.Root
                    checked={privateToMe}
                    onCheckedChange={({ checked }) => setPrivateToMe(checked === true)}
                    size="sm"
                  >
                    <Checkbox.HiddenInput />
                    <Checkbox.Control />
                    <Checkbox.Label>Private: only I see its conversations</Checkbox.Label>
                  </Checkbox.Root>
                </Stack>
              </Dialog.Body>
              <Dialog.Footer>
                <Dialog.ActionTrigger asChild>
                  <Button variant="outline" type="button">
                    Cancel
                  </Button>
                </Dialog.ActionTrigger>
                <Button type="submit" colorPalette="blue" loading={busy}>
                  Connect
                </Button>
              </Dialog.Footer>
            </form>
            <Dialog.CloseTrigger asChild>
              <CloseButton size="sm" aria-label="Close" />
            </Dialog.CloseTrigger>
          </Dialog.Content>
        </Dialog.Positioner>
      </Portal>
    </Dialog.Root>
  );
}
