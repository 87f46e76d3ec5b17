// Filters on custom field values, for any list over a table with a `custom_fields` jsonb column
// (organizations, people, deals, leads). `customFieldConditions` turns filters into SQL
// conditions whose parameters it appends to the caller's list; keys and values never reach the
// SQL text.
import { z } from 'zod';
import type { SqlParam } from '../../db/port.ts';
import { json } from '../../db/port.ts';
import { type FieldError, ValidationError } from '../../errors/app-errors.ts';
import { CUSTOM_FIELD_KEY } from './inputs.ts';
import { isIsoDate } from './rules.ts';

export const CUSTOM_FIELD_FILTER_OPS = [
  'EQ',
  'NEQ',
  'CONTAINS',
  'GT',
  'GTE',
  'LT',
  'LTE',
  'IN',
  'IS_SET',
] as const;
export type CustomFieldFilterOp = (typeof CUSTOM_FIELD_FILTER_OPS)[number];

export interface CustomFieldFilter {
  key: string;
  op: CustomFieldFilterOp;
  /** Any JSON; what fits depends on op (see filterProblem). */
  value?: unknown;
}

export const MAX_CUSTOM_FIELD_FILTERS = 20;
const MAX_IN_VALUES = 100;
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T[0-9:.]+(Z|[+-]\d{2}:?\d{2})?$/;

/** Why a filter cannot run, with the part at fault, or undefined when it can. */
export function filterProblem(
  filter: CustomFieldFilter,
): { field: 'key' | 'value'; message: string } | undefined {
  if (typeof filter.key !== 'string' || !CUSTOM_FIELD_KEY.test(filter.key)) {
    return { field: 'key', message: 'is not a custom field key' };
  }
  const { op, value } = filter;
  switch (op) {
    case 'EQ':
    case 'NEQ':
      return value === undefined ? { field: 'value', message: 'is required' } : undefined;
    case 'CONTAINS':
      return typeof value === 'string' && value.length > 0
        ? undefined
        : { field: 'value', message: 'must be non-empty text' };
    case 'GT':
    case 'GTE':
    case 'LT':
    case 'LTE':
      return (typeof value === 'number' && Number.isFinite(value)) ||
        isIsoDate(value) ||
        (typeof value === 'string' && ISO_TIMESTAMP.test(value))
        ? undefined
        : { field: 'value', message: 'must be a number or a date written YYYY-MM-DD' };
    case 'IN':
      return Array.isArray(value) && value.length > 0 && value.length <= MAX_IN_VALUES
        ? undefined
        : { field: 'value', message: `must be a list of 1 to ${MAX_IN_VALUES} values` };
    case 'IS_SET':
      return value === undefined || value === null || typeof value === 'boolean'
        ? undefined
        : { field: 'value', message: 'must be true, false or left out' };
    default:
      return { field: 'value', message: `${String(op)} is not a filter operation` };
  }
}

/** The zod schema of a filter list (an argument of list queries), with the same rules. */
export const CustomFieldFilters = z
  .array(
    z.object({
      key: z.string(),
      op: z.enum(CUSTOM_FIELD_FILTER_OPS),
      value: z.json().optional(),
    }),
  )
  .max(MAX_CUSTOM_FIELD_FILTERS)
  .superRefine((filters, ctx) => {
    filters.forEach((filter, i) => {
      const problem = filterProblem(filter);
      if (problem) ctx.addIssue({ code: 'custom', path: [i, problem.field], ...problem });
    });
  });

const RANGE_OPERATORS = { GT: '>', GTE: '>=', LT: '<', LTE: '<=' } as const;
const COLUMN = /^([a-z_][a-z0-9_]*\.)?[a-z_][a-z0-9_]*$/;

/**
 * SQL conditions (to be joined with `and`) for filters on a jsonb column, each a boolean
 * expression, its parameters appended to `params` and referenced as `$n`.
 *
 * - EQ / NEQ: JSON equality (numbers numerically: 5 = 5.0); NEQ also matches records without
 *   the field.
 * - CONTAINS: text containing the value (case-insensitive), or a list (multi-select) holding it.
 * - GT / GTE / LT / LTE: numbers compared numerically; dates (YYYY-MM-DD, or ISO timestamps)
 *   compared as ISO text, which orders them correctly. Values of another JSON type never match.
 * - IN: the value, or one of its elements for a list, is one of the given values.
 * - IS_SET: the field holds a value (not missing, null, "" or []); value false inverts it.
 *
 * Throws ValidationError (paths ['customFields', i, 'key' | 'value']) for a filter that cannot run.
 */
export function customFieldConditions(
  filters: readonly CustomFieldFilter[] | null | undefined,
  params: SqlParam[],
  column = 'custom_fields',
): string[] {
  if (!COLUMN.test(column)) throw new Error(`Not a column: ${column}`);
  if (!filters?.length) return [];
  const problems: FieldError[] = [];
  filters.forEach((filter, i) => {
    const problem = filterProblem(filter);
    if (problem)
      problems.push({ path: ['customFields', String(i), problem.field], message: problem.message });
  });
  if (filters.length > MAX_CUSTOM_FIELD_FILTERS) {
    problems.push({
      path: ['customFields'],
      message: `at most ${MAX_CUSTOM_FIELD_FILTERS} filters`,
    });
  }
  if (problems.length > 0) throw new ValidationError(problems);

  const param = (value: SqlParam) => {
    params.push(value);
    return `$${params.length}`;
  };
  return filters.map(({ key, op, value }) => {
    const field = `(${column} -> ${param(key)}::text)`;
    switch (op) {
      case 'EQ':
        return `${field} = ${param(json(value))}::jsonb`;
      case 'NEQ':
        return `${field} is distinct from ${param(json(value))}::jsonb`;
      case 'CONTAINS': {
        const text = value as string;
        const pattern = param(`%${text.replace(/[\\%_]/g, '\\$&')}%`);
        const element = param(json([text]));
        return `(case jsonb_typeof(${field})
                  when 'string' then (${field} #>> '{}') ilike ${pattern}
                  when 'array' then ${field} @> ${element}::jsonb
                  else false end)`;
      }
      case 'GT':
      case 'GTE':
      case 'LT':
      case 'LTE': {
        const operator = RANGE_OPERATORS[op];
        if (typeof value === 'number') {
          return `(case when jsonb_typeof(${field}) = 'number'
                   then (${field} #>> '{}')::numeric end) ${operator} ${param(value)}::numeric`;
        }
        return `(case when jsonb_typeof(${field}) = 'string'
                 then (${field} #>> '{}') end) collate "C" ${operator} ${param(value as string)}::text`;
      }
      case 'IN':
        return `exists (
          select 1 from jsonb_array_elements(case jsonb_typeof(${field})
                          when 'array' then ${field} else jsonb_build_array(${field}) end) as v (value)
           where v.value in (select jsonb_array_elements(${param(json(value))}::jsonb)))`;
      case 'IS_SET': {
        const isSet = `coalesce(${field} not in ('null'::jsonb, '""'::jsonb, '[]'::jsonb), false)`;
        return value === false ? `not ${isSet}` : isSet;
      }
    }
  });
}
