// Events the CRM emits. `crm/<entity>.created` for every record type, plus what automations and
// tips react to.
import { z } from 'zod';
import { StatusChanged } from './wfm.ts';

function Created<K extends string>(idField: K) {
  return z
    .object({ workspaceId: z.uuid(), actorId: z.uuid() })
    .extend({ [idField]: z.uuid() } as Record<K, z.ZodUUID>);
}

export const crmEvents = {
  'crm/organization.created': Created('organizationId'),
  'crm/person.created': Created('personId'),
  'crm/deal.created': Created('dealId'),
  'crm/lead.created': Created('leadId'),
  'crm/activity.created': Created('activityId'),
  'crm/activity.overdue': z.object({
    workspaceId: z.uuid(),
    activityId: z.uuid(),
    assigneeId: z.uuid().nullable(),
    title: z.string(),
    dueAt: z.iso.datetime({ offset: true }),
  }),
  'crm/note.created': Created('noteId'),
  'crm/deal.assigned': z.object({
    workspaceId: z.uuid(),
    dealId: z.uuid(),
    assigneeId: z.uuid().nullable(),
    previousAssigneeId: z.uuid().nullable(),
    actorId: z.uuid(),
  }),
  'crm/deal.stage-changed': StatusChanged.extend({ dealId: z.uuid() }),
  'crm/lead.stage-changed': StatusChanged.extend({ leadId: z.uuid() }),
  'crm/lead.converted': z.object({
    workspaceId: z.uuid(),
    leadId: z.uuid(),
    dealId: z.uuid(),
    personId: z.uuid(),
    organizationId: z.uuid().nullable(),
    actorId: z.uuid(),
  }),
} as const;
