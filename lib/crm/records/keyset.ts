// Keyset pagination for lists that can be sorted several ways (deals by amount, close date, …).
// A cursor carries the sort it came from, the row's sort key as Postgres printed it, and the
// row's id, so every page of every sort is one `(key, id) > ($key, $id)` comparison in SQL.
import { z } from 'zod';
import type { SqlParam } from '../../db/port.ts';
import { ValidationError } from '../../errors/app-errors.ts';

export interface SortSpec {
  /** Names the sort in cursors, e.g. 'AMOUNT:DESC'; a cursor from another sort is refused. */
  name: string;
  /**
   * The sort key as SQL, never null: nullable columns are coalesced with a sentinel that puts
   * rows without a value last in either direction.
   */
  expression: string;
  /** The expression's type, to read a cursor's key back: 'text', 'numeric', 'date', … */
  cast: string;
  /** How the key is printed into cursors; defaults to `(expression)::text`. */
  keyText?: string;
  direction: 'asc' | 'desc';
  /** Qualifies the tiebreaker id column, e.g. 'd.id'. */
  idColumn: string;
}

const CursorShape = z.tuple([z.string(), z.string(), z.uuid()]);

export function encodeSortedCursor(sort: SortSpec, key: string, id: string): string {
  return Buffer.from(JSON.stringify([sort.name, key, id])).toString('base64url');
}

export interface SortedCursor {
  key: string;
  id: string;
}

export function decodeSortedCursor(
  sort: SortSpec,
  cursor: string,
  argument: 'after' | 'before',
): SortedCursor {
  let parsed: z.infer<typeof CursorShape> | undefined;
  try {
    parsed = CursorShape.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
  } catch {
    parsed = undefined;
  }
  if (!parsed || parsed[0] !== sort.name) {
    throw ValidationError.forField([argument], 'is not a cursor from this list in this order');
  }
  return { key: parsed[1], id: parsed[2] };
}

/** The select-list item that prints the sort key, aliased "sortKey". */
export function sortKeyColumn(sort: SortSpec): string {
  return `${sort.keyText ?? `(${sort.expression})::text`} as "sortKey"`;
}

export interface KeysetPage {
  after?: SortedCursor | undefined;
  before?: SortedCursor | undefined;
  /** Walk the list backwards (for `last`/`before`). */
  inverted: boolean;
}

/**
 * The where-conditions for a page's cursors (pushing their parameters) and its order by clause.
 * Rows come in the sort's order, or reversed when the page is inverted.
 */
export function keysetClauses(
  sort: SortSpec,
  page: KeysetPage,
  params: SqlParam[],
): { conditions: string[]; orderBy: string } {
  const conditions: string[] = [];
  const ascending = sort.direction === 'asc';
  for (const [cursor, forward] of [
    [page.after, true],
    [page.before, false],
  ] as const) {
    if (!cursor) continue;
    params.push(cursor.key, cursor.id);
    const op = forward === ascending ? '>' : '<';
    // Through text: postgres.js would serialize a timestamptz parameter via a JS Date, losing
    // microseconds, and cannot serialize 'infinity' dates at all.
    conditions.push(
      `(${sort.expression}, ${sort.idColumn}) ${op} ($${params.length - 1}::text::${sort.cast}, $${params.length}::uuid)`,
    );
  }
  const direction = ascending !== page.inverted ? 'asc' : 'desc';
  return {
    conditions,
    orderBy: `order by ${sort.expression} ${direction}, ${sort.idColumn} ${direction}`,
  };
}
