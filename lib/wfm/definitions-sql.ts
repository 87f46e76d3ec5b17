// Reading workflow definitions: workflows, versions, steps, transitions, statuses. Batched by
// parent id, so GraphQL loads each level of a workflow in one statement.
import { pgArray, type Tx } from '../db/port.ts';
import type { StepCategory } from './sql.ts';

export type WorkflowRow = {
  id: string;
  workspaceId: string;
  projectTypeId: string;
  projectTypeKey: string;
  projectTypeName: string;
  entityType: string;
  name: string;
  createdAt: Date;
};

export type VersionRow = {
  id: string;
  workspaceId: string;
  workflowId: string;
  version: number;
  state: 'draft' | 'active' | 'archived';
  publishedAt: Date | null;
  publishedBy: string | null;
  createdAt: Date;
};

export type StepRow = {
  id: string;
  workspaceId: string;
  versionId: string;
  statusId: string;
  key: string;
  name: string;
  position: number;
  defaultProbability: number;
  expectedDwellDays: number | null;
  isInitial: boolean;
  isFinal: boolean;
  metadata: Record<string, unknown>;
};

export type TransitionRow = {
  id: string;
  versionId: string;
  fromStepId: string;
  toStepId: string;
  requiredFields: string[];
  allowedRoles: string[];
};

export type StatusRow = {
  id: string;
  workspaceId: string;
  name: string;
  color: string;
  category: StepCategory;
};

const WORKFLOW_COLUMNS = `w.id, w.workspace_id as "workspaceId", w.project_type_id as "projectTypeId",
  pt.key as "projectTypeKey", pt.name as "projectTypeName", w.entity_type as "entityType", w.name,
  w.created_at as "createdAt"`;

export function selectWorkflows(
  tx: Tx,
  filter: { workspaceId: string; entityType?: string | null },
): Promise<WorkflowRow[]> {
  return tx.query<WorkflowRow>(
    `select ${WORKFLOW_COLUMNS}
       from wfm.workflows w join wfm.project_types pt on pt.id = w.project_type_id
      where w.workspace_id = $1 and w.deleted_at is null and ($2::text is null or w.entity_type = $2)
      order by w.created_at, w.id`,
    [filter.workspaceId, filter.entityType ?? null],
  );
}

export function selectWorkflowsByIds(tx: Tx, ids: readonly string[]): Promise<WorkflowRow[]> {
  return tx.query<WorkflowRow>(
    `select ${WORKFLOW_COLUMNS}
       from wfm.workflows w join wfm.project_types pt on pt.id = w.project_type_id
      where w.id = any($1::uuid[]) and w.deleted_at is null`,
    [pgArray(ids)],
  );
}

export const VERSION_COLUMNS = `v.id, v.workspace_id as "workspaceId", v.workflow_id as "workflowId", v.version,
  v.state, v.published_at as "publishedAt", v.published_by as "publishedBy", v.created_at as "createdAt"`;

export function selectVersionsOfWorkflows(
  tx: Tx,
  workflowIds: readonly string[],
): Promise<VersionRow[]> {
  return tx.query<VersionRow>(
    `select ${VERSION_COLUMNS} from wfm.workflow_versions v
      where v.workflow_id = any($1::uuid[]) order by v.version desc`,
    [pgArray(workflowIds)],
  );
}

export function selectVersionsByIds(tx: Tx, ids: readonly string[]): Promise<VersionRow[]> {
  return tx.query<VersionRow>(
    `select ${VERSION_COLUMNS} from wfm.workflow_versions v where v.id = any($1::uuid[])`,
    [pgArray(ids)],
  );
}

export const STEP_COLUMNS = `s.id, s.workspace_id as "workspaceId", s.version_id as "versionId", s.status_id as "statusId",
  s.key, s.name, s.position, s.default_probability::float8 as "defaultProbability",
  s.expected_dwell_days::float8 as "expectedDwellDays", s.is_initial as "isInitial",
  s.is_final as "isFinal", s.metadata`;

export function selectStepsOfVersions(tx: Tx, versionIds: readonly string[]): Promise<StepRow[]> {
  return tx.query<StepRow>(
    `select ${STEP_COLUMNS} from wfm.workflow_steps s
      where s.version_id = any($1::uuid[]) order by s.position, s.id`,
    [pgArray(versionIds)],
  );
}

export function selectStepsByIds(tx: Tx, ids: readonly string[]): Promise<StepRow[]> {
  return tx.query<StepRow>(
    `select ${STEP_COLUMNS} from wfm.workflow_steps s where s.id = any($1::uuid[])`,
    [pgArray(ids)],
  );
}

export function selectTransitionsOfVersions(
  tx: Tx,
  versionIds: readonly string[],
): Promise<TransitionRow[]> {
  return tx.query<TransitionRow>(
    `select t.id, t.version_id as "versionId", t.from_step_id as "fromStepId", t.to_step_id as "toStepId",
            t.required_fields as "requiredFields", t.allowed_roles as "allowedRoles"
       from wfm.workflow_transitions t
       join wfm.workflow_steps f on f.id = t.from_step_id
       join wfm.workflow_steps s on s.id = t.to_step_id
      where t.version_id = any($1::uuid[])
      order by f.position, s.position`,
    [pgArray(versionIds)],
  );
}

export function selectStatusesByIds(tx: Tx, ids: readonly string[]): Promise<StatusRow[]> {
  return tx.query<StatusRow>(
    `select id, workspace_id as "workspaceId", name, color, category from wfm.statuses where id = any($1::uuid[])`,
    [pgArray(ids)],
  );
}
