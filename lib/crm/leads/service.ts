// Leads: people who may become customers, qualified through a lead workflow and then converted
// into a deal with its person and organization.
import { emitEvent } from '../../automation/outbox.ts';
import type { ServiceContext } from '../../db/service-context.ts';
import { ValidationError } from '../../errors/app-errors.ts';
import { defineOperation } from '../../services/operation.ts';
import { NoRowMatched } from '../../services/run-operation.ts';
import { TransitionNotAllowedError, TransitionRefusal } from '../../wfm/errors.ts';
import { availableTransitions, loadProjects, moveToStep } from '../../wfm/service.ts';
import { isMember } from '../../workspaces/service.ts';
import { createDeal } from '../deals/service.ts';
import { createOrganization, organizationProblems } from '../organizations/service.ts';
import { createPerson } from '../people/service.ts';
import * as records from '../records/record-service.ts';
import { moveRecordToStep, workflowEntityOf } from '../records/workflow-kind.ts';
import { AlreadyConvertedError } from './errors.ts';
import {
  ConvertLeadInput,
  CreateLeadInput,
  DeleteLeadInput,
  MoveLeadToStepInput,
  UpdateLeadInput,
} from './inputs.ts';
import { type Lead, leadKind } from './kind.ts';
import * as sql from './sql.ts';

export type { Lead } from './kind.ts';

/** Creates a lead at the initial step of a lead workflow, owned by the caller unless told otherwise. */
export const createLead = defineOperation(CreateLeadInput, (ctx, { workspaceId, ...values }) =>
  records.createRecord(ctx, leadKind, workspaceId, values),
);

/** Changes what the input names; null clears. */
export const updateLead = defineOperation(UpdateLeadInput, (ctx, { id, ...patch }) =>
  records.updateRecord(ctx, leadKind, id, patch),
);

/** Soft-deletes a lead; what it was converted into stays. */
export const deleteLead = defineOperation(DeleteLeadInput, (ctx, { id }) =>
  records.deleteRecord(ctx, leadKind, id),
);

/** The workflow engine's move, for a lead. */
export const moveLeadToStep = defineOperation(MoveLeadToStepInput, (ctx, { leadId, ...move }) =>
  moveRecordToStep(ctx, leadKind, { id: leadId, ...move }),
);

/**
 * Converts a lead, all or nothing: its company becomes an organization (unless one is named, or
 * there is no company), the lead becomes a person there, and a deal with both starts in the sales
 * workflow. The lead keeps its history, is marked converted and moves to its workflow's won step;
 * if the workflow refuses that move, nothing is created.
 */
export const convertLead = defineOperation(ConvertLeadInput, async (ctx, input) => {
  const { leadId, dealName, amount, currency, organizationId } = input;
  const lead = await sql.lockLead(ctx.tx, leadId);
  if (!lead) throw new NoRowMatched(leadId);
  if (lead.convertedAt) throw new AlreadyConvertedError(lead.id, lead.convertedDealId);
  const { workspaceId } = lead;

  let convertedOrganizationId: string | null = null;
  if (organizationId) {
    const problems = await organizationProblems(ctx, workspaceId, organizationId);
    if (problems.length > 0) throw new ValidationError(problems);
    convertedOrganizationId = organizationId;
  } else if (lead.company) {
    convertedOrganizationId = (await createOrganization(ctx, { workspaceId, name: lead.company }))
      .id;
  }
  const person = await createPerson(ctx, {
    workspaceId,
    name: lead.name,
    emails: lead.email ? [lead.email] : [],
    organizationId: convertedOrganizationId,
  });
  // The lead's assignee carries over while still a member of the workspace.
  const assigneeId =
    lead.assigneeId && (await isMember(ctx, workspaceId, lead.assigneeId)) ? lead.assigneeId : null;
  const deal = await createDeal(ctx, {
    workspaceId,
    name: dealName ?? lead.company ?? lead.name,
    amount,
    currency: currency ?? undefined,
    organizationId: convertedOrganizationId,
    personIds: [person.id],
    assigneeId,
  });
  const converted = await sql.markConverted(ctx.tx, lead.id, {
    dealId: deal.id,
    personId: person.id,
    organizationId: convertedOrganizationId,
  });
  // Last, so the workflow's guards see the lead as converted.
  await moveToWonStep(ctx, lead.id);
  await emitEvent(ctx.tx, { workspaceId, userId: ctx.userId }, 'crm/lead.converted', {
    workspaceId,
    leadId: lead.id,
    dealId: deal.id,
    personId: person.id,
    organizationId: convertedOrganizationId,
    actorId: ctx.userId,
  });
  return converted;
});

/** Moves the lead to a won step of its workflow (the one it may reach, if several), unless there. */
async function moveToWonStep(ctx: ServiceContext, leadId: string): Promise<void> {
  const [project] = await loadProjects(ctx, 'lead', [leadId]);
  if (project?.stepCategory === 'won') return;
  const won = (await availableTransitions(ctx, { entityType: 'lead', entityId: leadId })).filter(
    (option) => option.category === 'won',
  );
  const target = won.find((option) => option.allowed) ?? won[0];
  if (!target) {
    throw new TransitionNotAllowedError(
      TransitionRefusal.NoTransition,
      "The lead's workflow has no won step to convert it into",
    );
  }
  // Refused moves throw here with the workflow's own reason.
  await moveToStep(ctx, {
    entityType: 'lead',
    entityId: leadId,
    toStepId: target.stepId,
    reason: 'Converted into a deal',
  });
}

/** Live leads by id in one statement; ids the caller cannot see are absent. */
export function loadLeads(ctx: ServiceContext, ids: readonly string[]): Promise<Lead[]> {
  return records.loadRecords(ctx, leadKind, ids);
}

/** Leads move through the lead qualification workflow; its guards read the lead's columns. */
export const leadWorkflowEntity = workflowEntityOf(leadKind, {
  stageChangedEvent: { name: 'crm/lead.stage-changed', idField: 'leadId' },
});
