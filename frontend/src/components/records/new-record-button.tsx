// "New organization", "New lead", …: the dialog with the record type's form (its own fields and
// the workspace's custom fields); a save closes it and says the record was added.
import { useCustomFieldDefinitions } from '../../api/records/custom-field-definitions.ts';
import type { CrmEntityType } from '../../gql/graphql.ts';
import { useWorkspaceMembers } from '../../hooks/use-workspace-members.ts';
import type { MutationOutcome } from '../../lib/mutation-outcome.ts';
import type { StandardField } from '../../lib/records/standard-fields.ts';
import { toaster } from '../toaster.tsx';
import { NewRecordDialog } from './new-record-dialog.tsx';
import { RecordForm, type RecordFormValues } from './record-form.tsx';

export interface NewRecordKind {
  /** The button's and the dialog's name: "New lead". */
  title: string;
  /** The form's submit button: "Create lead". */
  submitLabel: string;
  entityType: CrmEntityType;
  /** The record's own fields; a hook, as some fields' options are loaded (a person's organization). */
  useFields(workspaceId: string): readonly StandardField[];
  /** The create mutation, from the form's values. */
  useCreate(): (
    workspaceId: string,
    values: RecordFormValues,
  ) => Promise<MutationOutcome<{ name: string }>>;
  /** What the "added" toast adds, such as where the record starts. */
  addedDescription?: string;
}

export function NewRecordButton({
  kind,
  workspaceId,
}: {
  kind: NewRecordKind;
  workspaceId: string;
}) {
  const create = kind.useCreate();
  const fields = kind.useFields(workspaceId);
  const { definitions } = useCustomFieldDefinitions(workspaceId, kind.entityType);
  const { members } = useWorkspaceMembers(workspaceId);
  return (
    <NewRecordDialog title={kind.title}>
      {(close) => (
        <RecordForm
          fields={fields}
          definitions={definitions}
          members={members}
          submitLabel={kind.submitLabel}
          onCancel={close}
          onSubmit={(values) => create(workspaceId, values)}
          onSaved={(record) => {
            close();
            toaster.create({
              type: 'success',
              title: `${record.name} added`,
              description: kind.addedDescription,
            });
          }}
        />
      )}
    </NewRecordDialog>
  );
}
