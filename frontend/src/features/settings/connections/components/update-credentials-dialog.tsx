// "Update credentials": new secrets for a connection. The stored ones are never shown, only
// their hint ("…abcd"); every secret field starts empty.
import type { FormEvent } from 'react';
import { toaster } from '../../../../components/toaster.tsx';
import type { ConnectionFieldsFragment } from '../../../../gql/graphql.ts';
import { placeConnectionErrors } from '../api/connection-outcome.ts';
import { useUpdateConnectionCredentials } from '../api/update-connection-credentials.ts';
import {
  checkValues,
  CONNECTION_KINDS,
  initialValues,
  toConnectionInput,
} from '../connection-kinds.ts';
import { useConnectionForm } from '../hooks/use-connection-form.ts';
import { ConnectionFormDialog } from './connection-form-dialog.tsx';
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
  const form = useConnectionForm(() => initialValues(description, fields));
  const { updateCredentials, busy } = useUpdateConnectionCredentials();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!form.checked(checkValues(fields, { ...settingValues, ...form.values }))) return;
    const { credentials } = toConnectionInput(fields, form.values);
    const outcome = await updateCredentials(connection.id, credentials);
    if (outcome.ok) {
      form.succeeded();
      toaster.create({ type: 'success', title: `${connection.name}: credentials updated` });
      return;
    }
    form.refused(placeConnectionErrors(outcome, fields));
  }

  return (
    <ConnectionFormDialog
      triggerLabel="Update credentials"
      triggerSize="xs"
      title={`Update the credentials of ${connection.name}`}
      intro={
        <>
          The stored secret ends in {connection.credentialsHint || '…'}; it is never shown. Enter
          the new values: they replace the old ones.
        </>
      }
      formError={form.formError}
      submitLabel="Save credentials"
      busy={busy}
      open={form.open}
      onOpenChange={form.onOpenChange}
      onSubmit={submit}
    >
      <KindFields
        fields={fields}
        values={{ ...settingValues, ...form.values }}
        errors={form.errors}
        onChange={form.setValue}
      />
    </ConnectionFormDialog>
  );
}
