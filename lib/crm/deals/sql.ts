// The deals' SQL: the row, its people, and pages in any of the list's orders. Column names come
// from the constants below, never from input.
import { pgArray, type SqlParam, type Tx } from '../../db/port.ts';
import { type ColumnMap, insertRow, updateLiveRow } from '../records/row-writes.ts';
import { type CustomFieldFilter, customFieldConditions } from '../custom-fields/filters.ts';
import { keysetClauses, type KeysetPage, type SortSpec, sortKeyColumn } from '../records/keyset.ts';
import type { DealFilter, DealOrder } from './inputs.ts';

export type DealRow = {
  id: string;
  workspaceId: string;
  name: string;
  /** numeric(14, 2) read as float8: exact for every value the column can hold. */
  amount: number | null;
  currency: string;
  /** YYYY-MM-DD. */
  expectedCloseDate: string | null;
  organizationId: string | null;
  ownerId: string | null;
  assigneeId: string | null;
  /** The current step's win probability, 0–1. */
  probability: number;
  customFields: Record<string, unknown>;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
  deletedAt: Date | null;
};

/** A row of a list page, with its sort key for the cursor. */
export type DealListRow = DealRow & { sortKey: string };

const DEAL_COLUMNS = `d.id, d.workspace_id as "workspaceId", d.name, d.amount::float8 as amount,
  d.currency, to_char(d.expected_close_date, 'YYYY-MM-DD') as "expectedCloseDate",
  d.organization_id as "organizationId", d.owner_id as "ownerId", d.assignee_id as "assigneeId",
  d.probability::float8 as probability, d.custom_fields as "customFields",
  d.created_at as "createdAt", d.created_by as "createdBy", d.updated_at as "updatedAt",
  d.updated_by as "updatedBy", d.deleted_at as "deletedAt"`;

/** Writable columns by field name. */
const COLUMNS = {
  name: { column: 'name', cast: 'text' },
  amount: { column: 'amount', cast: 'numeric' },
  currency: { column: 'currency', cast: 'text' },
  // Through text: postgres.js would turn a date parameter into a JS Date first.
  expectedCloseDate: { column: 'expected_close_date', cast: 'text::date' },
  organizationId: { column: 'organization_id', cast: 'uuid' },
  ownerId: { column: 'owner_id', cast: 'uuid' },
  assigneeId: { column: 'assignee_id', cast: 'uuid' },
  customFields: { column: 'custom_fields', cast: 'jsonb' },
} as const satisfies ColumnMap;
export type DealValues = Partial<Record<keyof typeof COLUMNS, unknown>>;

const TARGET = { table: 'crm.deals d', returning: DEAL_COLUMNS };

export function insertDeal(tx: Tx, workspaceId: string, values: DealValues): Promise<DealRow> {
  return insertRow(tx, TARGET, COLUMNS, workspaceId, values);
}

/** Updates a live deal; undefined when RLS hides it, it is deleted, or the caller may not edit. */
export function updateDeal(tx: Tx, id: string, patch: DealValues): Promise<DealRow | undefined> {
  return updateLiveRow(tx, TARGET, COLUMNS, id, patch);
}

/** Sets the assignee and returns the deal with the assignee it had before, in one statement. */
export async function updateAssignee(
  tx: Tx,
  id: string,
  assigneeId: string | null,
): Promise<(DealRow & { previousAssigneeId: string | null }) | undefined> {
  const [row] = await tx.query<DealRow & { previousAssigneeId: string | null }>(
    `update crm.deals d set assignee_id = $2::uuid
       from (select id, assignee_id from crm.deals where id = $1 and deleted_at is null for update) old
      where d.id = old.id
     returning ${DEAL_COLUMNS}, old.assignee_id as "previousAssigneeId"`,
    [id, assigneeId],
  );
  return row;
}

export async function softDeleteDeal(tx: Tx, id: string): Promise<DealRow | undefined> {
  const [row] = await tx.query<DealRow>(
    `update crm.deals d set deleted_at = now() where d.id = $1 and d.deleted_at is null
     returning ${DEAL_COLUMNS}`,
    [id],
  );
  return row;
}

export async function isDealVisible(tx: Tx, id: string): Promise<boolean> {
  const rows = await tx.query('select 1 from crm.deals where id = $1 and deleted_at is null', [id]);
  return rows.length > 0;
}

export function selectDealsByIds(tx: Tx, ids: readonly string[]): Promise<DealRow[]> {
  return tx.query<DealRow>(
    `select ${DEAL_COLUMNS} from crm.deals d where d.id = any($1::uuid[]) and d.deleted_at is null`,
    [pgArray(ids)],
  );
}

/** The live deal as the workflow engine's guards read it: the row's own columns, snake_case. */
export async function selectDealFields(
  tx: Tx,
  id: string,
): Promise<Record<string, unknown> | undefined> {
  const [row] = await tx.query<{ fields: Record<string, unknown> }>(
    'select to_jsonb(d) as fields from crm.deals d where d.id = $1 and d.deleted_at is null',
    [id],
  );
  return row?.fields;
}

export async function setProbability(tx: Tx, id: string, probability: number): Promise<void> {
  await tx.query('update crm.deals set probability = $2::numeric where id = $1', [id, probability]);
}

/** Makes the deal's people exactly these (all of the deal's workspace), in one statement. */
export async function replaceDealPeople(
  tx: Tx,
  workspaceId: string,
  dealId: string,
  personIds: readonly string[],
): Promise<void> {
  await tx.query(
    `with gone as (
       delete from crm.deal_people where deal_id = $2::uuid and person_id <> all ($3::uuid[])
     )
     insert into crm.deal_people (workspace_id, deal_id, person_id)
     select $1::uuid, $2::uuid, person_id from unnest($3::uuid[]) as person_id
     on conflict (deal_id, person_id) do nothing`,
    [workspaceId, dealId, pgArray(personIds)],
  );
}

export function selectDealPeopleLinks(
  tx: Tx,
  dealIds: readonly string[],
): Promise<{ dealId: string; personId: string }[]> {
  return tx.query(
    `select deal_id as "dealId", person_id as "personId" from crm.deal_people
      where deal_id = any($1::uuid[])`,
    [pgArray(dealIds)],
  );
}

/** How each order sorts; nullable columns put deals without a value last either way. */
export function dealSort(order: DealOrder): SortSpec {
  const desc = order.direction === 'DESC';
  const base = { name: `${order.field}:${order.direction}`, idColumn: 'd.id' } as const;
  const direction = desc ? 'desc' : 'asc';
  switch (order.field) {
    case 'NAME':
      return { ...base, direction, expression: 'lower(d.name)', cast: 'text' };
    case 'AMOUNT':
      return {
        ...base,
        direction,
        expression: `coalesce(d.amount, ${desc ? '-1' : '1e15'}::numeric)`,
        cast: 'numeric',
      };
    case 'EXPECTED_CLOSE_DATE':
      return {
        ...base,
        direction,
        expression: `coalesce(d.expected_close_date, '${desc ? '-infinity' : 'infinity'}'::date)`,
        cast: 'date',
      };
    case 'UPDATED_AT':
      return {
        ...base,
        direction,
        expression: 'd.updated_at',
        cast: 'timestamptz',
        // Microseconds in UTC: a JS Date would drop them and skip rows on the next page.
        keyText: `to_char(d.updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
      };
    case 'PROBABILITY':
      return { ...base, direction, expression: 'd.probability', cast: 'numeric' };
  }
}

export interface DealPageQuery extends KeysetPage {
  workspaceId: string;
  search?: string | null | undefined;
  filter?: DealFilter | null | undefined;
  customFields?: readonly CustomFieldFilter[] | null | undefined;
  sort: SortSpec;
  limit: number;
}

/** One page of live deals in the sort's order, in one statement. */
export function selectDealPage(tx: Tx, q: DealPageQuery): Promise<DealListRow[]> {
  const params: SqlParam[] = [q.workspaceId];
  const where = ['d.workspace_id = $1', 'd.deleted_at is null'];
  const param = (value: SqlParam) => {
    params.push(value);
    return `$${params.length}`;
  };
  if (q.search) {
    const p = param(`%${q.search.replace(/[\\%_]/g, '\\$&')}%`);
    where.push(
      `(d.name ilike ${p} or exists (select 1 from crm.organizations o
         where o.id = d.organization_id and o.deleted_at is null and o.name ilike ${p}))`,
    );
  }
  const f = q.filter ?? {};
  if (f.organizationId) where.push(`d.organization_id = ${param(f.organizationId)}::uuid`);
  if (f.assigneeId) where.push(`d.assignee_id = ${param(f.assigneeId)}::uuid`);
  if (f.ownerId) where.push(`d.owner_id = ${param(f.ownerId)}::uuid`);
  // Where a deal stands is the workflow engine's, read through its published view.
  if (f.stepId || f.workflowId) {
    const conditions = ["p.entity_type = 'deal'", 'p.entity_id = d.id'];
    if (f.stepId) conditions.push(`p.step_id = ${param(f.stepId)}::uuid`);
    if (f.workflowId) conditions.push(`p.workflow_id = ${param(f.workflowId)}::uuid`);
    where.push(`exists (select 1 from wfm.entity_positions p where ${conditions.join(' and ')})`);
  }
  where.push(...customFieldConditions(q.customFields, params, 'd.custom_fields'));
  const { conditions, orderBy } = keysetClauses(q.sort, q, params);
  where.push(...conditions);
  const limit = param(q.limit);
  return tx.query<DealListRow>(
    `select ${DEAL_COLUMNS}, ${sortKeyColumn(q.sort)} from crm.deals d
      where ${where.join(' and ')} ${orderBy} limit ${limit}`,
    params,
  );
}
