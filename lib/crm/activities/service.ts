// Activities: tasks, calls, meetings, emails and notes, optionally assigned and linked to a
// record. People create them through the API; automations through createSystemActivity. Create,
// update, delete and lists are the record kind's (kind.ts); completion is the activity's own.
import { SYSTEM_USER_ID, type Tx } from '../../db/port.ts';
import type { ServiceContext } from '../../db/service-context.ts';
import { parseInput } from '../../errors/app-errors.ts';
import { defineOperation } from '../../services/operation.ts';
import { NoRowMatched } from '../../services/run-operation.ts';
import * as records from '../records/record-service.ts';
import {
  ActivityIdInput,
  CreateActivityInput,
  CreateSystemActivityInput,
  UpdateActivityInput,
} from './inputs.ts';
import { type Activity, activityKind } from './kind.ts';
import * as sql from './sql.ts';

export type { Activity } from './kind.ts';

/** Creates an activity; a task with no assignee given is the caller's. */
export const createActivity = defineOperation(
  CreateActivityInput,
  (ctx, { workspaceId, ...values }) => {
    const assigneeId =
      values.assigneeId !== undefined
        ? values.assigneeId
        : values.kind === 'task'
          ? ctx.userId
          : null;
    return records.createRecord(ctx, activityKind, workspaceId, {
      ...values,
      assigneeId,
      metadata: values.metadata ?? {},
      isSystemActivity: false,
    });
  },
);

/**
 * Creates an activity on behalf of an automation, in the caller's transaction (normally a
 * service context, so created_by is the system user): marked as a system activity, its metadata
 * naming the automation, e.g. { automation: 'review-new-deal', runId }. The API cannot set
 * isSystemActivity; only this can.
 */
export function createSystemActivity(tx: Tx, input: unknown): Promise<Activity> {
  const { workspaceId, ...values } = parseInput(CreateSystemActivityInput, input);
  return records.createRecord({ tx, userId: SYSTEM_USER_ID }, activityKind, workspaceId, {
    ...values,
    assigneeId: values.assigneeId ?? null,
    metadata: values.metadata ?? {},
    isSystemActivity: true,
  });
}

export const updateActivity = defineOperation(UpdateActivityInput, (ctx, { id, ...patch }) =>
  records.updateRecord(ctx, activityKind, id, patch),
);

/** Marks an activity done now; completing a done activity changes nothing. */
export const completeActivity = defineOperation(ActivityIdInput, ({ tx }, { id }) =>
  changeOne(sql.completeActivity(tx, id), id),
);

export const reopenActivity = defineOperation(ActivityIdInput, ({ tx }, { id }) =>
  changeOne(sql.reopenActivity(tx, id), id),
);

export const deleteActivity = defineOperation(ActivityIdInput, (ctx, { id }) =>
  records.deleteRecord(ctx, activityKind, id),
);

async function changeOne(change: Promise<Activity | undefined>, id: string): Promise<Activity> {
  const row = await change;
  if (!row) throw new NoRowMatched(id);
  return row;
}

/** Loads live activities by id in one statement; ids the caller cannot see are absent. */
export function loadActivities(ctx: ServiceContext, ids: readonly string[]): Promise<Activity[]> {
  return records.loadRecords(ctx, activityKind, ids);
}
