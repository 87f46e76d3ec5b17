// "Connect Slack / Telegram / email": a name, the kind's credentials and options, and whether its
// conversations are private to you. The form checks required fields first; the API's field
// errors show next to their fields, a platform's refusal above them.
import { Checkbox, Field, Input } from '@chakra-ui/react';
import { type FormEvent, useState } from 'react';
import { toaster } from '../../../../components/toaster.tsx';
import type { ConnectionKind } from '../../../../gql/graphql.ts';
import { placeConnectionErrors } from '../api/connection-outcome.ts';
import { useCreateConnection } from '../api/create-connection.ts';
import {
  checkValues,
  CONNECTION_KINDS,
  initialValues,
  toConnectionInput,
} from '../connection-kinds.ts';
import { useConnectionForm } from '../hooks/use-connection-form.ts';
import { ConnectionFormDialog } from './connection-form-dialog.tsx';
import { KindFields } from './kind-fields.tsx';

export function ConnectDialog({
  workspaceId,
  kind,
}: {
  workspaceId: string;
  kind: ConnectionKind;
}) {
  const description = CONNECTION_KINDS[kind];
  const [name, setName] = useState(description.defaultName);
  const [privateToMe, setPrivateToMe] = useState(false);
  const form = useConnectionForm(
    () => initialValues(description),
    () => {
      setName(description.defaultName);
      setPrivateToMe(false);
    },
  );
  const { createConnection, busy } = useCreateConnection();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = checkValues(description.fields, form.values);
    if (!name.trim()) found.name = 'Name is required.';
    if (!form.checked(found)) return;
    const outcome = await createConnection({
      workspaceId,
      kind,
      name: name.trim(),
      ...toConnectionInput(description.fields, form.values),
      private: privateToMe,
    });
    if (outcome.ok) {
      form.succeeded();
      toaster.create({ type: 'success', title: `${outcome.value.name} connected` });
      return;
    }
    form.refused(placeConnectionErrors(outcome, description.fields, ['name']));
  }

  return (
    <ConnectionFormDialog
      triggerLabel={`Connect ${description.label}`}
      triggerSize="sm"
      title={`Connect ${description.label}`}
      intro={description.intro}
      formError={form.formError}
      submitLabel="Connect"
      busy={busy}
      open={form.open}
      onOpenChange={form.onOpenChange}
      onSubmit={submit}
      scrollBehavior="inside"
    >
      <Field.Root invalid={Boolean(form.errors.name)} required>
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
        <Field.ErrorText>{form.errors.name}</Field.ErrorText>
      </Field.Root>
      <KindFields
        fields={description.fields}
        values={form.values}
        errors={form.errors}
        onChange={form.setValue}
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
    </ConnectionFormDialog>
  );
}
