// "Update credentials": new secrets for a connection. The stored ones are never shown, only
// their hint ("…abcd"); every secret field starts empty.
import { Alert, Button, CloseButton, Dialog, Portal, Stack, Text } from '@chakra-ui/react';
import { type FormEvent, useState } from 'react';
import { toaster } from '../../../../components/toaster.tsx';
import type { ConnectionFieldsFragment } from '../../../../gql/graphql.ts';
import { connectionFieldErrors } from '../api/connection-outcome.ts';
import { useUpdateConnectionCredentials } from '../api/update-connection-credentials.ts';
import {
  checkValues,
  CONNECTION_KINDS,
  type FormValues,
  initialValues,
  pathOf,
  toConnectionInput,
} from '../connection-kinds.ts';
import { KindFields } from './kind-fields.tsx';

export function UpdateCredentialsDialog({ connection }: { connection: ConnectionFieldsFragment }) {
  const description = CONNECTION_KINDS[connection.kind];
  const fields = description.fields.filter((field) => field.target === 'credentials');
  // Which secrets are required can depend on the settings (Telegram's mode).
  const settingValues = Object.fromEntries(
    Object.entries(connection.settings).filter(
      (entry): entry is [string, string | boolean] =>
        typeof entry[1] === 'string' || typeof entry[1] === 'boolean',
    ),
  );
  const empty = () => initialValues(description, fields);
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState<FormValues>(empty);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string>();
  const { updateCredentials, busy } = useUpdateConnectionCredentials();

  function reset() {
    setValues(empty());
    setErrors({});
    setFormError(undefined);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(undefined);
    const found = checkValues(fields, { ...settingValues, ...values });
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const { credentials } = toConnectionInput(fields, values);
    const outcome = await updateCredentials(connection.id, credentials);
    if (outcome.ok) {
      setOpen(false);
      reset();
      toaster.create({ type: 'success', title: `${connection.name}: credentials updated` });
      return;
    }
    const byField = connectionFieldErrors(
      outcome.error,
      fields.map((f) => ({ ...f, path: pathOf(f) })),
    );
    setErrors(byField);
    const placed = Object.keys(byField).some((name) => fields.some((f) => f.name === name));
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
    >
      <Dialog.Trigger asChild>
        <Button size="xs" variant="outline">
          Update credentials
        </Button>
      </Dialog.Trigger>
      <Portal>
        <Dialog.Backdrop />
        <Dialog.Positioner>
          <Dialog.Content>
            <form onSubmit={(event) => void submit(event)} noValidate>
              <Dialog.Header>
                <Dialog.Title>Update the credentials of {connection.name}</Dialog.Title>
              </Dialog.Header>
              <Dialog.Body>
                <Stack gap="4">
                  <Text fontSize="sm" color="fg.muted">
                    The stored secret ends in {connection.credentialsHint || '…'}; it is never
                    shown. Enter the new values: they replace the old ones.
                  </Text>
                  {formError && (
                    <Alert.Root status="error" role="alert">
                      <Alert.Indicator />
                      <Alert.Title>{formError}</Alert.Title>
                    </Alert.Root>
                  )}
                  <KindFields
                    fields={fields}
                    values={{ ...settingValues, ...values }}
                    errors={errors}
                    onChange={(field, value) => setValues((v) => ({ ...v, [field]: value }))}
                  />
                </Stack>
              </Dialog.Body>
              <Dialog.Footer>
                <Dialog.ActionTrigger asChild>
                  <Button variant="outline" type="button">
                    Cancel
                  </Button>
                </Dialog.ActionTrigger>
                <Button type="submit" colorPalette="blue" loading={busy}>
                  Save credentials
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
