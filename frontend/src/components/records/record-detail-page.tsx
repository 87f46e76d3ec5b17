// A record's page built from a description of its record type: loading, a failed request or no
// such record; then its heading, its details with "Edit" turning them into the form (the API's
// field errors beside their fields), custom fields, its stage in a workflow, tasks, notes and
// timeline. Deals, leads, people and organizations describe theirs, and add what only they have.
import type { ReactNode } from 'react';
import { useCustomFieldDefinitions } from '../../api/records/custom-field-definitions.ts';
import { useRecordTransitions } from '../../api/records/record-transitions.ts';
import type { EntityType, RecordTransitionsQuery } from '../../gql/graphql.ts';
import { useWorkspaceMembers } from '../../hooks/use-workspace-members.ts';
import { canEdit, useWorkspace } from '../../hooks/use-workspace.ts';
import { describeRequestError } from '../../lib/api-errors.ts';
import type { MutationOutcome } from '../../lib/mutation-outcome.ts';
import type { MemberLike } from '../../lib/records/custom-fields.ts';
import type { StandardField } from '../../lib/records/standard-fields.ts';
import { toaster } from '../toaster.tsx';
import { EditableDetails } from './editable-details.tsx';
import type { DetailItem } from './record-details.tsx';
import { RecordForm } from './record-form.tsx';
import { RecordPage, RecordPageState, RecordSide } from './record-page.tsx';
import { RecordTimeline } from './record-timeline.tsx';
import { StageSection, type StageLike } from './stage-section.tsx';
import { TasksSection } from './tasks-section.tsx';

export interface RecordLike {
  id: string;
  name: string;
  workspaceId: string;
  customFields: Readonly<Record<string, unknown>>;
}

/** What the page knows around the record, for the parts a record type adds. */
export interface RecordPageContext {
  workspaceId: string;
  editable: boolean;
  members: readonly (MemberLike & { role: string })[];
  meId: string | undefined;
  /** The moves the record may make now (records in a workflow); undefined while they load. */
  transitions: RecordTransitionsQuery['availableTransitions'] | undefined;
}

/** What a record type shows of a loaded record, beyond what every record page has. */
export interface RecordView {
  badges?: ReactNode;
  subtitle: ReactNode;
  actions?: ReactNode;
  notice?: ReactNode;
  /** Its own fields as read, in the Details section (custom fields follow). */
  items: readonly DetailItem[];
  /** Sections at the top of the right-hand column. */
  side?: ReactNode;
  /** Its stage in its workflow, and how it moves (answers null when done, or why not). */
  stage?: {
    stage: StageLike | null | undefined;
    what: string;
    move(step: { id: string; name: string }): Promise<string | null>;
  };
}

interface QueryState {
  loading: boolean;
  error?: unknown;
  refetch(): unknown;
}

/** What an update or create mutation is given from the form: the record's own fields as the API
 * takes them, its custom fields, and its id (or its workspace). */
export type RecordInput<Key extends string> = { [field: string]: unknown } & Record<Key, string> & {
    customFields: Record<string, unknown>;
  };

type RecordType = Lowercase<EntityType>;

/** A detail query's answer: the record under its type's name (`deal(id)`), or null. */
type RecordData<What extends RecordType> = { [key in What]: RecordLike | null };

/** The record in a detail query's answer. */
type RecordOf<What extends RecordType, D extends RecordData<What>> = NonNullable<D[What]>;

export interface RecordDetailKind<What extends RecordType, D extends RecordData<What>> {
  /** The record type in a sentence ("Loading the deal…", "Edit deal details"), its entity type,
   * and the detail query's field. */
  what: What;
  back: { to: string; label: string };
  useRecord(id: string): QueryState & { data?: D };
  /** The record's own fields in its form; a hook, as some fields' options are loaded. */
  useFields(workspaceId: string): readonly StandardField[];
  useUpdate(): (input: RecordInput<'id'>) => Promise<MutationOutcome<unknown>>;
  /** The form's values of the record's own fields as the update takes them; as they are when
   * the form's fields are the input's. */
  toInput?(fields: Record<string, unknown>): Record<string, unknown>;
  useView(record: RecordOf<What, D>, context: RecordPageContext): RecordView;
}

export function RecordDetailPage<What extends RecordType, D extends RecordData<What>>({
  kind,
  id,
}: {
  kind: RecordDetailKind<What, D>;
  id: string;
}) {
  const { data, loading, error, refetch } = kind.useRecord(id);
  const record = data?.[kind.what] as RecordOf<What, D> | null | undefined;
  if (!record) {
    return (
      <RecordPageState
        back={kind.back}
        what={kind.what}
        loading={loading}
        error={error ? describeRequestError(error) : null}
        onRetry={() => void refetch()}
      />
    );
  }
  return <LoadedRecordPage kind={kind} record={record} />;
}

function LoadedRecordPage<What extends RecordType, D extends RecordData<What>>({
  kind,
  record,
}: {
  kind: RecordDetailKind<What, D>;
  record: RecordOf<What, D>;
}) {
  const workspace = useWorkspace();
  const { workspaceId } = record;
  const editable = canEdit(workspace.role);
  const entityType = kind.what.toUpperCase() as EntityType;
  const { definitions } = useCustomFieldDefinitions(workspaceId, entityType);
  const { members, meId } = useWorkspaceMembers(workspaceId);
  // Records with a stage (deals, leads) move through a workflow: load the moves they may make.
  const transitions = useRecordTransitions(entityType as 'DEAL' | 'LEAD', record.id, {
    skip: !('stage' in record),
  });
  const fields = kind.useFields(workspaceId);
  const update = kind.useUpdate();
  const view = kind.useView(record, {
    workspaceId,
    editable,
    members,
    meId,
    transitions: transitions.data?.availableTransitions,
  });
  const saved = `${kind.what[0]?.toUpperCase()}${kind.what.slice(1)} saved`;

  return (
    <RecordPage
      back={kind.back}
      title={record.name}
      badges={view.badges}
      subtitle={view.subtitle}
      actions={view.actions}
      notice={view.notice}
    >
      <EditableDetails
        gridArea="details"
        what={kind.what}
        canEdit={editable}
        definitions={definitions}
        customFields={record.customFields}
        members={members}
        items={view.items}
        renderForm={(close) => (
          <RecordForm
            fields={fields}
            initialValues={record}
            definitions={definitions}
            initialCustomFields={record.customFields}
            members={members}
            submitLabel="Save"
            onCancel={close}
            onSubmit={({ fields, customFields }) =>
              update({ id: record.id, ...(kind.toInput?.(fields) ?? fields), customFields })
            }
            onSaved={() => {
              close();
              toaster.create({ type: 'success', title: saved });
            }}
          />
        )}
      />
      <RecordSide>
        {view.side}
        {view.stage && (
          <StageSection
            stage={view.stage.stage}
            options={transitions.data?.availableTransitions}
            canMove={editable}
            what={view.stage.what}
            onMove={view.stage.move}
          />
        )}
        <TasksSection
          workspaceId={workspaceId}
          entityType={entityType}
          entityId={record.id}
          canEdit={editable}
        />
      </RecordSide>
      <RecordTimeline
        gridArea="timeline"
        entityType={entityType}
        entityId={record.id}
        canEdit={editable}
        members={members}
        meId={meId}
      />
    </RecordPage>
  );
}
