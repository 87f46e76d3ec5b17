// The workflow engine's operations on projects: the one generic move used by every entity type,
// what moves are possible now (and why the others are not), and where entities stand.
import { emitEvents } from '../automation/outbox.ts';
import type { DomainEvent } from '../events/registry.ts';
import type { ServiceContext } from '../db/service-context.ts';
import {
  ForbiddenError,
  NotFoundError,
  parseInput,
  ValidationError,
} from '../errors/app-errors.ts';
import { defineOperation } from '../services/operation.ts';
import { workflowEntity, type WorkflowEntity } from './entity-registry.ts';
import { TransitionNotAllowedError, type TransitionRefusal } from './errors.ts';
import { EntityRef, MoveToStepInput } from './inputs.ts';
import { checkMove } from './rules.ts';
import * as sql from './sql.ts';

export type { ProjectRow as Project, StepCategory } from './sql.ts';

function entityOf(entityType: string): WorkflowEntity {
  const entity = workflowEntity(entityType);
  if (!entity)
    throw ValidationError.forField(['input', 'entityType'], `no workflow tracks ${entityType}`);
  return entity;
}

/** Where these entities stand; entities without a project (or not visible) are absent. */
export function loadProjects(
  ctx: ServiceContext,
  entityType: string,
  entityIds: readonly string[],
) {
  return sql.selectProjects(ctx.tx, entityType, entityIds);
}

/**
 * Starts tracking a new entity at the initial step of its workflow (the given one, or the
 * workspace's first for that entity type). Called by the entity's own create, in its transaction.
 */
export async function startProject(
  ctx: ServiceContext,
  args: { workspaceId: string; entityType: string; entityId: string; workflowId?: string | null },
): Promise<sql.ProjectRow> {
  const entity = entityOf(args.entityType);
  const at = new Date().toISOString();
  const project = await sql.insertProject(ctx.tx, {
    workspaceId: args.workspaceId,
    entityType: args.entityType,
    entityId: args.entityId,
    workflowId: args.workflowId ?? null,
    actorId: ctx.userId,
    at,
  });
  if (!project) {
    throw args.workflowId
      ? ValidationError.forField(
          ['input', 'workflowId'],
          `is not an active ${entity.label.toLowerCase()} workflow of this workspace`,
        )
      : new NotFoundError(`Active ${entity.label.toLowerCase()} workflow`);
  }
  await afterStepReached(ctx, entity, project, {
    kind: 'start',
    fromStepId: null,
    fromStepKey: null,
    reason: null,
    at,
  });
  return project;
}

/**
 * Moves an entity to a step of its workflow version, if a transition allows it and its guards
 * hold: updates the project, the entity (e.g. its probability), appends history and emits
 * wfm/status.changed plus the entity's own event, all in the caller's transaction.
 */
export const moveToStep = defineOperation(
  MoveToStepInput,
  async (ctx, { entityType, entityId, toStepId, reason }): Promise<sql.ProjectRow> => {
    const entity = entityOf(entityType);
    const move = await sql.lockProjectForMove(ctx.tx, entityType, entityId, toStepId);
    if (!move) {
      throw (await sql.isProjectVisible(ctx.tx, entityType, entityId))
        ? new ForbiddenError(
            `Your role in this workspace cannot move this ${entity.label.toLowerCase()}`,
          )
        : new NotFoundError(entity.label);
    }
    if (!move.targetStepId) throw new NotFoundError('Workflow step');
    const fields = await entity.loadFields(ctx.tx, entityId);
    if (!fields) throw new NotFoundError(entity.label);
    const verdict = checkMove({
      current: { id: move.currentStepId, name: move.currentStepName, versionId: move.versionId },
      target: {
        id: move.targetStepId,
        name: move.targetStepName!,
        versionId: move.targetVersionId!,
      },
      transition: move.hasTransition
        ? { requiredFields: move.requiredFields ?? [], allowedRoles: move.allowedRoles ?? [] }
        : undefined,
      fields,
      callerRole: move.callerRole ?? 'viewer',
    });
    if (!verdict.allowed)
      throw new TransitionNotAllowedError(verdict.reason, verdict.message, verdict.missingFields);

    const at = new Date().toISOString();
    const project = await sql.updateProjectStep(ctx.tx, {
      move,
      entityType,
      entityId,
      reason: reason ?? null,
      actorId: ctx.userId,
      at,
    });
    await afterStepReached(ctx, entity, project, {
      kind: 'move',
      fromStepId: move.currentStepId,
      fromStepKey: move.currentStepKey,
      reason: reason ?? null,
      at,
    });
    return project;
  },
);

async function afterStepReached(
  ctx: ServiceContext,
  entity: WorkflowEntity,
  project: sql.ProjectRow,
  change: StepChange,
) {
  const events = await reachStep(ctx, entity, project, change);
  await emitEvents(ctx.tx, { workspaceId: project.workspaceId, userId: ctx.userId }, events);
}

export interface StepChange {
  kind: 'start' | 'move' | 'migrate';
  fromStepId: string | null;
  fromStepKey: string | null;
  reason: string | null;
  at: string;
}

/**
 * What follows an entity reaching a step, for every way it gets there (start, move, migration):
 * the entity's own hook runs, and the events to emit are returned: wfm/status.changed and the
 * entity's stage-change event.
 */
export async function reachStep(
  ctx: ServiceContext,
  entity: WorkflowEntity | undefined,
  project: Pick<
    sql.ProjectRow,
    | 'id'
    | 'workspaceId'
    | 'entityType'
    | 'entityId'
    | 'workflowId'
    | 'versionId'
    | 'currentStepId'
    | 'stepKey'
    | 'stepProbability'
    | 'stepCategory'
  >,
  change: StepChange,
): Promise<DomainEvent[]> {
  await entity?.onStepReached?.(ctx.tx, project.entityId, {
    id: project.currentStepId,
    key: project.stepKey,
    defaultProbability: project.stepProbability,
    category: project.stepCategory,
  });
  const data = {
    workspaceId: project.workspaceId,
    projectId: project.id,
    entityType: project.entityType,
    entityId: project.entityId,
    workflowId: project.workflowId,
    versionId: project.versionId,
    fromStepId: change.fromStepId,
    toStepId: project.currentStepId,
    fromStepKey: change.fromStepKey,
    toStepKey: project.stepKey,
    toCategory: project.stepCategory,
    kind: change.kind,
    reason: change.reason,
    actorId: ctx.userId,
    at: change.at,
  };
  const events: DomainEvent[] = [{ name: 'wfm/status.changed', data }];
  if (entity?.stageChangedEvent) {
    const { name, idField } = entity.stageChangedEvent;
    events.push({ name, data: { ...data, [idField]: project.entityId } } as DomainEvent);
  }
  return events;
}

export interface TransitionOption {
  stepId: string;
  stepKey: string;
  stepName: string;
  category: sql.StepCategory;
  allowed: boolean;
  reason: TransitionRefusal | null;
  message: string | null;
  missingFields: string[];
}

/** Every other step of the entity's workflow version: whether a move there is allowed now, and why not. */
export async function availableTransitions(
  ctx: ServiceContext,
  input: unknown,
): Promise<TransitionOption[]> {
  const { entityType, entityId } = parseInput(EntityRef, input, []);
  const entity = entityOf(entityType);
  const steps = await sql.selectStepOptions(ctx.tx, entityType, entityId);
  const current = steps.find((s) => s.isCurrent);
  if (!current) throw new NotFoundError(entity.label);
  const fields = await entity.loadFields(ctx.tx, entityId);
  if (!fields) throw new NotFoundError(entity.label);
  return steps
    .filter((s) => !s.isCurrent)
    .map((s) => {
      const verdict = checkMove({
        current: { id: current.id, name: current.name, versionId: current.versionId },
        target: { id: s.id, name: s.name, versionId: s.versionId },
        transition: s.hasTransition
          ? { requiredFields: s.requiredFields ?? [], allowedRoles: s.allowedRoles ?? [] }
          : undefined,
        fields,
        callerRole: s.callerRole ?? 'viewer',
      });
      return {
        stepId: s.id,
        stepKey: s.key,
        stepName: s.name,
        category: s.category,
        allowed: verdict.allowed,
        reason: verdict.allowed ? null : verdict.reason,
        message: verdict.allowed ? null : verdict.message,
        missingFields: verdict.allowed ? [] : verdict.missingFields,
      };
    });
}
