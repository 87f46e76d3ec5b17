// The SQL of workflow editing. Every write to a draft locks the draft's version row and re-checks
// that it is still a draft in the same statement, so an edit racing a publish either lands before
// the publish reads the draft or finds it published and changes nothing.
import { json, pgArray, type SqlParam, type Tx } from '../db/port.ts';
import {
  STEP_COLUMNS,
  type StepRow,
  type TransitionRow,
  VERSION_COLUMNS,
  type VersionRow,
} from './definitions-sql.ts';
import type { ProjectRow, StepCategory } from './sql.ts';

const TRANSITION_COLUMNS = `t.id, t.version_id as "versionId", t.from_step_id as "fromStepId",
  t.to_step_id as "toStepId", t.required_fields as "requiredFields", t.allowed_roles as "allowedRoles"`;

/** Locks the version row and yields it only while it is still a draft. */
const LOCKED_DRAFT = `draft as (
  select id, workspace_id from wfm.workflow_versions where id = $1::uuid and state = 'draft' for update
)`;

export type WorkflowForDraft = {
  workflowId: string;
  workspaceId: string;
  callerRole: string | null;
  activeVersionId: string | null;
  draftVersionId: string | null;
};

export async function selectWorkflowForDraft(
  tx: Tx,
  workflowId: string,
): Promise<WorkflowForDraft | undefined> {
  const [row] = await tx.query<WorkflowForDraft>(
    `select w.id as "workflowId", w.workspace_id as "workspaceId",
            workspaces.role_in(w.workspace_id) as "callerRole",
            (select v.id from wfm.workflow_versions v where v.workflow_id = w.id and v.state = 'active') as "activeVersionId",
            (select v.id from wfm.workflow_versions v where v.workflow_id = w.id and v.state = 'draft') as "draftVersionId"
       from wfm.workflows w
      where w.id = $1::uuid and w.deleted_at is null`,
    [workflowId],
  );
  return row;
}

/**
 * Copies the workflow's active version (steps with their keys, statuses, probabilities, dwell
 * and metadata; transitions with their guards) into a new draft, in one statement. Nothing when a
 * draft already exists (a concurrent create won).
 */
export async function insertDraftCopy(tx: Tx, workflowId: string): Promise<VersionRow | undefined> {
  const [row] = await tx.query<VersionRow>(
    `with source as (
       select id, workspace_id, workflow_id from wfm.workflow_versions
        where workflow_id = $1::uuid and state = 'active'
     ), draft as (
       insert into wfm.workflow_versions as v (workspace_id, workflow_id, version, state)
       select s.workspace_id, s.workflow_id,
              (select max(version) + 1 from wfm.workflow_versions where workflow_id = $1::uuid), 'draft'
         from source s
       on conflict do nothing
       returning v.*
     ), steps as (
       insert into wfm.workflow_steps (workspace_id, version_id, status_id, key, name, position,
         default_probability, expected_dwell_days, is_initial, is_final, metadata)
       select s.workspace_id, d.id, s.status_id, s.key, s.name, s.position, s.default_probability,
              s.expected_dwell_days, s.is_initial, s.is_final, s.metadata
         from wfm.workflow_steps s join source on s.version_id = source.id cross join draft d
       returning id, key
     ), transitions as (
       insert into wfm.workflow_transitions (workspace_id, version_id, from_step_id, to_step_id,
         required_fields, allowed_roles)
       select t.workspace_id, d.id, nf.id, nt.id, t.required_fields, t.allowed_roles
         from wfm.workflow_transitions t
         join source on t.version_id = source.id
         join wfm.workflow_steps f on f.id = t.from_step_id
         join wfm.workflow_steps tt on tt.id = t.to_step_id
         join steps nf on nf.key = f.key
         join steps nt on nt.key = tt.key
         cross join draft d
       returning id
     )
     select ${VERSION_COLUMNS} from draft v`,
    [workflowId],
  );
  return row;
}

export type EditTarget = {
  versionId: string;
  workspaceId: string;
  workflowId: string;
  state: 'draft' | 'active' | 'archived';
  callerRole: string | null;
  /** Of the step ids asked about, those that are steps of this version. */
  stepIdsInVersion: string[];
  /** The highest position in the version, -1 when it has no steps. */
  maxPosition: number;
  /** The position of the step addressed by id, if one was. */
  stepPosition: number | null;
};

/** The version an edit addresses (directly, or through one of its steps or transitions). */
export async function selectEditTarget(
  tx: Tx,
  target: { versionId?: string; stepId?: string; transitionId?: string },
  checkStepIds: string[],
): Promise<EditTarget | undefined> {
  const [row] = await tx.query<EditTarget>(
    `select v.id as "versionId", v.workspace_id as "workspaceId", v.workflow_id as "workflowId",
            v.state, workspaces.role_in(v.workspace_id) as "callerRole",
            array(select s.id::text from wfm.workflow_steps s
                   where s.version_id = v.id and s.id = any($4::uuid[])) as "stepIdsInVersion",
            coalesce((select max(s.position) from wfm.workflow_steps s where s.version_id = v.id), -1) as "maxPosition",
            (select s.position from wfm.workflow_steps s where s.id = $2::uuid) as "stepPosition"
       from wfm.workflow_versions v
      where v.id = coalesce($1::uuid,
                            (select s.version_id from wfm.workflow_steps s where s.id = $2::uuid),
                            (select t.version_id from wfm.workflow_transitions t where t.id = $3::uuid))`,
    [
      target.versionId ?? null,
      target.stepId ?? null,
      target.transitionId ?? null,
      pgArray(checkStepIds),
    ],
  );
  return row;
}

export interface NewStatusValues {
  name: string;
  color: string;
  category: StepCategory;
}

export interface StepValues {
  key: string;
  name: string;
  statusId: string | null;
  status: NewStatusValues | null;
  position: number;
  defaultProbability: number;
  expectedDwellDays: number | null;
  isInitial: boolean;
  isFinal: boolean;
  metadata: Record<string, unknown>;
}

/** Makes room at the position (steps from there on move down one) and inserts the step there. */
export async function insertStep(
  tx: Tx,
  versionId: string,
  v: StepValues,
): Promise<StepRow | undefined> {
  const [row] = await tx.query<StepRow>(
    `with ${LOCKED_DRAFT}, new_status as (
       insert into wfm.statuses (workspace_id, name, color, category)
       select d.workspace_id, $2, $3, $4 from draft d where $2::text is not null
       returning id
     ), shifted as (
       update wfm.workflow_steps s set position = s.position + 1
         from draft d where s.version_id = d.id and s.position >= $7::int
       returning s.id
     )
     insert into wfm.workflow_steps as s (workspace_id, version_id, status_id, key, name, position,
       default_probability, expected_dwell_days, is_initial, is_final, metadata)
     select d.workspace_id, d.id, coalesce($5::uuid, (select id from new_status)), $6, $8, $7::int,
            $9::numeric, $10::numeric, $11::boolean, $12::boolean, $13::jsonb
       from draft d
     returning ${STEP_COLUMNS}`,
    [
      versionId,
      v.status?.name ?? null,
      v.status?.color ?? null,
      v.status?.category ?? null,
      v.statusId,
      v.key,
      v.position,
      v.name,
      v.defaultProbability,
      v.expectedDwellDays,
      v.isInitial,
      v.isFinal,
      json(v.metadata),
    ],
  );
  return row;
}

/** Takes the initial flag off the version's other steps, so another step can take it. */
export async function clearInitialStep(
  tx: Tx,
  versionId: string,
  exceptStepId: string | null,
): Promise<void> {
  await tx.query(
    `with ${LOCKED_DRAFT}
     update wfm.workflow_steps s set is_initial = false
       from draft d
      where s.version_id = d.id and s.is_initial and s.id is distinct from $2::uuid`,
    [versionId, exceptStepId],
  );
}

export interface StepPatch {
  key?: string | undefined;
  name?: string | undefined;
  statusId?: string | undefined;
  status?: NewStatusValues | undefined;
  /** The step's current position and where it goes; the steps in between shift by one. */
  move?: { from: number; to: number } | undefined;
  defaultProbability?: number | undefined;
  expectedDwellDays?: number | null | undefined;
  isInitial?: boolean | undefined;
  isFinal?: boolean | undefined;
  metadata?: Record<string, unknown> | undefined;
}

export async function updateStep(
  tx: Tx,
  versionId: string,
  stepId: string,
  p: StepPatch,
): Promise<StepRow | undefined> {
  const params: SqlParam[] = [
    versionId,
    p.status?.name ?? null,
    p.status?.color ?? null,
    p.status?.category ?? null,
    stepId,
    p.move?.from ?? null,
    p.move?.to ?? null,
    p.key ?? null,
    p.name ?? null,
    p.statusId ?? null,
    p.defaultProbability ?? null,
    p.expectedDwellDays !== undefined,
    p.expectedDwellDays ?? null,
    p.isInitial ?? null,
    p.isFinal ?? null,
    p.metadata === undefined ? null : json(p.metadata),
  ];
  const [row] = await tx.query<StepRow>(
    `with ${LOCKED_DRAFT}, new_status as (
       insert into wfm.statuses (workspace_id, name, color, category)
       select d.workspace_id, $2, $3, $4 from draft d where $2::text is not null
       returning id
     ), shifted as (
       update wfm.workflow_steps s
          set position = s.position + case when $7::int < $6::int then 1 else -1 end
         from draft d
        where s.version_id = d.id and s.id <> $5::uuid and $7::int <> $6::int
          and s.position between least($6::int, $7::int) and greatest($6::int, $7::int)
       returning s.id
     )
     update wfm.workflow_steps s set
       key = coalesce($8, s.key),
       name = coalesce($9, s.name),
       status_id = coalesce($10::uuid, (select id from new_status), s.status_id),
       position = coalesce($7::int, s.position),
       default_probability = coalesce($11::numeric, s.default_probability),
       expected_dwell_days = case when $12::boolean then $13::numeric else s.expected_dwell_days end,
       is_initial = coalesce($14::boolean, s.is_initial),
       is_final = coalesce($15::boolean, s.is_final),
       metadata = coalesce($16::jsonb, s.metadata)
      from draft d
     where s.id = $5::uuid and s.version_id = d.id
     returning ${STEP_COLUMNS}`,
    params,
  );
  return row;
}

/** Removes the step (its transitions go with it) and closes the gap in positions. */
export async function deleteStep(
  tx: Tx,
  versionId: string,
  stepId: string,
): Promise<StepRow | undefined> {
  const [row] = await tx.query<StepRow>(
    `with ${LOCKED_DRAFT}, removed as (
       delete from wfm.workflow_steps s using draft d
        where s.id = $2::uuid and s.version_id = d.id
       returning s.*
     ), shifted as (
       update wfm.workflow_steps s set position = s.position - 1
         from removed r
        where s.version_id = r.version_id and s.position > r.position and s.id <> r.id
       returning s.id
     )
     select ${STEP_COLUMNS} from removed s`,
    [versionId, stepId],
  );
  return row;
}

export async function insertTransition(
  tx: Tx,
  versionId: string,
  v: { fromStepId: string; toStepId: string; requiredFields: string[]; allowedRoles: string[] },
): Promise<TransitionRow | undefined> {
  const [row] = await tx.query<TransitionRow>(
    `with ${LOCKED_DRAFT}
     insert into wfm.workflow_transitions as t (workspace_id, version_id, from_step_id, to_step_id,
       required_fields, allowed_roles)
     select d.workspace_id, d.id, $2::uuid, $3::uuid, $4::text[], $5::text[] from draft d
     returning ${TRANSITION_COLUMNS}`,
    [versionId, v.fromStepId, v.toStepId, pgArray(v.requiredFields), pgArray(v.allowedRoles)],
  );
  return row;
}

export async function updateTransition(
  tx: Tx,
  versionId: string,
  transitionId: string,
  p: { requiredFields?: string[] | undefined; allowedRoles?: string[] | undefined },
): Promise<TransitionRow | undefined> {
  const [row] = await tx.query<TransitionRow>(
    `with ${LOCKED_DRAFT}
     update wfm.workflow_transitions t set
       required_fields = coalesce($3::text[], t.required_fields),
       allowed_roles = coalesce($4::text[], t.allowed_roles)
      from draft d
     where t.id = $2::uuid and t.version_id = d.id
     returning ${TRANSITION_COLUMNS}`,
    [
      versionId,
      transitionId,
      p.requiredFields ? pgArray(p.requiredFields) : null,
      p.allowedRoles ? pgArray(p.allowedRoles) : null,
    ],
  );
  return row;
}

export async function deleteTransition(
  tx: Tx,
  versionId: string,
  transitionId: string,
): Promise<TransitionRow | undefined> {
  const [row] = await tx.query<TransitionRow>(
    `with ${LOCKED_DRAFT}
     delete from wfm.workflow_transitions t using draft d
      where t.id = $2::uuid and t.version_id = d.id
     returning ${TRANSITION_COLUMNS}`,
    [versionId, transitionId],
  );
  return row;
}

/**
 * Locks the workflow's active and draft versions against concurrent edits and publishes, and
 * says whether the version is still a draft. A statement of its own: the draft is read after it,
 * in a snapshot that includes every edit that committed while this waited.
 */
export async function lockVersionsForPublish(
  tx: Tx,
  workflowId: string,
  versionId: string,
): Promise<boolean> {
  const rows = await tx.query<{ id: string; state: string }>(
    `select id, state from wfm.workflow_versions
      where workflow_id = $1::uuid and state in ('active', 'draft') for update`,
    [workflowId],
  );
  return rows.some((r) => r.id === versionId && r.state === 'draft');
}

export type DraftStepWithExits = {
  id: string;
  name: string;
  isInitial: boolean;
  isFinal: boolean;
  toStepIds: string[];
};

export function selectDraftGraph(tx: Tx, versionId: string): Promise<DraftStepWithExits[]> {
  return tx.query<DraftStepWithExits>(
    `select s.id, s.name, s.is_initial as "isInitial", s.is_final as "isFinal",
            array(select t.to_step_id::text from wfm.workflow_transitions t
                   where t.from_step_id = s.id) as "toStepIds"
       from wfm.workflow_steps s
      where s.version_id = $1::uuid
      order by s.position, s.id`,
    [versionId],
  );
}

/** Archives the workflow's active version; then activateVersion (two statements, because the
 *  one-active-version index is checked row by row). */
export async function archiveActiveVersion(tx: Tx, workflowId: string): Promise<void> {
  await tx.query(
    `update wfm.workflow_versions set state = 'archived' where workflow_id = $1::uuid and state = 'active'`,
    [workflowId],
  );
}

export async function activateVersion(
  tx: Tx,
  versionId: string,
  userId: string,
  at: string,
): Promise<VersionRow> {
  const [row] = await tx.query<VersionRow>(
    `update wfm.workflow_versions v set state = 'active', published_at = $3::timestamptz, published_by = $2::uuid
      where v.id = $1::uuid
     returning ${VERSION_COLUMNS}`,
    [versionId, userId, at],
  );
  return row!;
}

export type VersionPair = {
  fromVersionId: string;
  fromWorkflowId: string;
  fromVersion: number;
  toVersionId: string | null;
  toWorkflowId: string | null;
  toVersion: number | null;
  toState: 'draft' | 'active' | 'archived' | null;
  workspaceId: string;
  callerRole: string | null;
};

export async function selectVersionPair(
  tx: Tx,
  fromVersionId: string,
  toVersionId: string,
): Promise<VersionPair | undefined> {
  const [row] = await tx.query<VersionPair>(
    `select f.id as "fromVersionId", f.workflow_id as "fromWorkflowId", f.version as "fromVersion",
            t.id as "toVersionId", t.workflow_id as "toWorkflowId", t.version as "toVersion",
            t.state as "toState", f.workspace_id as "workspaceId",
            workspaces.role_in(f.workspace_id) as "callerRole"
       from wfm.workflow_versions f
       left join wfm.workflow_versions t on t.id = $2::uuid
      where f.id = $1::uuid`,
    [fromVersionId, toVersionId],
  );
  return row;
}

export type MigrationStep = {
  id: string;
  versionId: string;
  key: string;
  name: string;
  /** Entities in this step now (steps of the version migrated from only). */
  entities: number;
};

/**
 * The steps of both versions, with how many entities stand in each step of the version migrated
 * from. Locks those entities' projects, so none moves between this check and the migration.
 */
export function lockStepsForMigration(
  tx: Tx,
  fromVersionId: string,
  toVersionId: string,
): Promise<MigrationStep[]> {
  return tx.query<MigrationStep>(
    `select s.id, s.version_id as "versionId", s.key, s.name, coalesce(c.entities, 0) as entities
       from wfm.workflow_steps s
       left join (
         select current_step_id, count(*)::int as entities
           from (select current_step_id from wfm.projects where version_id = $1::uuid for update) p
          group by current_step_id
       ) c on c.current_step_id = s.id
      where s.version_id in ($1::uuid, $2::uuid)
      order by s.version_id, s.position`,
    [fromVersionId, toVersionId],
  );
}

export type MigratedProject = ProjectRow & { fromStepId: string; fromStepKey: string };

const MIGRATED_COLUMNS = `p.id, p.workspace_id as "workspaceId", p.entity_type as "entityType",
  p.entity_id as "entityId", p.workflow_id as "workflowId", p.version_id as "versionId",
  p.current_step_id as "currentStepId", p.entered_step_at as "enteredStepAt",
  s.key as "stepKey", s.name as "stepName", s.position as "stepPosition",
  s.default_probability::float8 as "stepProbability",
  s.expected_dwell_days::float8 as "stepExpectedDwellDays", s.is_final as "stepIsFinal",
  st.category as "stepCategory", st.name as "statusName", st.color as "statusColor",
  p.from_step_id as "fromStepId", p.from_step_key as "fromStepKey"`;

/**
 * Moves every project of the version to its mapped step of the target version and appends a
 * 'migrate' history row for each, in one statement. The time in step keeps running when the step
 * keeps its key (the entity did not change stage), and restarts otherwise.
 */
export function migrateProjects(
  tx: Tx,
  args: {
    fromVersionId: string;
    toVersionId: string;
    mapping: { fromStepId: string; toStepId: string }[];
    actorId: string;
    at: string;
  },
): Promise<MigratedProject[]> {
  return tx.query<MigratedProject>(
    `with mapping as (
       select (m ->> 'fromStepId')::uuid as from_step_id, (m ->> 'toStepId')::uuid as to_step_id
         from jsonb_array_elements($3::jsonb) m
     ), moved as (
       update wfm.projects p set
         version_id = $2::uuid,
         current_step_id = m.to_step_id,
         entered_step_at = case when fs.key = ts.key then p.entered_step_at else $5::timestamptz end
         from mapping m
         join wfm.workflow_steps fs on fs.id = m.from_step_id
         join wfm.workflow_steps ts on ts.id = m.to_step_id
        where p.version_id = $1::uuid and p.current_step_id = m.from_step_id
       returning p.*, m.from_step_id, fs.key as from_step_key
     ), history as (
       insert into wfm.status_history (workspace_id, project_id, entity_type, entity_id, kind,
         from_step_id, to_step_id, from_version_id, to_version_id, actor_id, at)
       select workspace_id, id, entity_type, entity_id, 'migrate', from_step_id, current_step_id,
              $1::uuid, version_id, $4::uuid, $5::timestamptz
         from moved
       returning id
     )
     select ${MIGRATED_COLUMNS}
       from moved p
       join wfm.workflow_steps s on s.id = p.current_step_id
       join wfm.statuses st on st.id = s.status_id
      order by p.entity_id`,
    [args.fromVersionId, args.toVersionId, json(args.mapping), args.actorId, args.at],
  );
}
