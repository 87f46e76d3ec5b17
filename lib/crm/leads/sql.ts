// The leads' own SQL beyond what every record kind shares (records/record-sql.ts): the select
// list, conversion, and what the workflow engine reads. Column names come from the constants
// below, never from input.
import type { Tx } from '../../db/port.ts';
import { writableColumns } from '../records/row-writes.ts';

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

export const LEAD_COLUMNS = `l.id, l.workspace_id as "workspaceId", l.name, l.email, l.company, l.source,
  l.score, l.owner_id as "ownerId", l.assignee_id as "assigneeId",
  l.custom_fields as "customFields", l.converted_at as "convertedAt",
  l.converted_deal_id as "convertedDealId", l.converted_person_id as "convertedPersonId",
  l.converted_organization_id as "convertedOrganizationId",
  l.last_contacted_at as "lastContactedAt", l.created_at as "createdAt",
  l.created_by as "createdBy", l.updated_at as "updatedAt", l.updated_by as "updatedBy",
  l.deleted_at as "deletedAt"`;

export const LEAD_WRITABLE = writableColumns({
  name: 'text',
  email: 'text',
  company: 'text',
  source: 'text',
  score: 'int',
  ownerId: 'uuid',
  assigneeId: 'uuid',
  customFields: 'jsonb',
});
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

// Where a lead stands is the workflow engine's, read through its published view.
export const atWorkflowStep = (p: string) =>
  `exists (select 1 from wfm.entity_positions p where p.entity_type = 'lead' and p.entity_id = l.id
     and p.step_id = ${p}::uuid)`;
