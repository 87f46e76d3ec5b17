// Leads as a record kind: people who may become customers, each starting in a lead workflow.
import { startProject } from '../../wfm/service.ts';
import { nameOrder } from '../records/contact-kind.ts';
import { type RecordKind, userReferences } from '../records/kind.ts';
import * as sql from './sql.ts';

export type Lead = sql.LeadRow;

export const leadKind: RecordKind<Lead> = {
  entity: 'Lead',
  entityType: 'lead',
  table: 'crm.leads',
  alias: 'l',
  select: sql.LEAD_COLUMNS,
  writable: sql.LEAD_WRITABLE,
  references: userReferences(['owner', 'assignee']),
  memberFields: ['ownerId', 'assigneeId'],
  customFields: true,
  forbidden: 'Your role in this workspace cannot change this lead',
  createdEvent: (lead, actorId) => ({
    name: 'crm/lead.created',
    data: { workspaceId: lead.workspaceId, leadId: lead.id, actorId },
  }),
  listing: {
    search: (p) => `(l.name ilike ${p} or l.email ilike ${p} or l.company ilike ${p})`,
    filters: {
      assigneeId: (p) => `l.assignee_id = ${p}::uuid`,
      converted: (p) => `(l.converted_at is not null) = ${p}::boolean`,
      stepId: (p) => sql.atWorkflowStep(p),
    },
    orders: { NAME: nameOrder('l') },
  },
  hooks: {
    created: async (ctx, lead, values) => {
      await startProject(ctx, {
        workspaceId: lead.workspaceId,
        entityType: 'lead',
        entityId: lead.id,
        workflowId: values.workflowId as string | null | undefined,
      });
      return lead;
    },
  },
};
