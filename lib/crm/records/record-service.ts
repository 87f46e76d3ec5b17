// Create, update, soft delete, load and list for every record kind, with the checks every record
// needs: named users belong to the workspace, broken references name their input field, custom
// field values fit their definitions. Operations run inside runOperation's savepoint (GraphQL's
// defineMutations); a write that matched no row throws NoRowMatched and the kind's
// refusal (refusal.ts) says why.
import { emitEvents } from '../../automation/outbox.ts';
import type { SqlParam } from '../../db/port.ts';
import type { PageWindow } from '../../graphql/connections.ts';
import type { ServiceContext } from '../../db/service-context.ts';
import { type FieldError, ValidationError } from '../../errors/app-errors.ts';
import { postgresError, SqlState } from '../../errors/postgres-errors.ts';
import { NoRowMatched } from '../../services/run-operation.ts';
import { isMember } from '../../workspaces/service.ts';
import type { CustomFieldFilter } from '../custom-fields/filters.ts';
import { validateCustomFields } from '../custom-fields/service.ts';
import { decodeSortedCursor, encodeSortedCursor, type SortSpec } from './keyset.ts';
import { notMemberMessage, type RecordKind, type RecordRow } from './kind.ts';
import * as sql from './record-sql.ts';

/** Runs a write, turning a broken foreign key into the error of the kind's reference. */
export async function translateReferences<T>(kind: RecordKind, write: Promise<T>): Promise<T> {
  try {
    return await write;
  } catch (error) {
    const pg = postgresError(error);
    if (pg?.code !== SqlState.ForeignKeyViolation) throw error;
    const match = kind.references.find((r) => pg.constraint?.includes(r.fragment));
    throw match ? ValidationError.forField(['input', match.field], match.message) : error;
  }
}

/** The shared checks of a written row, then the kind's own; all field errors at once. */
async function checkWritten<Row extends RecordRow>(
  ctx: ServiceContext,
  kind: RecordKind<Row>,
  row: Row,
  values: Record<string, unknown>,
  mode: 'create' | 'update',
): Promise<void> {
  const problems: FieldError[] = [];
  for (const field of kind.memberFields) {
    const userId = values[field];
    if (typeof userId === 'string' && !(await isMember(ctx, row.workspaceId, userId))) {
      problems.push({ path: ['input', field], message: notMemberMessage });
    }
  }
  problems.push(...((await kind.hooks?.problems?.(ctx, row, values, mode)) ?? []));
  if (problems.length > 0) throw new ValidationError(problems);
  if (kind.customFields && kind.entityType) {
    await validateCustomFields(ctx, {
      workspaceId: row.workspaceId,
      entityType: kind.entityType,
      values: values.customFields as Record<string, unknown> | undefined,
      mode,
    });
  }
}

/**
 * Creates a record owned by the caller unless told otherwise. The insert comes first: RLS
 * decides whether the workspace is the caller's to write to, and only then is it meaningful to
 * check what the record refers to.
 */
export async function createRecord<Row extends RecordRow>(
  ctx: ServiceContext,
  kind: RecordKind<Row>,
  workspaceId: string,
  values: Record<string, unknown>,
): Promise<Row> {
  const owned = 'ownerId' in kind.writable && values.ownerId === undefined;
  const inserted = await translateReferences(
    kind as RecordKind,
    sql.insertRecord(
      ctx.tx,
      kind,
      workspaceId,
      owned ? { ...values, ownerId: ctx.userId } : values,
    ),
  );
  await checkWritten(ctx, kind, inserted, values, 'create');
  if (kind.createdEvent) {
    await emitEvents(ctx.tx, { workspaceId, userId: ctx.userId }, [
      kind.createdEvent(inserted, ctx.userId),
    ]);
  }
  const row = (await kind.hooks?.created?.(ctx, inserted, values)) ?? inserted;
  return row;
}

/** Changes what the patch names (undefined leaves a field, null clears it). */
export async function updateRecord<Row extends RecordRow>(
  ctx: ServiceContext,
  kind: RecordKind<Row>,
  id: string,
  patch: Record<string, unknown>,
): Promise<Row> {
  const updated = await translateReferences(
    kind as RecordKind,
    sql.updateRecord(ctx.tx, kind, id, patch),
  );
  if (!updated) throw new NoRowMatched(id);
  await checkWritten(ctx, kind, updated, patch, 'update');
  return (await kind.hooks?.updated?.(ctx, updated, patch)) ?? updated;
}

/** Soft-deletes a record: gone from lists and lookups, kept with its history. */
export async function deleteRecord<Row extends RecordRow>(
  ctx: ServiceContext,
  kind: RecordKind<Row>,
  id: string,
): Promise<Row> {
  const row = await sql.softDeleteRecord(ctx.tx, kind, id);
  if (!row) throw new NoRowMatched(id);
  return row;
}

/** Live records by id in one statement; ids the caller cannot see are simply absent. */
export function loadRecords<Row extends RecordRow>(
  ctx: ServiceContext,
  kind: RecordKind<Row>,
  ids: readonly string[],
): Promise<Row[]> {
  return sql.selectRecordsByIds(ctx.tx, kind, ids);
}

export interface RecordListArgs {
  workspaceId: string;
  search?: string | null | undefined;
  filter?: Record<string, SqlParam | undefined> | null | undefined;
  customFields?: readonly CustomFieldFilter[] | null | undefined;
  order?: { field: string; direction: 'ASC' | 'DESC' } | null | undefined;
}

export type { PageWindow } from '../../graphql/connections.ts';

/** The sort of a list order; the listing's default when none is given. */
export function recordSort(kind: RecordKind, order: RecordListArgs['order']): SortSpec {
  const { orders, defaultOrder } = kind.listing!;
  const chosen = order ?? defaultOrder ?? { field: Object.keys(orders)[0]!, direction: 'ASC' };
  return orders[chosen.field]!(chosen.direction);
}

/** One page of a list in its order, in one statement; rows carry their cursor's key. */
export function listRecords<Row extends RecordRow>(
  ctx: ServiceContext,
  kind: RecordKind<Row>,
  args: RecordListArgs,
  page: PageWindow,
): Promise<(Row & { sortKey: string })[]> {
  const sort = recordSort(kind as RecordKind, args.order);
  return sql.selectRecordPage(ctx.tx, kind, {
    ...args,
    sort,
    limit: page.limit,
    inverted: page.inverted,
    after: page.after ? decodeSortedCursor(sort, page.after, 'after') : undefined,
    before: page.before ? decodeSortedCursor(sort, page.before, 'before') : undefined,
  });
}

export function countRecords(
  ctx: ServiceContext,
  kind: RecordKind,
  args: RecordListArgs,
): Promise<number> {
  return sql.countRecords(ctx.tx, kind, args);
}

export function recordCursor(sort: SortSpec, row: { sortKey: string; id: string }): string {
  return encodeSortedCursor(sort, row.sortKey, row.id);
}
