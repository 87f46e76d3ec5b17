// Activities: tasks, calls, meetings, emails and notes, optionally assigned and linked to a
// record. People create them through the API; automations through createSystemActivity.
import { emitEvent } from '../../automation/outbox.ts';
import { SYSTEM_USER_ID, type Tx } from '../../db/port.ts';
import type { ServiceContext } from '../../db/service-context.ts';
import {
  type FieldError,
  ForbiddenError,
  NotFoundError,
  parseInput,
  ValidationError,
} from '../../errors/app-errors.ts';
import { isSqlState, SqlState } from '../../errors/postgres-errors.ts';
import { isMember, refusalFor } from '../../workspaces/service.ts';
import { decodeSortedCursor, encodeSortedCursor } from '../records/keyset.ts';
import { type CrmEntityType, findLinkedRecord, withArticle } from '../records/linked-records.ts';
import {
  ActivityIdInput,
  ActivityOrder,
  CreateActivityInput,
  type CreateActivityValues,
  CreateSystemActivityInput,
  DEFAULT_ACTIVITY_ORDER,
  ListActivitiesInput,
  UpdateActivityInput,
} from './inputs.ts';
import * as sql from './sql.ts';

export type { Activity, ListedActivity } from './sql.ts';

/** Field errors for an assignee outside the workspace and a link to a record not in it. */
async function linkProblems(
  ctx: ServiceContext,
  workspaceId: string,
  values: {
    assigneeId?: string | null | undefined;
    entityType?: CrmEntityType | null | undefined;
    entityId?: string | null | undefined;
  },
): Promise<FieldError[]> {
  const problems: FieldError[] = [];
  if (values.assigneeId && !(await isMember(ctx, workspaceId, values.assigneeId))) {
    problems.push({ path: ['input', 'assigneeId'], message: 'is not a member of this workspace' });
  }
  if (
    values.entityType &&
    values.entityId &&
    !(await findLinkedRecord(ctx.tx, values.entityType, values.entityId, workspaceId))
  ) {
    problems.push({
      path: ['input', 'entityId'],
      message: `is not ${withArticle(values.entityType)} of this workspace`,
    });
  }
  return problems;
}

async function insertChecked(
  ctx: ServiceContext,
  values: CreateActivityValues & { assigneeId: string | null },
  isSystemActivity: boolean,
): Promise<sql.Activity> {
  try {
    return await ctx.tx.savepoint(async (tx) => {
      // Insert first: RLS decides whether the workspace is the caller's to write to, and only
      // then is it meaningful to ask whether the assignee and the record belong to it.
      const row = await sql.insertActivity(tx, {
        workspaceId: values.workspaceId,
        kind: values.kind,
        title: values.title,
        body: values.body ?? null,
        dueAt: values.dueAt ?? null,
        assigneeId: values.assigneeId,
        entityType: values.entityType ?? null,
        entityId: values.entityId ?? null,
        isSystemActivity,
        metadata: values.metadata ?? {},
      });
      const problems = await linkProblems({ ...ctx, tx }, row.workspaceId, values);
      if (problems.length > 0) throw new ValidationError(problems);
      await emitEvent(
        tx,
        { workspaceId: row.workspaceId, userId: ctx.userId },
        'crm/activity.created',
        { workspaceId: row.workspaceId, actorId: ctx.userId, activityId: row.id },
      );
      return row;
    });
  } catch (error) {
    // RLS refused the insert: the workspace is not the caller's, or their role is read-only.
    if (isSqlState(error, SqlState.InsufficientPrivilege)) {
      throw await refusalFor(ctx, values.workspaceId);
    }
    throw error;
  }
}

/** Creates an activity; a task with no assignee given is the caller's. */
export function createActivity(ctx: ServiceContext, input: unknown): Promise<sql.Activity> {
  const values = parseInput(CreateActivityInput, input);
  const assigneeId =
    values.assigneeId !== undefined
      ? values.assigneeId
      : values.kind === 'task'
        ? ctx.userId
        : null;
  return insertChecked(ctx, { ...values, assigneeId }, false);
}

/**
 * Creates an activity on behalf of an automation, in the caller's transaction (normally a
 * service context, so created_by is the system user): marked as a system activity, its metadata
 * naming the automation, e.g. { automation: 'review-new-deal', runId }. The API cannot set
 * isSystemActivity; only this can.
 */
export function createSystemActivity(tx: Tx, input: unknown): Promise<sql.Activity> {
  const values = parseInput(CreateSystemActivityInput, input);
  return insertChecked(
    { tx, userId: SYSTEM_USER_ID },
    { ...values, assigneeId: values.assigneeId ?? null },
    true,
  );
}

export function updateActivity(ctx: ServiceContext, input: unknown): Promise<sql.Activity> {
  const { id, ...patch } = parseInput(UpdateActivityInput, input);
  return ctx.tx.savepoint(async (tx) => {
    const row = await sql.updateActivity(tx, id, patch);
    if (!row) throw await missingOrForbidden(tx, id);
    const problems = await linkProblems({ ...ctx, tx }, row.workspaceId, patch);
    // Metadata of a system activity records which automation made it: it is not for editing.
    if (patch.metadata !== undefined && row.isSystemActivity) {
      problems.push({
        path: ['input', 'metadata'],
        message: 'of a system activity cannot change',
      });
    }
    if (problems.length > 0) throw new ValidationError(problems);
    return row;
  });
}

/** Marks an activity done now; completing a done activity changes nothing. */
export function completeActivity(ctx: ServiceContext, input: unknown): Promise<sql.Activity> {
  const { id } = parseInput(ActivityIdInput, input);
  return changeOne(ctx, id, sql.completeActivity);
}

export function reopenActivity(ctx: ServiceContext, input: unknown): Promise<sql.Activity> {
  const { id } = parseInput(ActivityIdInput, input);
  return changeOne(ctx, id, sql.reopenActivity);
}

export function deleteActivity(ctx: ServiceContext, input: unknown): Promise<sql.Activity> {
  const { id } = parseInput(ActivityIdInput, input);
  return changeOne(ctx, id, sql.softDeleteActivity);
}

function changeOne(
  ctx: ServiceContext,
  id: string,
  change: (tx: Tx, id: string) => Promise<sql.Activity | undefined>,
): Promise<sql.Activity> {
  return ctx.tx.savepoint(async (tx) => {
    const row = await change(tx, id);
    if (!row) throw await missingOrForbidden(tx, id);
    return row;
  });
}

async function missingOrForbidden(tx: Tx, id: string): Promise<Error> {
  return (await sql.isActivityVisible(tx, id))
    ? new ForbiddenError('Your role in this workspace cannot change this activity')
    : new NotFoundError('Activity');
}

/** Loads live activities by id in one statement; ids the caller cannot see are absent. */
export function loadActivities(ctx: ServiceContext, ids: readonly string[]) {
  return sql.selectActivitiesByIds(ctx.tx, ids);
}

export interface ActivityPageArgs {
  workspaceId: string;
  filter?: unknown;
  orderBy?: unknown;
  after?: string | undefined;
  before?: string | undefined;
  limit: number;
  inverted: boolean;
}

/**
 * One page of a workspace's activities, filtered and ordered (default: newest first). Rows carry
 * their cursor's key; pass them to activityCursor with the same orderBy.
 */
export function listActivities(
  ctx: ServiceContext,
  args: ActivityPageArgs,
): Promise<sql.ListedActivity[]> {
  const { workspaceId, filter, orderBy } = parseInput(ListActivitiesInput, args, []);
  const sort = sql.activitySort(orderBy ?? DEFAULT_ACTIVITY_ORDER);
  return sql.selectActivityPage(ctx.tx, {
    workspaceId,
    filter: filter ?? {},
    sort,
    page: {
      after: args.after ? decodeSortedCursor(sort, args.after, 'after') : undefined,
      before: args.before ? decodeSortedCursor(sort, args.before, 'before') : undefined,
      inverted: args.inverted,
    },
    limit: args.limit,
  });
}

export function activityCursor(orderBy: unknown, row: sql.ListedActivity): string {
  const sort = sql.activitySort(orderBy ? ActivityOrder.parse(orderBy) : DEFAULT_ACTIVITY_ORDER);
  return encodeSortedCursor(sort, row.sortKey, row.id);
}
