// A record's page built from a description of its record type: loading, a failed request or no
// such record; then its heading, its details with "Edit" turning them into the form (the API's
// field errors beside their fields), custom fields, its stage in a workflow, tasks, notes and
// timeline. Deals, leads, people and organizations describe theirs, and add what only they have.
import type { ReactNode } from 'react';
import { useCustomFieldDefinitions } from '../../api/records/custom-field-definitions.ts';
import { useRecordTransitions } from '../../api/records/record-transitions.ts';
import type { CrmEntityType, RecordTransitionsQuery } from '../../gql/graphql.ts';
import { useWorkspaceMembers } from '../../hooks/use-workspace-members.ts';
import { canEdit, useWorkspace } from '../../hooks/use-workspace.ts';
import { describeRequestError } from '../../lib/api-errors.ts';
import type { MutationOutcome } from '../../lib/mutation-outcome.ts';
import type { MemberLike } from '../../lib/records/custom-fields.ts';
import type { StandardField } from '../../lib/records/standard-fields.ts';
import { toaster } from '../toaster.tsx';
import { EditableDetails } from './editable-details.tsx';
import type { DetailItem } from './record-details.tsx';
import { RecordForm, type RecordFormValues } from './record-form.tsx';
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

export interface RecordDetailKind<R extends RecordLike> {
  /** The record in a sentence: "deal" ("Loading the deal…", "Edit deal details"). */
  what: string;
  back: { to: string; label: string };
  entityType: CrmEntityType;
  /** The workflow the record moves through, when it has one: its transitions are loaded. */
  workflowEntity?: 'deal' | 'lead';
  useRecord(id: string): {
    record: R | null | undefined;
    loading: boolean;
    error?: unknown;
    refetch(): unknown;
  };
  /** The record's own fields in its form; a hook, as some fields' options are loaded. */
  useFields(workspaceId: string): readonly StandardField[];
  /** The update mutation, from the form's values. */
  useUpdate(): (record: R, values: RecordFormValues) => Promise<MutationOutcome<unknown>>;
  useView(record: R, context: RecordPageContext): RecordView;
}

export function RecordDetailPage<R extends RecordLike>({
  kind,
  id,
}: {
  kind: RecordDetailKind<R>;
  id: string;
}) {
  const { record, loading, error, refetch } = kind.useRecord(id);
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

function LoadedRecordPage<R extends RecordLike>({
  kind,
  record,
}: {
  kind: RecordDetailKind<R>;
  record: R;
}) {
  const workspace = useWorkspace();
  const { workspaceId } = record;
  const editable = canEdit(workspace.role);
  const { definitions } = useCustomFieldDefinitions(workspaceId, kind.entityType);
  const { members, meId } = useWorkspaceMembers(workspaceId);
  const transitions = useRecordTransitions(kind.workflowEntity ?? 'deal', record.id, {
    skip: !kind.workflowEntity,
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
            onSubmit={(values) => update(record, values)}
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
          entityType={kind.entityType}
          entityId={record.id}
          canEdit={editable}
        />
      </RecordSide>
      <RecordTimeline
        gridArea="timeline"
        entityType={kind.entityType}
        entityId={record.id}
        canEdit={editable}
        members={members}
        meId={meId}
      />
    </RecordPage>
  );
}
