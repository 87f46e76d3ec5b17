// The workflow engine's SQL for projects: starting, locking for a move, moving, and reading
// where entities stand.
import { pgArray, type Tx } from '../db/port.ts';

export type StepCategory = 'open' | 'won' | 'lost' | 'done';

export type ProjectRow = {
  id: string;
  workspaceId: string;
  entityType: string;
  entityId: string;
  workflowId: string;
  versionId: string;
  currentStepId: string;
  enteredStepAt: Date;
  stepKey: string;
  stepName: string;
  stepPosition: number;
  stepProbability: number;
  stepExpectedDwellDays: number | null;
  stepIsFinal: boolean;
  stepCategory: StepCategory;
  statusName: string;
  statusColor: string;
};

const PROJECT_COLUMNS = `p.id, p.workspace_id as "workspaceId", p.entity_type as "entityType",
  p.entity_id as "entityId", p.workflow_id as "workflowId", p.version_id as "versionId",
  p.current_step_id as "currentStepId", p.entered_step_at as "enteredStepAt",
  s.key as "stepKey", s.name as "stepName", s.position as "stepPosition",
  s.default_probability::float8 as "stepProbability",
  s.expected_dwell_days::float8 as "stepExpectedDwellDays", s.is_final as "stepIsFinal",
  st.category as "stepCategory", st.name as "statusName", st.color as "statusColor"`;

const PROJECT_JOINS = `join wfm.workflow_steps s on s.id = p.current_step_id
  join wfm.statuses st on st.id = s.status_id`;

export function selectProjects(
  tx: Tx,
  entityType: string,
  entityIds: readonly string[],
): Promise<ProjectRow[]> {
  return tx.query<ProjectRow>(
    `select ${PROJECT_COLUMNS} from wfm.projects p ${PROJECT_JOINS}
     where p.entity_type = $1 and p.entity_id = any($2::uuid[])`,
    [entityType, pgArray(entityIds)],
  );
}

/**
 * Puts an entity at the initial step of its workflow's active version (the given workflow, or
 * the workspace's first for the entity type) and records the start in history, in one statement.
 */
export async function insertProject(
  tx: Tx,
  args: {
    workspaceId: string;
    entityType: string;
    entityId: string;
    workflowId: string | null;
    actorId: string;
    at: string;
  },
): Promise<ProjectRow | undefined> {
  const [row] = await tx.query<ProjectRow>(
    `with target as (
       select w.id as workflow_id, v.id as version_id, s.id as step_id
         from wfm.workflows w
         join wfm.workflow_versions v on v.workflow_id = w.id and v.state = 'active'
         join wfm.workflow_steps s on s.version_id = v.id and s.is_initial
        where w.workspace_id = $1 and w.entity_type = $2 and w.deleted_at is null
          and ($4::uuid is null or w.id = $4::uuid)
        order by w.created_at, w.id
        limit 1
     ), started as (
       insert into wfm.projects (workspace_id, entity_type, entity_id, workflow_id, version_id, current_step_id, entered_step_at)
       select $1, $2, $3, workflow_id, version_id, step_id, $6::timestamptz from target
       returning *
     ), history as (
       insert into wfm.status_history (workspace_id, project_id, entity_type, entity_id, kind,
         to_step_id, to_version_id, actor_id, at)
       select workspace_id, id, entity_type, entity_id, 'start', current_step_id, version_id, $5, $6::timestamptz
         from started
       returning id
     )
     select ${PROJECT_COLUMNS} from started p ${PROJECT_JOINS} where exists (select 1 from history)`,
    [args.workspaceId, args.entityType, args.entityId, args.workflowId, args.actorId, args.at],
  );
  return row;
}

export type MoveContext = {
  projectId: string;
  workspaceId: string;
  workflowId: string;
  versionId: string;
  currentStepId: string;
  currentStepKey: string;
  currentStepName: string;
  targetStepId: string | null;
  targetStepKey: string | null;
  targetStepName: string | null;
  targetVersionId: string | null;
  targetProbability: number | null;
  targetCategory: StepCategory | null;
  hasTransition: boolean;
  requiredFields: string[] | null;
  allowedRoles: string[] | null;
  callerRole: string | null;
};

/** Everything a move needs in one statement, with the project row locked against a concurrent move. */
export async function lockProjectForMove(
  tx: Tx,
  entityType: string,
  entityId: string,
  toStepId: string,
): Promise<MoveContext | undefined> {
  const [row] = await tx.query<MoveContext>(
    // The lock is taken in its own CTE: after waiting for a concurrent move, Postgres hands back
    // the project's new version and the joins below follow its new step. (Locking `p` inside
    // the join would re-check the old join rows against the new version and drop the row.)
    `with locked as (
       select * from wfm.projects where entity_type = $1 and entity_id = $2::uuid for update
     )
     select p.id as "projectId", p.workspace_id as "workspaceId", p.workflow_id as "workflowId",
            p.version_id as "versionId", cur.id as "currentStepId", cur.key as "currentStepKey",
            cur.name as "currentStepName", tgt.id as "targetStepId", tgt.key as "targetStepKey",
            tgt.name as "targetStepName", tgt.version_id as "targetVersionId",
            tgt.default_probability::float8 as "targetProbability", st.category as "targetCategory",
            tr.id is not null as "hasTransition", tr.required_fields as "requiredFields",
            tr.allowed_roles as "allowedRoles", workspaces.role_in(p.workspace_id) as "callerRole"
       from locked p
       join wfm.workflow_steps cur on cur.id = p.current_step_id
       left join wfm.workflow_steps tgt on tgt.id = $3::uuid
       left join wfm.statuses st on st.id = tgt.status_id
       left join wfm.workflow_transitions tr
              on tr.version_id = p.version_id and tr.from_step_id = p.current_step_id and tr.to_step_id = tgt.id`,
    [entityType, entityId, toStepId],
  );
  return row;
}

export async function isProjectVisible(
  tx: Tx,
  entityType: string,
  entityId: string,
): Promise<boolean> {
  const rows = await tx.query(
    'select 1 from wfm.projects where entity_type = $1 and entity_id = $2::uuid',
    [entityType, entityId],
  );
  return rows.length > 0;
}

/** Moves the project and appends the move to history, in one statement. */
export async function updateProjectStep(
  tx: Tx,
  args: {
    move: MoveContext;
    entityType: string;
    entityId: string;
    reason: string | null;
    actorId: string;
    at: string;
  },
): Promise<ProjectRow> {
  const { move } = args;
  const [row] = await tx.query<ProjectRow>(
    `with moved as (
       update wfm.projects set current_step_id = $2::uuid, entered_step_at = $3::timestamptz
        where id = $1::uuid
       returning *
     ), history as (
       insert into wfm.status_history (workspace_id, project_id, entity_type, entity_id, kind,
         from_step_id, to_step_id, from_version_id, to_version_id, reason, actor_id, at)
       select workspace_id, id, entity_type, entity_id, 'move', $4::uuid, current_step_id,
              version_id, version_id, $5, $6::uuid, $3::timestamptz
         from moved
       returning id
     )
     select ${PROJECT_COLUMNS} from moved p ${PROJECT_JOINS} where exists (select 1 from history)`,
    [move.projectId, move.targetStepId, args.at, move.currentStepId, args.reason, args.actorId],
  );
  return row!;
}

export type StepOption = {
  id: string;
  key: string;
  name: string;
  position: number;
  versionId: string;
  category: StepCategory;
  isCurrent: boolean;
  hasTransition: boolean;
  requiredFields: string[] | null;
  allowedRoles: string[] | null;
  callerRole: string | null;
  currentStepId: string;
  currentStepName: string;
};

/** Every step of the entity's version, each with the transition to it from where it stands. */
export function selectStepOptions(
  tx: Tx,
  entityType: string,
  entityId: string,
): Promise<StepOption[]> {
  return tx.query<StepOption>(
    // Materialized, so the caller's role is looked up once, not once per step.
    `with p as materialized (
       select p.*, workspaces.role_in(p.workspace_id) as caller_role
         from wfm.projects p where p.entity_type = $1 and p.entity_id = $2::uuid
     )
     select s.id, s.key, s.name, s.position, s.version_id as "versionId", st.category,
            s.id = p.current_step_id as "isCurrent", tr.id is not null as "hasTransition",
            tr.required_fields as "requiredFields", tr.allowed_roles as "allowedRoles",
            p.caller_role as "callerRole", cur.id as "currentStepId", cur.name as "currentStepName"
       from p
       join wfm.workflow_steps cur on cur.id = p.current_step_id
       join wfm.workflow_steps s on s.version_id = p.version_id
       join wfm.statuses st on st.id = s.status_id
       left join wfm.workflow_transitions tr on tr.from_step_id = p.current_step_id and tr.to_step_id = s.id
      order by s.position`,
    [entityType, entityId],
  );
}
