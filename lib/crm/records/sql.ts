// SQL shared by the CRM record tables (organizations, people): they have the same shape, so one
// set of statements serves both. Table and column names come from the constants below, never
// from input.
import { pgArray, type SqlParam, type Tx } from '../../db/port.ts';
import { type ColumnSpec, insertRow, updateLiveRow } from './row-writes.ts';
import { type CustomFieldFilter, customFieldConditions } from '../custom-fields/filters.ts';
import type { Cursor } from './cursor.ts';

export interface RecordTable {
  /** Schema-qualified table name. */
  table: 'crm.organizations' | 'crm.people';
  /** Extra columns beyond the shared ones, by their camelCase field name. */
  extraColumns: Record<string, ColumnSpec>;
}

const SHARED_COLUMNS: Record<string, ColumnSpec> = {
  name: { column: 'name', cast: 'text' },
  emails: { column: 'emails', cast: 'text[]' },
  phones: { column: 'phones', cast: 'text[]' },
  links: { column: 'links', cast: 'text[]' },
  customFields: { column: 'custom_fields', cast: 'jsonb' },
  ownerId: { column: 'owner_id', cast: 'uuid' },
};

export type CrmRecordRow = {
  id: string;
  workspaceId: string;
  name: string;
  emails: string[];
  phones: string[];
  links: string[];
  customFields: Record<string, unknown>;
  ownerId: string | null;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
  deletedAt: Date | null;
  /** lower(name): the first half of the list cursor. */
  sortName: string;
};

function selectList(t: RecordTable): string {
  const extras = Object.entries(t.extraColumns).map(([field, c]) => `, ${c.column} as "${field}"`);
  return `id, workspace_id as "workspaceId", name, emails, phones, links,
    custom_fields as "customFields", owner_id as "ownerId", created_at as "createdAt",
    created_by as "createdBy", updated_at as "updatedAt", updated_by as "updatedBy",
    deleted_at as "deletedAt", lower(name) as "sortName"${extras.join('')}`;
}

export function insertRecord(
  tx: Tx,
  t: RecordTable,
  workspaceId: string,
  values: Record<string, unknown>,
): Promise<CrmRecordRow> {
  return insertRow(tx, targetOf(t), { ...SHARED_COLUMNS, ...t.extraColumns }, workspaceId, values);
}

/** Updates a live row; undefined when RLS hides it, it is deleted, or the caller may not edit. */
export function updateRecord(
  tx: Tx,
  t: RecordTable,
  id: string,
  patch: Record<string, unknown>,
): Promise<CrmRecordRow | undefined> {
  return updateLiveRow(tx, targetOf(t), { ...SHARED_COLUMNS, ...t.extraColumns }, id, patch);
}

function targetOf(t: RecordTable) {
  return { table: t.table, returning: selectList(t) };
}

export async function softDeleteRecord(
  tx: Tx,
  t: RecordTable,
  id: string,
): Promise<CrmRecordRow | undefined> {
  const [row] = await tx.query<CrmRecordRow>(
    `update ${t.table} set deleted_at = now() where id = $1 and deleted_at is null
     returning ${selectList(t)}`,
    [id],
  );
  return row;
}

export async function isRecordVisible(tx: Tx, t: RecordTable, id: string): Promise<boolean> {
  const rows = await tx.query(`select 1 from ${t.table} where id = $1 and deleted_at is null`, [
    id,
  ]);
  return rows.length > 0;
}

export function selectRecordsByIds(
  tx: Tx,
  t: RecordTable,
  ids: readonly string[],
): Promise<CrmRecordRow[]> {
  return tx.query<CrmRecordRow>(
    `select ${selectList(t)} from ${t.table} where id = any($1::uuid[]) and deleted_at is null`,
    [pgArray(ids)],
  );
}

export interface PageQuery {
  workspaceId: string;
  search?: string | null | undefined;
  /** Extra equality filters on extra columns, by field name. */
  filters?: Record<string, string>;
  /** Conditions on custom field values (see custom-fields/filters.ts). */
  customFields?: readonly CustomFieldFilter[] | null | undefined;
  after?: Cursor | undefined;
  before?: Cursor | undefined;
  limit: number;
  /** Walk the list backwards (for `last`/`before`). */
  inverted: boolean;
}

/** One page of live rows in (lower(name), id) order, in one statement. */
export function selectRecordPage(tx: Tx, t: RecordTable, q: PageQuery): Promise<CrmRecordRow[]> {
  const params: SqlParam[] = [q.workspaceId];
  const where = ['workspace_id = $1', 'deleted_at is null'];
  if (q.search) {
    params.push(`%${q.search.replace(/[\\%_]/g, '\\$&')}%`);
    const p = `$${params.length}`;
    where.push(`(name ilike ${p} or exists (select 1 from unnest(emails) e where e ilike ${p}))`);
  }
  for (const [field, value] of Object.entries(q.filters ?? {})) {
    const spec = t.extraColumns[field];
    if (!spec) throw new Error(`Unknown filter ${field} on ${t.table}`);
    params.push(value);
    where.push(`${spec.column} = $${params.length}::${spec.cast}`);
  }
  where.push(...customFieldConditions(q.customFields, params));
  for (const [cursor, op] of [
    [q.after, '>'],
    [q.before, '<'],
  ] as const) {
    if (!cursor) continue;
    params.push(cursor[0], cursor[1]);
    where.push(`(lower(name), id) ${op} ($${params.length - 1}, $${params.length}::uuid)`);
  }
  params.push(q.limit);
  const direction = q.inverted ? 'desc' : 'asc';
  return tx.query<CrmRecordRow>(
    `select ${selectList(t)} from ${t.table} where ${where.join(' and ')}
     order by lower(name) ${direction}, id ${direction} limit $${params.length}`,
    params,
  );
}
