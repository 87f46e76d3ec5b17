// The statements every record kind shares: insert, update and soft delete of a live row, loads
// by id, the visibility check behind refusals, and list pages in any of the kind's orders.
// Table, alias and column names come from the kind's constants, never from input.
import { pgArray, type Row as SqlRow, type SqlParam, type Tx } from '../../db/port.ts';
import { type CustomFieldFilter, customFieldConditions } from '../custom-fields/filters.ts';
import { keysetClauses, type KeysetPage, type SortSpec, sortKeyColumn } from './keyset.ts';
import type { RecordKind, RecordRow } from './kind.ts';
import { insertRow, updateLiveRow } from './row-writes.ts';

function targetOf(kind: RecordKind) {
  return { table: `${kind.table} ${kind.alias}`, returning: kind.select };
}

export function insertRecord<Row extends RecordRow>(
  tx: Tx,
  kind: RecordKind<Row>,
  workspaceId: string,
  values: Record<string, unknown>,
): Promise<Row> {
  return insertRow<Row & SqlRow>(
    tx,
    targetOf(kind as RecordKind),
    kind.writable,
    workspaceId,
    values,
  );
}

/** Updates a live row; undefined when RLS hides it, it is deleted, or the caller may not edit. */
export function updateRecord<Row extends RecordRow>(
  tx: Tx,
  kind: RecordKind<Row>,
  id: string,
  patch: Record<string, unknown>,
): Promise<Row | undefined> {
  return updateLiveRow<Row & SqlRow>(tx, targetOf(kind as RecordKind), kind.writable, id, patch);
}

export async function softDeleteRecord<Row extends RecordRow>(
  tx: Tx,
  kind: RecordKind<Row>,
  id: string,
): Promise<Row | undefined> {
  const a = kind.alias;
  const [row] = await tx.query<Row & SqlRow>(
    `update ${kind.table} ${a} set deleted_at = now() where ${a}.id = $1 and ${a}.deleted_at is null
     returning ${kind.select}`,
    [id],
  );
  return row;
}

export async function isRecordVisible(tx: Tx, kind: RecordKind, id: string): Promise<boolean> {
  const rows = await tx.query(`select 1 from ${kind.table} where id = $1 and deleted_at is null`, [
    id,
  ]);
  return rows.length > 0;
}

export function selectRecordsByIds<Row extends RecordRow>(
  tx: Tx,
  kind: RecordKind<Row>,
  ids: readonly string[],
): Promise<Row[]> {
  const a = kind.alias;
  return tx.query<Row & SqlRow>(
    `select ${kind.select} from ${kind.table} ${a}
      where ${a}.id = any($1::uuid[]) and ${a}.deleted_at is null`,
    [pgArray(ids)],
  );
}

export interface RecordPageQuery extends KeysetPage {
  workspaceId: string;
  search?: string | null | undefined;
  /** Equality filters by the listing's filter names; null and undefined values are ignored. */
  filter?: Record<string, SqlParam | undefined> | null | undefined;
  customFields?: readonly CustomFieldFilter[] | null | undefined;
  sort: SortSpec;
  limit: number;
}

/** The where-conditions of a list without its cursors, pushing their parameters. */
function listConditions(
  kind: RecordKind,
  q: Omit<RecordPageQuery, 'sort' | 'limit' | 'inverted'>,
  params: SqlParam[],
): string[] {
  const a = kind.alias;
  const listing = kind.listing!;
  const param = (value: SqlParam) => {
    params.push(value);
    return `$${params.length}`;
  };
  const where = [`${a}.workspace_id = ${param(q.workspaceId)}::uuid`, `${a}.deleted_at is null`];
  if (q.search && listing.search) {
    where.push(listing.search(param(`%${q.search.replace(/[\\%_]/g, '\\$&')}%`)));
  }
  for (const [field, value] of Object.entries(q.filter ?? {})) {
    if (value == null) continue;
    const condition = listing.filters[field];
    if (!condition) throw new Error(`${kind.entity} lists have no filter ${field}`);
    where.push(condition(param(value)));
  }
  if (kind.customFields) {
    where.push(...customFieldConditions(q.customFields, params, `${a}.custom_fields`));
  }
  return where;
}

/** One page of live rows in the sort's order, each with its sort key, in one statement. */
export function selectRecordPage<Row extends RecordRow>(
  tx: Tx,
  kind: RecordKind<Row>,
  q: RecordPageQuery,
): Promise<(Row & { sortKey: string })[]> {
  const params: SqlParam[] = [];
  const where = listConditions(kind as RecordKind, q, params);
  const { conditions, orderBy } = keysetClauses(q.sort, q, params);
  params.push(q.limit);
  return tx.query<Row & SqlRow & { sortKey: string }>(
    `select ${kind.select}, ${sortKeyColumn(q.sort)} from ${kind.table} ${kind.alias}
      where ${[...where, ...conditions].join(' and ')} ${orderBy} limit $${params.length}`,
    params,
  );
}

/** How many live rows the list has across all its pages. */
export async function countRecords(
  tx: Tx,
  kind: RecordKind,
  q: Omit<RecordPageQuery, 'sort' | 'limit' | 'inverted'>,
): Promise<number> {
  const params: SqlParam[] = [];
  const where = listConditions(kind, q, params);
  const [row] = await tx.query<{ count: number }>(
    `select count(*)::int as count from ${kind.table} ${kind.alias} where ${where.join(' and ')}`,
    params,
  );
  return row?.count ?? 0;
}

/** The live record as the workflow engine's guards read it: the row's own columns, snake_case. */
export async function selectRecordFields(
  tx: Tx,
  kind: RecordKind,
  id: string,
): Promise<Record<string, unknown> | undefined> {
  const a = kind.alias;
  const [row] = await tx.query<{ fields: Record<string, unknown> }>(
    `select to_jsonb(${a}) as fields from ${kind.table} ${a}
      where ${a}.id = $1 and ${a}.deleted_at is null`,
    [id],
  );
  return row?.fields;
}
