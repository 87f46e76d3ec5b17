// The leads' SQL. Column names come from the constants below, never from input.
import { pgArray, type SqlParam, type Tx } from '../../db/port.ts';
import { type ColumnMap, insertRow, updateLiveRow } from '../records/row-writes.ts';
import { type CustomFieldFilter, customFieldConditions } from '../custom-fields/filters.ts';
import { keysetClauses, type KeysetPage, type SortSpec, sortKeyColumn } from '../records/keyset.ts';
import type { LeadFilter } from './inputs.ts';

export type LeadRow = {
  id: string;
  workspaceId: string;
  name: string;
  email: string | null;
  company: string | null;
  source: string | null;
  score: number;
  ownerId: string | null;
  assigneeId: string | null;
  customFields: Record<string, unknown>;
  convertedAt: Date | null;
  convertedDealId: string | null;
  convertedPersonId: string | null;
  convertedOrganizationId: string | null;
  lastContactedAt: Date | null;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
  deletedAt: Date | null;
};

export type LeadListRow = LeadRow & { sortKey: string };

const LEAD_COLUMNS = `l.id, l.workspace_id as "workspaceId", l.name, l.email, l.company, l.source,
  l.score, l.owner_id as "ownerId", l.assignee_id as "assigneeId",
  l.custom_fields as "customFields", l.converted_at as "convertedAt",
  l.converted_deal_id as "convertedDealId", l.converted_person_id as "convertedPersonId",
  l.converted_organization_id as "convertedOrganizationId",
  l.last_contacted_at as "lastContactedAt", l.created_at as "createdAt",
  l.created_by as "createdBy", l.updated_at as "updatedAt", l.updated_by as "updatedBy",
  l.deleted_at as "deletedAt"`;

const COLUMNS = {
  name: { column: 'name', cast: 'text' },
  email: { column: 'email', cast: 'text' },
  company: { column: 'company', cast: 'text' },
  source: { column: 'source', cast: 'text' },
  score: { column: 'score', cast: 'int' },
  ownerId: { column: 'owner_id', cast: 'uuid' },
  assigneeId: { column: 'assignee_id', cast: 'uuid' },
  customFields: { column: 'custom_fields', cast: 'jsonb' },
} as const satisfies ColumnMap;
export type LeadValues = Partial<Record<keyof typeof COLUMNS, unknown>>;

const TARGET = { table: 'crm.leads l', returning: LEAD_COLUMNS };

export function insertLead(tx: Tx, workspaceId: string, values: LeadValues): Promise<LeadRow> {
  return insertRow(tx, TARGET, COLUMNS, workspaceId, values);
}

/** Updates a live lead; undefined when RLS hides it, it is deleted, or the caller may not edit. */
export function updateLead(tx: Tx, id: string, patch: LeadValues): Promise<LeadRow | undefined> {
  return updateLiveRow(tx, TARGET, COLUMNS, id, patch);
}

export async function softDeleteLead(tx: Tx, id: string): Promise<LeadRow | undefined> {
  const [row] = await tx.query<LeadRow>(
    `update crm.leads l set deleted_at = now() where l.id = $1 and l.deleted_at is null
     returning ${LEAD_COLUMNS}`,
    [id],
  );
  return row;
}

/** The live lead, locked against a concurrent conversion; undefined unless the caller may edit it. */
export async function lockLead(tx: Tx, id: string): Promise<LeadRow | undefined> {
  const [row] = await tx.query<LeadRow>(
    `select ${LEAD_COLUMNS} from crm.leads l where l.id = $1 and l.deleted_at is null
     for update of l`,
    [id],
  );
  return row;
}

export async function markConverted(
  tx: Tx,
  id: string,
  converted: { dealId: string; personId: string; organizationId: string | null },
): Promise<LeadRow> {
  const [row] = await tx.query<LeadRow>(
    `update crm.leads l set converted_at = now(), converted_deal_id = $2::uuid,
            converted_person_id = $3::uuid, converted_organization_id = $4::uuid
      where l.id = $1
     returning ${LEAD_COLUMNS}`,
    [id, converted.dealId, converted.personId, converted.organizationId],
  );
  return row!;
}

export async function isLeadVisible(tx: Tx, id: string): Promise<boolean> {
  const rows = await tx.query('select 1 from crm.leads where id = $1 and deleted_at is null', [id]);
  return rows.length > 0;
}

export function selectLeadsByIds(tx: Tx, ids: readonly string[]): Promise<LeadRow[]> {
  return tx.query<LeadRow>(
    `select ${LEAD_COLUMNS} from crm.leads l where l.id = any($1::uuid[]) and l.deleted_at is null`,
    [pgArray(ids)],
  );
}

/** The live lead as the workflow engine's guards read it: the row's own columns, snake_case. */
export async function selectLeadFields(
  tx: Tx,
  id: string,
): Promise<Record<string, unknown> | undefined> {
  const [row] = await tx.query<{ fields: Record<string, unknown> }>(
    'select to_jsonb(l) as fields from crm.leads l where l.id = $1 and l.deleted_at is null',
    [id],
  );
  return row?.fields;
}

export const LEAD_SORT: SortSpec = {
  name: 'NAME:ASC',
  expression: 'lower(l.name)',
  cast: 'text',
  direction: 'asc',
  idColumn: 'l.id',
};

export interface LeadPageQuery extends KeysetPage {
  workspaceId: string;
  search?: string | null | undefined;
  filter?: LeadFilter | null | undefined;
  customFields?: readonly CustomFieldFilter[] | null | undefined;
  limit: number;
}

/** One page of live leads by name, in one statement. */
export function selectLeadPage(tx: Tx, q: LeadPageQuery): Promise<LeadListRow[]> {
  const params: SqlParam[] = [q.workspaceId];
  const where = ['l.workspace_id = $1', 'l.deleted_at is null'];
  const param = (value: SqlParam) => {
    params.push(value);
    return `$${params.length}`;
  };
  if (q.search) {
    const p = param(`%${q.search.replace(/[\\%_]/g, '\\$&')}%`);
    where.push(`(l.name ilike ${p} or l.email ilike ${p} or l.company ilike ${p})`);
  }
  const f = q.filter ?? {};
  if (f.assigneeId) where.push(`l.assignee_id = ${param(f.assigneeId)}::uuid`);
  if (f.converted != null) where.push(`l.converted_at is ${f.converted ? 'not null' : 'null'}`);
  // Where a lead stands is the workflow engine's, read through its published view.
  if (f.stepId) {
    where.push(`exists (select 1 from wfm.entity_positions p where p.entity_type = 'lead'
                  and p.entity_id = l.id and p.step_id = ${param(f.stepId)}::uuid)`);
  }
  where.push(...customFieldConditions(q.customFields, params, 'l.custom_fields'));
  const { conditions, orderBy } = keysetClauses(LEAD_SORT, q, params);
  where.push(...conditions);
  const limit = param(q.limit);
  return tx.query<LeadListRow>(
    `select ${LEAD_COLUMNS}, ${sortKeyColumn(LEAD_SORT)} from crm.leads l
      where ${where.join(' and ')} ${orderBy} limit ${limit}`,
    params,
  );
}
