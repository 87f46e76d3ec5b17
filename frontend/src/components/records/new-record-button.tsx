// "New organization", "New lead", …: the dialog with the record type's form (its own fields and
// the workspace's custom fields); a save closes it and says the record was added.
import { useCustomFieldDefinitions } from '../../api/records/custom-field-definitions.ts';
import type { EntityType } from '../../gql/graphql.ts';
import { useWorkspaceMembers } from '../../hooks/use-workspace-members.ts';
import type { MutationOutcome } from '../../lib/mutation-outcome.ts';
import type { StandardField } from '../../lib/records/standard-fields.ts';
import { toaster } from '../toaster.tsx';
import { NewRecordDialog } from './new-record-dialog.tsx';
import type { RecordInput } from './record-detail-page.tsx';
import { RecordForm } from './record-form.tsx';

export interface NewRecordKind {
  /** One record in a sentence ("New lead", "Create lead"): its entity type. */
  one: Lowercase<EntityType>;
  /** The record's own fields; a hook, as some fields' options are loaded (a person's organization). */
  useFields(workspaceId: string): readonly StandardField[];
  useCreate(): (
    input: RecordInput<'workspaceId' | 'name'>,
  ) => Promise<MutationOutcome<{ name: string }>>;
  /** The form's values of the record's own fields as the create mutation takes them. */
  toInput(fields: Record<string, unknown>): Record<string, unknown> & { name: string };
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
  const { definitions } = useCustomFieldDefinitions(
    workspaceId,
    kind.one.toUpperCase() as EntityType,
  );
  const { members } = useWorkspaceMembers(workspaceId);
  return (
    <NewRecordDialog title={`New ${kind.one}`}>
      {(close) => (
        <RecordForm
          fields={fields}
          definitions={definitions}
          members={members}
          submitLabel={`Create ${kind.one}`}
          onCancel={close}
          onSubmit={({ fields, customFields }) =>
            create({ workspaceId, ...kind.toInput(fields), customFields })
          }
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
