// Inserting and updating a CRM row from a map of writable columns: shared by every record kind. Table and column names come from the callers' constants, never from
// input; values are encoded the one way both database drivers accept (see db/port.ts).
import { json, pgArray, type Row, type SqlParam, type Tx } from '../../db/port.ts';

export interface ColumnSpec {
  column: string;
  cast: string;
}

export type ColumnMap = Record<string, ColumnSpec>;

/** Writable columns from each field's cast: the column is the field's name in snake_case. */
export function writableColumns<F extends string>(casts: Record<F, string>): Record<F, ColumnSpec> {
  return Object.fromEntries(
    Object.entries<string>(casts).map(([field, cast]) => [
      field,
      { column: field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`), cast },
    ]),
  ) as Record<F, ColumnSpec>;
}

export interface RowTarget {
  /** Schema-qualified table, with an alias the returning list may use: 'crm.deals d'. */
  table: string;
  /** What insert and update return. */
  returning: string;
}

function encode(spec: ColumnSpec, value: unknown): SqlParam {
  if (value === null) return null;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return pgArray(value as string[]);
  if (spec.cast === 'jsonb' || typeof value === 'object') return json(value);
  return value as SqlParam;
}

/** The given (not undefined) values of known fields, encoded, in the map's terms. */
function columnsOf(columns: ColumnMap, values: Record<string, unknown>) {
  return Object.entries(values)
    .filter(([field, value]) => value !== undefined && field in columns)
    .map(([field, value]) => ({ ...columns[field]!, value: encode(columns[field]!, value) }));
}

export async function insertRow<R extends Row>(
  tx: Tx,
  target: RowTarget,
  columns: ColumnMap,
  workspaceId: string,
  values: Record<string, unknown>,
): Promise<R> {
  const given = columnsOf(columns, values);
  const names = ['workspace_id', ...given.map((c) => c.column)];
  const placeholders = ['$1::uuid', ...given.map((c, i) => `$${i + 2}::${c.cast}`)];
  const [row] = await tx.query<R>(
    `insert into ${asInsertTarget(target.table)} (${names.join(', ')}) values (${placeholders.join(', ')})
     returning ${target.returning}`,
    [workspaceId, ...given.map((c) => c.value)],
  );
  return row!;
}

/** Updates a live row; undefined when RLS hides it, it is deleted, or the caller may not edit. */
export async function updateLiveRow<R extends Row>(
  tx: Tx,
  target: RowTarget,
  columns: ColumnMap,
  id: string,
  patch: Record<string, unknown>,
): Promise<R | undefined> {
  const given = columnsOf(columns, patch);
  const sets = given.map((c, i) => `${c.column} = $${i + 2}::${c.cast}`);
  // With nothing to change, still touch the row so the caller learns whether it may.
  sets.push('updated_at = now()');
  const alias = aliasOf(target.table);
  const [row] = await tx.query<R>(
    `update ${target.table} set ${sets.join(', ')} where ${alias}id = $1 and ${alias}deleted_at is null
     returning ${target.returning}`,
    [id, ...given.map((c) => c.value)],
  );
  return row;
}

/** 'crm.deals d' → 'crm.deals as d' (insert needs the `as`). */
function asInsertTarget(table: string): string {
  const [name, alias] = table.split(' ');
  return alias ? `${name} as ${alias}` : name!;
}

function aliasOf(table: string): string {
  const alias = table.split(' ')[1];
  return alias ? `${alias}.` : '';
}
