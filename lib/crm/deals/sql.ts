// The deals' own SQL beyond what every record kind shares (records/record-sql.ts): the select
// list, the assignee change, the deal's people, and what the workflow engine reads and sets.
// Column names come from the constants below, never from input.
import { pgArray, type Tx } from '../../db/port.ts';
import { writableColumns } from '../records/row-writes.ts';

export type DealRow = {
  id: string;
  workspaceId: string;
  name: string;
  /** numeric(14, 2) as Postgres prints it, e.g. "1250.50": a float would not be exact. */
  amount: string | null;
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

export const DEAL_COLUMNS = `d.id, d.workspace_id as "workspaceId", d.name, d.amount::text as amount,
  d.currency, to_char(d.expected_close_date, 'YYYY-MM-DD') as "expectedCloseDate",
  d.organization_id as "organizationId", d.owner_id as "ownerId", d.assignee_id as "assigneeId",
  d.probability::float8 as probability, d.custom_fields as "customFields",
  d.created_at as "createdAt", d.created_by as "createdBy", d.updated_at as "updatedAt",
  d.updated_by as "updatedBy", d.deleted_at as "deletedAt"`;

/** Writable columns by field name. */
export const DEAL_WRITABLE = writableColumns({
  name: 'text',
  amount: 'numeric',
  currency: 'text',
  // Through text: postgres.js would turn a date parameter into a JS Date first.
  expectedCloseDate: 'text::date',
  organizationId: 'uuid',
  ownerId: 'uuid',
  assigneeId: 'uuid',
  customFields: 'jsonb',
});

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

// Where a deal stands is the workflow engine's, read through its published view.
export const atWorkflowStep = (p: string) =>
  `exists (select 1 from wfm.entity_positions p where p.entity_type = 'deal' and p.entity_id = d.id
     and p.step_id = ${p}::uuid)`;
export const inWorkflow = (p: string) =>
  `exists (select 1 from wfm.entity_positions p where p.entity_type = 'deal' and p.entity_id = d.id
     and p.workflow_id = ${p}::uuid)`;
