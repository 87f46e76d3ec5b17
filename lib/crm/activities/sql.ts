// SQL for activities. Rows come back in camelCase.
import { json, pgArray, type SqlParam, type Tx } from '../../db/port.ts';
import { type KeysetPage, keysetClauses, type SortSpec, sortKeyColumn } from '../records/keyset.ts';
import type { CrmEntityType } from '../records/linked-records.ts';
import type { ActivityFilter, ActivityKind, ActivityOrder } from './inputs.ts';

export type Activity = {
  id: string;
  workspaceId: string;
  kind: ActivityKind;
  title: string;
  body: string | null;
  dueAt: Date | null;
  doneAt: Date | null;
  assigneeId: string | null;
  entityType: CrmEntityType | null;
  entityId: string | null;
  isSystemActivity: boolean;
  metadata: Record<string, unknown>;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
  deletedAt: Date | null;
};

/** An activity of a list page, with the key its cursor is made of. */
export type ListedActivity = Activity & { sortKey: string };

/** The select list, aliased camelCase; the timeline reuses it for its activity items. */
export const ACTIVITY_COLUMNS = `a.id, a.workspace_id as "workspaceId", a.kind, a.title, a.body,
  a.due_at as "dueAt", a.done_at as "doneAt", a.assignee_id as "assigneeId",
  a.entity_type as "entityType", a.entity_id as "entityId",
  a.is_system_activity as "isSystemActivity", a.metadata, a.created_at as "createdAt",
  a.created_by as "createdBy", a.updated_at as "updatedAt", a.updated_by as "updatedBy",
  a.deleted_at as "deletedAt"`;

export interface NewActivity {
  workspaceId: string;
  kind: ActivityKind;
  title: string;
  body: string | null;
  dueAt: Date | null;
  assigneeId: string | null;
  entityType: CrmEntityType | null;
  entityId: string | null;
  isSystemActivity: boolean;
  metadata: Record<string, unknown>;
}

export async function insertActivity(tx: Tx, a: NewActivity): Promise<Activity> {
  const [row] = await tx.query<Activity>(
    `insert into crm.activities as a (workspace_id, kind, title, body, due_at, assignee_id,
       entity_type, entity_id, is_system_activity, metadata)
     values ($1, $2, $3, $4, $5::timestamptz, $6::uuid, $7, $8::uuid, $9, $10::jsonb)
     returning ${ACTIVITY_COLUMNS}`,
    [
      a.workspaceId,
      a.kind,
      a.title,
      a.body,
      a.dueAt?.toISOString() ?? null,
      a.assigneeId,
      a.entityType,
      a.entityId,
      a.isSystemActivity,
      json(a.metadata),
    ],
  );
  return row!;
}

/** Updatable fields and their columns; names in SQL come from here, never from input. */
const UPDATABLE: Record<string, { column: string; cast: string }> = {
  kind: { column: 'kind', cast: 'text' },
  title: { column: 'title', cast: 'text' },
  body: { column: 'body', cast: 'text' },
  dueAt: { column: 'due_at', cast: 'timestamptz' },
  assigneeId: { column: 'assignee_id', cast: 'uuid' },
  entityType: { column: 'entity_type', cast: 'text' },
  entityId: { column: 'entity_id', cast: 'uuid' },
  metadata: { column: 'metadata', cast: 'jsonb' },
};

function encode(value: unknown): SqlParam {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') return json(value);
  return value as SqlParam;
}

/** Updates a live activity; undefined when RLS hides it, it is deleted, or the caller may not edit. */
export async function updateActivity(
  tx: Tx,
  id: string,
  patch: Record<string, unknown>,
): Promise<Activity | undefined> {
  const columns = Object.entries(patch)
    .filter(([field, value]) => value !== undefined && field in UPDATABLE)
    .map(([field, value]) => ({ ...UPDATABLE[field]!, value: encode(value) }));
  const sets = columns.map((c, i) => `${c.column} = $${i + 2}::${c.cast}`);
  // With nothing to change, still touch the row so the caller learns whether it may.
  sets.push('updated_at = now()');
  const [row] = await tx.query<Activity>(
    `update crm.activities a set ${sets.join(', ')} where a.id = $1 and a.deleted_at is null
     returning ${ACTIVITY_COLUMNS}`,
    [id, ...columns.map((c) => c.value)],
  );
  return row;
}

/** Marks a live activity done; one already done keeps its first completion time. */
export async function completeActivity(tx: Tx, id: string): Promise<Activity | undefined> {
  const [row] = await tx.query<Activity>(
    `update crm.activities a set done_at = coalesce(a.done_at, now())
      where a.id = $1 and a.deleted_at is null
      returning ${ACTIVITY_COLUMNS}`,
    [id],
  );
  return row;
}

export async function reopenActivity(tx: Tx, id: string): Promise<Activity | undefined> {
  const [row] = await tx.query<Activity>(
    `update crm.activities a set done_at = null where a.id = $1 and a.deleted_at is null
      returning ${ACTIVITY_COLUMNS}`,
    [id],
  );
  return row;
}

export async function softDeleteActivity(tx: Tx, id: string): Promise<Activity | undefined> {
  const [row] = await tx.query<Activity>(
    `update crm.activities a set deleted_at = now() where a.id = $1 and a.deleted_at is null
      returning ${ACTIVITY_COLUMNS}`,
    [id],
  );
  return row;
}

export async function isActivityVisible(tx: Tx, id: string): Promise<boolean> {
  const rows = await tx.query('select 1 from crm.activities where id = $1 and deleted_at is null', [
    id,
  ]);
  return rows.length > 0;
}

export function selectActivitiesByIds(tx: Tx, ids: readonly string[]): Promise<Activity[]> {
  return tx.query<Activity>(
    `select ${ACTIVITY_COLUMNS} from crm.activities a
      where a.id = any($1::uuid[]) and a.deleted_at is null`,
    [pgArray(ids)],
  );
}

/**
 * The sort of an activity list. Activities without a due date come last in either direction
 * (a sentinel beyond every real date), so "my open tasks by due date" starts with the overdue.
 */
export function activitySort(order: ActivityOrder): SortSpec {
  const direction = order.direction === 'ASC' ? 'asc' : 'desc';
  const expression =
    order.field === 'CREATED_AT'
      ? 'a.created_at'
      : `coalesce(a.due_at, '${direction === 'asc' ? 'infinity' : '-infinity'}'::timestamptz)`;
  return {
    name: `${order.field}:${order.direction}`,
    expression,
    cast: 'timestamptz',
    direction,
    idColumn: 'a.id',
  };
}

/** One page of a workspace's live activities, in one statement. */
export function selectActivityPage(
  tx: Tx,
  q: {
    workspaceId: string;
    filter: ActivityFilter;
    sort: SortSpec;
    page: KeysetPage;
    limit: number;
  },
): Promise<ListedActivity[]> {
  const params: SqlParam[] = [q.workspaceId];
  const where = ['a.workspace_id = $1', 'a.deleted_at is null'];
  const equal = (column: string, value: string | null | undefined, cast = 'text') => {
    if (value == null) return;
    params.push(value);
    where.push(`${column} = $${params.length}::${cast}`);
  };
  const { filter } = q;
  equal('a.assignee_id', filter.assigneeId, 'uuid');
  equal('a.entity_type', filter.entityType);
  equal('a.entity_id', filter.entityId, 'uuid');
  equal('a.kind', filter.kind);
  if (filter.done != null) where.push(`a.done_at is ${filter.done ? 'not ' : ''}null`);
  if (filter.overdue != null) {
    const overdue = 'a.done_at is null and a.due_at < now()';
    where.push(filter.overdue ? overdue : `not coalesce(${overdue}, false)`);
  }
  const { conditions, orderBy } = keysetClauses(q.sort, q.page, params);
  where.push(...conditions);
  params.push(q.limit);
  return tx.query<ListedActivity>(
    `select ${ACTIVITY_COLUMNS}, ${sortKeyColumn(q.sort)} from crm.activities a
      where ${where.join(' and ')} ${orderBy} limit $${params.length}`,
    params,
  );
}
