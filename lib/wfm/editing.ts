// Editing workflows through versions: an admin copies the active version into a draft, edits the
// draft's steps and transitions, and publishes it; entities already in flight stay on their
// version until an admin migrates them with a step mapping.
//
// Decisions:
// - createWorkflowDraft returns the existing draft when there is one (a workflow has at most one):
//   "edit workflow" is then idempotent, and two admins editing at once share one draft instead of
//   one of them being refused.
// - Steps keep their key across versions (that is how history is read across versions), and
//   a new draft copies the statuses by reference. Giving a step `status: {…}` creates a new
//   status rather than renaming a shared one, which would change published versions too.
// - Making a step initial takes the flag from the step that had it: a version has one.
import { emitEvents } from '../automation/outbox.ts';
import type { DomainEvent } from '../events/registry.ts';
import type { ServiceContext } from '../db/service-context.ts';
import {
  type FieldError,
  ForbiddenError,
  NotFoundError,
  ValidationError,
} from '../errors/app-errors.ts';
import { postgresError, SqlState } from '../errors/postgres-errors.ts';
import { defineOperation } from '../services/operation.ts';
import {
  selectVersionsByIds,
  type StepRow,
  type TransitionRow,
  type VersionRow,
} from './definitions-sql.ts';
import {
  AddWorkflowStepInput,
  AddWorkflowTransitionInput,
  CreateWorkflowDraftInput,
  MigrateEntitiesInput,
  PublishWorkflowInput,
  RemoveWorkflowStepInput,
  RemoveWorkflowTransitionInput,
  UpdateWorkflowStepInput,
  UpdateWorkflowTransitionInput,
} from './editing-inputs.ts';
import { canManageWorkspace } from '../workspaces/roles.ts';
import * as sql from './editing-sql.ts';
import { workflowEntity } from './entity-registry.ts';
import { publishProblems } from './publish-rules.ts';
import { reachStep } from './service.ts';

const NOT_A_DRAFT = 'only a draft can be edited';

export interface Migration {
  fromVersionId: string;
  toVersionId: string;
  migratedCount: number;
}

function requireEditor(role: string | null) {
  if (!canManageWorkspace(role)) {
    throw new ForbiddenError('Only workspace owners and admins can change workflows');
  }
}

/** The draft an edit addresses, checked: visible, the caller may edit workflows, still a draft. */
async function draftFor(
  ctx: ServiceContext,
  target: { versionId?: string; stepId?: string; transitionId?: string },
  checkStepIds: string[] = [],
): Promise<sql.EditTarget> {
  const found = await sql.selectEditTarget(ctx.tx, target, checkStepIds);
  if (!found) {
    throw new NotFoundError(
      target.versionId
        ? 'Workflow version'
        : target.stepId
          ? 'Workflow step'
          : 'Workflow transition',
    );
  }
  requireEditor(found.callerRole);
  if (found.state !== 'draft') throw notADraft(target);
  return found;
}

function notADraft(target: { versionId?: string; stepId?: string }): ValidationError {
  const field = target.versionId ? 'versionId' : 'id';
  return ValidationError.forField(['input', field], NOT_A_DRAFT);
}

/** Postgres' refusals of a step edit, as the field at fault. */
function stepWriteError(error: unknown): unknown {
  const pg = postgresError(error);
  if (pg?.code === SqlState.UniqueViolation && pg.constraint?.includes('key')) {
    return ValidationError.forField(
      ['input', 'key'],
      'is already used by another step of this version',
    );
  }
  if (pg?.code === SqlState.ForeignKeyViolation && pg.constraint?.includes('status')) {
    return ValidationError.forField(['input', 'statusId'], 'is not a status of this workspace');
  }
  return error;
}

async function rethrowing<T>(run: () => Promise<T>, translate: (e: unknown) => unknown) {
  try {
    return await run();
  } catch (error) {
    throw translate(error);
  }
}

/** A draft copy of the workflow's active version, or its existing draft. */
export const createWorkflowDraft = defineOperation(
  CreateWorkflowDraftInput,
  async (ctx, { workflowId }): Promise<VersionRow> => {
    const workflow = await sql.selectWorkflowForDraft(ctx.tx, workflowId);
    if (!workflow) throw new NotFoundError('Workflow');
    requireEditor(workflow.callerRole);
    if (!workflow.draftVersionId) {
      if (!workflow.activeVersionId) {
        throw ValidationError.forField(['input', 'workflowId'], 'has no active version to copy');
      }
      const created = await sql.insertDraftCopy(ctx.tx, workflowId);
      if (created) return created;
    }
    // A draft existed, or a concurrent create made one first.
    const draftId =
      workflow.draftVersionId ??
      (await sql.selectWorkflowForDraft(ctx.tx, workflowId))?.draftVersionId;
    const [draft] = draftId ? await selectVersionsByIds(ctx.tx, [draftId]) : [];
    if (!draft) throw new NotFoundError('Workflow draft');
    return draft;
  },
);

export const addWorkflowStep = defineOperation(
  AddWorkflowStepInput,
  async (ctx, v): Promise<StepRow> => {
    const draft = await draftFor(ctx, { versionId: v.versionId });
    if (v.isInitial) await sql.clearInitialStep(ctx.tx, draft.versionId, null);
    const step = await rethrowing(
      () =>
        sql.insertStep(ctx.tx, draft.versionId, {
          key: v.key,
          name: v.name,
          statusId: v.statusId ?? null,
          status: v.status ?? null,
          position: Math.min(v.position ?? Number.MAX_SAFE_INTEGER, draft.maxPosition + 1),
          defaultProbability: v.defaultProbability,
          expectedDwellDays: v.expectedDwellDays ?? null,
          isInitial: v.isInitial ?? false,
          isFinal: v.isFinal ?? false,
          metadata: v.metadata ?? {},
        }),
      stepWriteError,
    );
    if (!step) throw notADraft({ versionId: v.versionId });
    return step;
  },
);

export const updateWorkflowStep = defineOperation(
  UpdateWorkflowStepInput,
  async (ctx, { id, position, ...patch }): Promise<StepRow> => {
    const draft = await draftFor(ctx, { stepId: id });
    if (patch.isInitial) await sql.clearInitialStep(ctx.tx, draft.versionId, id);
    const from = draft.stepPosition!;
    const step = await rethrowing(
      () =>
        sql.updateStep(ctx.tx, draft.versionId, id, {
          ...patch,
          move:
            position === undefined
              ? undefined
              : { from, to: Math.min(position, draft.maxPosition) },
        }),
      stepWriteError,
    );
    if (!step) throw notADraft({ stepId: id });
    return step;
  },
);

export const removeWorkflowStep = defineOperation(
  RemoveWorkflowStepInput,
  async (ctx, { id }): Promise<StepRow> => {
    const draft = await draftFor(ctx, { stepId: id });
    const step = await sql.deleteStep(ctx.tx, draft.versionId, id);
    if (!step) throw notADraft({ stepId: id });
    return step;
  },
);

export const addWorkflowTransition = defineOperation(
  AddWorkflowTransitionInput,
  async (ctx, v): Promise<TransitionRow> => {
    const draft = await draftFor(ctx, { versionId: v.versionId }, [v.fromStepId, v.toStepId]);
    const foreign: FieldError[] = (['fromStepId', 'toStepId'] as const)
      .filter((field) => !draft.stepIdsInVersion.includes(v[field]))
      .map((field) => ({ path: ['input', field], message: 'is not a step of this version' }));
    if (foreign.length > 0) throw new ValidationError(foreign);
    const transition = await rethrowing(
      () =>
        sql.insertTransition(ctx.tx, draft.versionId, {
          fromStepId: v.fromStepId,
          toStepId: v.toStepId,
          requiredFields: v.requiredFields ?? [],
          allowedRoles: v.allowedRoles ?? [],
        }),
      (error) =>
        postgresError(error)?.code === SqlState.UniqueViolation
          ? ValidationError.forField(['input', 'toStepId'], 'this transition already exists')
          : error,
    );
    if (!transition) throw notADraft({ versionId: v.versionId });
    return transition;
  },
);

export const updateWorkflowTransition = defineOperation(
  UpdateWorkflowTransitionInput,
  async (ctx, { id, ...patch }): Promise<TransitionRow> => {
    const draft = await draftFor(ctx, { transitionId: id });
    const transition = await sql.updateTransition(ctx.tx, draft.versionId, id, patch);
    if (!transition) throw notADraft({});
    return transition;
  },
);

export const removeWorkflowTransition = defineOperation(
  RemoveWorkflowTransitionInput,
  async (ctx, { id }): Promise<TransitionRow> => {
    const draft = await draftFor(ctx, { transitionId: id });
    const transition = await sql.deleteTransition(ctx.tx, draft.versionId, id);
    if (!transition) throw notADraft({});
    return transition;
  },
);

/**
 * Makes the draft the workflow's active version, if it is sound (see publish-rules.ts), and
 * archives the version that was active. Nobody moves: entities stay on their version until
 * migrated.
 */
export const publishWorkflow = defineOperation(
  PublishWorkflowInput,
  async (ctx, { versionId }): Promise<VersionRow> => {
    const draft = await sql.selectEditTarget(ctx.tx, { versionId }, []);
    if (!draft) throw new NotFoundError('Workflow version');
    requireEditor(draft.callerRole);
    const stillDraft =
      draft.state === 'draft' &&
      (await sql.lockVersionsForPublish(ctx.tx, draft.workflowId, versionId));
    if (!stillDraft) {
      throw ValidationError.forField(['input', 'versionId'], 'only a draft can be published');
    }
    const steps = await sql.selectDraftGraph(ctx.tx, versionId);
    const problems = publishProblems(
      steps,
      steps.flatMap((s) => s.toStepIds.map((toStepId) => ({ fromStepId: s.id, toStepId }))),
    );
    if (problems.length > 0) {
      throw new ValidationError(
        problems.map((message) => ({ path: ['input', 'versionId'], message })),
      );
    }
    await sql.archiveActiveVersion(ctx.tx, draft.workflowId);
    return sql.activateVersion(ctx.tx, versionId, ctx.userId, new Date().toISOString());
  },
);

/**
 * Moves every entity on a version to the workflow's active version, step by mapped step, in one
 * transaction: history ('migrate'), the entity's own hook (a deal takes the new step's
 * probability) and wfm/status.changed events, as a move would.
 */
export const migrateEntities = defineOperation(
  MigrateEntitiesInput,
  async (ctx, { fromVersionId, toVersionId, mapping }): Promise<Migration> => {
    const pair = await sql.selectVersionPair(ctx.tx, fromVersionId, toVersionId);
    if (!pair) throw new NotFoundError('Workflow version');
    if (!pair.toVersionId) throw new NotFoundError('Workflow version');
    requireEditor(pair.callerRole);
    if (toVersionId === fromVersionId) {
      throw ValidationError.forField(['input', 'toVersionId'], 'is the version migrated from');
    }
    if (pair.toWorkflowId !== pair.fromWorkflowId) {
      throw ValidationError.forField(['input', 'toVersionId'], 'is a version of another workflow');
    }
    if (pair.toState !== 'active') {
      throw ValidationError.forField(
        ['input', 'toVersionId'],
        "is not the workflow's active version",
      );
    }

    const steps = await sql.lockStepsForMigration(ctx.tx, fromVersionId, toVersionId);
    const fromSteps = new Map(
      steps.filter((s) => s.versionId === fromVersionId).map((s) => [s.id, s]),
    );
    const toSteps = new Set(steps.filter((s) => s.versionId === toVersionId).map((s) => s.id));
    const errors: FieldError[] = [];
    const seen = new Set<string>();
    mapping.forEach((m, i) => {
      const at = ['input', 'mapping', String(i)];
      if (!fromSteps.has(m.fromStepId)) {
        errors.push({
          path: [...at, 'fromStepId'],
          message: `is not a step of version ${pair.fromVersion}`,
        });
      } else if (seen.has(m.fromStepId)) {
        errors.push({ path: [...at, 'fromStepId'], message: 'is mapped twice' });
      }
      seen.add(m.fromStepId);
      if (!toSteps.has(m.toStepId)) {
        errors.push({
          path: [...at, 'toStepId'],
          message: `is not a step of version ${pair.toVersion}`,
        });
      }
    });
    const unmapped = [...fromSteps.values()].filter((s) => s.entities > 0 && !seen.has(s.id));
    if (unmapped.length > 0) {
      errors.push({
        path: ['input', 'mapping'],
        message: `steps with entities are not mapped: ${unmapped.map((s) => `${s.name} (${s.entities})`).join(', ')}`,
      });
    }
    if (errors.length > 0) throw new ValidationError(errors);

    const at = new Date().toISOString();
    const moved = await sql.migrateProjects(ctx.tx, {
      fromVersionId,
      toVersionId,
      mapping,
      actorId: ctx.userId,
      at,
    });
    const events: DomainEvent[] = [];
    for (const project of moved) {
      events.push(
        ...(await reachStep(ctx, workflowEntity(project.entityType), project, {
          kind: 'migrate',
          fromStepId: project.fromStepId,
          fromStepKey: project.fromStepKey,
          reason: null,
          at,
        })),
      );
    }
    await emitEvents(ctx.tx, { workspaceId: pair.workspaceId, userId: ctx.userId }, events);
    return { fromVersionId, toVersionId, migratedCount: moved.length };
  },
);
