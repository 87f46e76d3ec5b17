// Activities as a record kind: tasks, calls, meetings, emails and notes, optionally assigned and
// linked to a record of the workspace; listed newest first or by due date, overdue first.
import type { SortSpec } from '../records/keyset.ts';
import { writableColumns } from '../records/row-writes.ts';
import { type RecordKind, userReferences } from '../records/kind.ts';
import { findLinkedRecord, withArticle } from '../records/linked-records.ts';
import type { FieldError } from '../../errors/app-errors.ts';
import { ACTIVITY_COLUMNS, type Activity } from './sql.ts';

export type { Activity } from './sql.ts';

/** Activities without a due date come last in either direction. */
const dueAtOrder = (direction: 'ASC' | 'DESC'): SortSpec => ({
  name: `DUE_AT:${direction}`,
  expression: `coalesce(a.due_at, '${direction === 'ASC' ? 'infinity' : '-infinity'}'::timestamptz)`,
  cast: 'timestamptz',
  direction: direction === 'ASC' ? 'asc' : 'desc',
  idColumn: 'a.id',
});

const createdAtOrder = (direction: 'ASC' | 'DESC'): SortSpec => ({
  name: `CREATED_AT:${direction}`,
  expression: 'a.created_at',
  cast: 'timestamptz',
  direction: direction === 'ASC' ? 'asc' : 'desc',
  idColumn: 'a.id',
});

const OVERDUE = 'coalesce(a.done_at is null and a.due_at < now(), false)';

export const activityKind: RecordKind<Activity> = {
  entity: 'Activity',
  table: 'crm.activities',
  alias: 'a',
  select: ACTIVITY_COLUMNS,
  writable: writableColumns({
    kind: 'text',
    title: 'text',
    body: 'text',
    dueAt: 'timestamptz',
    assigneeId: 'uuid',
    entityType: 'text',
    entityId: 'uuid',
    isSystemActivity: 'boolean',
    metadata: 'jsonb',
  }),

  references: userReferences(['assignee']),
  memberFields: ['assigneeId'],
  customFields: false,
  forbidden: 'Your role in this workspace cannot change this activity',
  createdEvent: (activity, actorId) => ({
    name: 'crm/activity.created',
    data: { workspaceId: activity.workspaceId, actorId, activityId: activity.id },
  }),
  listing: {
    filters: {
      assigneeId: (p) => `a.assignee_id = ${p}::uuid`,
      entityType: (p) => `a.entity_type = ${p}::text`,
      entityId: (p) => `a.entity_id = ${p}::uuid`,
      kind: (p) => `a.kind = ${p}::text`,
      done: (p) => `(a.done_at is not null) = ${p}::boolean`,
      overdue: (p) => `${OVERDUE} = ${p}::boolean`,
    },
    orders: { CREATED_AT: createdAtOrder, DUE_AT: dueAtOrder },
    defaultOrder: { field: 'CREATED_AT', direction: 'DESC' },
  },
  hooks: {
    problems: async (ctx, activity, values, mode) => {
      const problems: FieldError[] = [];
      const { entityType, entityId } = values as { entityType?: string; entityId?: string };
      if (
        entityType &&
        entityId &&
        !(await findLinkedRecord(ctx.tx, entityType as never, entityId, activity.workspaceId))
      ) {
        problems.push({
          path: ['input', 'entityId'],
          message: `is not ${withArticle(entityType as never)} of this workspace`,
        });
      }
      // Metadata of a system activity records which automation made it: it is not for editing.
      if (mode === 'update' && values.metadata !== undefined && activity.isSystemActivity) {
        problems.push({
          path: ['input', 'metadata'],
          message: 'of a system activity cannot change',
        });
      }
      return problems;
    },
  },
};
