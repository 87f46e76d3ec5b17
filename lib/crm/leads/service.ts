// Leads: people who may become customers, qualified through a lead workflow and then converted
// into a deal with its person and organization.
import './workflow-entity.ts';
import { emitEvent } from '../../automation/outbox.ts';
import type { ServiceContext } from '../../db/service-context.ts';
import {
  ForbiddenError,
  NotFoundError,
  parseInput,
  ValidationError,
} from '../../errors/app-errors.ts';
import { isSqlState, SqlState } from '../../errors/postgres-errors.ts';
import { TransitionNotAllowedError, TransitionRefusal } from '../../wfm/errors.ts';
import {
  availableTransitions,
  loadProjects,
  moveToStep,
  type Project,
  startProject,
} from '../../wfm/service.ts';
import { isMember, refusalFor } from '../../workspaces/service.ts';
import { validateCustomFields } from '../custom-fields/service.ts';
import { createDeal } from '../deals/service.ts';
import { createOrganization, loadOrganizations } from '../organizations/service.ts';
import { createPerson } from '../people/service.ts';
import { decodeSortedCursor, encodeSortedCursor } from '../records/keyset.ts';
import { checkMembers, notMember, translateForeignKeys } from '../records/references.ts';
import { AlreadyConvertedError } from './errors.ts';
import {
  ConvertLeadInput,
  CreateLeadInput,
  DeleteLeadInput,
  ListLeadsInput,
  MoveLeadToStepInput,
  UpdateLeadInput,
} from './inputs.ts';
import * as sql from './sql.ts';

export type Lead = sql.LeadRow;
export type LeadListRow = sql.LeadListRow;

function translateKeys<T>(write: Promise<T>): Promise<T> {
  return translateForeignKeys(write, [
    ['owner', () => notMember('ownerId')],
    ['assignee', () => notMember('assigneeId')],
  ]);
}

async function missingOrForbidden(ctx: ServiceContext, id: string): Promise<Error> {
  return (await sql.isLeadVisible(ctx.tx, id))
    ? new ForbiddenError('Your role in this workspace cannot change this lead')
    : new NotFoundError('Lead');
}

/** Creates a lead at the initial step of a lead workflow, owned by the caller unless told otherwise. */
export async function createLead(ctx: ServiceContext, input: unknown): Promise<Lead> {
  const { workspaceId, workflowId, ...values } = parseInput(CreateLeadInput, input);
  try {
    return await ctx.tx.savepoint(async (tx) => {
      const scoped = { ...ctx, tx };
      // Insert first: RLS decides whether the workspace is the caller's to write to.
      const ownerId = values.ownerId === undefined ? ctx.userId : values.ownerId;
      const lead = await translateKeys(sql.insertLead(tx, workspaceId, { ...values, ownerId }));
      await checkMembers(scoped, workspaceId, {
        ownerId: values.ownerId,
        assigneeId: values.assigneeId,
      });
      await validateCustomFields(scoped, {
        workspaceId,
        entityType: 'lead',
        values: values.customFields,
        mode: 'create',
      });
      await startProject(scoped, {
        workspaceId,
        entityType: 'lead',
        entityId: lead.id,
        workflowId,
      });
      await emitEvent(tx, { workspaceId, userId: ctx.userId }, 'crm/lead.created', {
        workspaceId,
        leadId: lead.id,
        actorId: ctx.userId,
      });
      return lead;
    });
  } catch (error) {
    if (isSqlState(error, SqlState.InsufficientPrivilege)) throw await refusalFor(ctx, workspaceId);
    throw error;
  }
}

/** Changes what the input names; null clears. */
export async function updateLead(ctx: ServiceContext, input: unknown): Promise<Lead> {
  const { id, ...patch } = parseInput(UpdateLeadInput, input);
  return ctx.tx.savepoint(async (tx) => {
    const scoped = { ...ctx, tx };
    const lead = await translateKeys(sql.updateLead(tx, id, patch));
    if (!lead) throw await missingOrForbidden(scoped, id);
    await checkMembers(scoped, lead.workspaceId, {
      ownerId: patch.ownerId,
      assigneeId: patch.assigneeId,
    });
    await validateCustomFields(scoped, {
      workspaceId: lead.workspaceId,
      entityType: 'lead',
      values: patch.customFields,
      mode: 'update',
    });
    return lead;
  });
}

/** Soft-deletes a lead; what it was converted into stays. */
export async function deleteLead(ctx: ServiceContext, input: unknown): Promise<Lead> {
  const { id } = parseInput(DeleteLeadInput, input);
  return ctx.tx.savepoint(async (tx) => {
    const lead = await sql.softDeleteLead(tx, id);
    if (!lead) throw await missingOrForbidden({ ...ctx, tx }, id);
    return lead;
  });
}

/** The workflow engine's move, for a lead. */
export async function moveLeadToStep(ctx: ServiceContext, input: unknown): Promise<Lead> {
  const { leadId, toStepId, reason } = parseInput(MoveLeadToStepInput, input);
  await moveToStep(ctx, { entityType: 'lead', entityId: leadId, toStepId, reason });
  const [lead] = await sql.selectLeadsByIds(ctx.tx, [leadId]);
  if (!lead) throw new NotFoundError('Lead');
  return lead;
}

/**
 * Converts a lead, all or nothing: its company becomes an organization (unless one is named, or
 * there is no company), the lead becomes a person there, and a deal with both starts in the sales
 * workflow. The lead keeps its history, is marked converted and moves to its workflow's won step;
 * if the workflow refuses that move, nothing is created.
 */
export async function convertLead(ctx: ServiceContext, input: unknown): Promise<Lead> {
  const { leadId, dealName, amount, currency, organizationId } = parseInput(
    ConvertLeadInput,
    input,
  );
  return ctx.tx.savepoint(async (tx) => {
    const scoped = { ...ctx, tx };
    const lead = await sql.lockLead(tx, leadId);
    if (!lead) throw await missingOrForbidden(scoped, leadId);
    if (lead.convertedAt) throw new AlreadyConvertedError(lead.id, lead.convertedDealId);
    const { workspaceId } = lead;

    let convertedOrganizationId: string | null = null;
    if (organizationId) {
      const [organization] = await loadOrganizations(scoped, [organizationId]);
      if (organization?.workspaceId !== workspaceId) {
        throw ValidationError.forField(
          ['input', 'organizationId'],
          'is not an organization of this workspace',
        );
      }
      convertedOrganizationId = organization.id;
    } else if (lead.company) {
      convertedOrganizationId = (
        await createOrganization(scoped, { workspaceId, name: lead.company })
      ).id;
    }
    const person = await createPerson(scoped, {
      workspaceId,
      name: lead.name,
      emails: lead.email ? [lead.email] : [],
      organizationId: convertedOrganizationId,
    });
    // The lead's assignee carries over while still a member of the workspace.
    const assigneeId =
      lead.assigneeId && (await isMember(scoped, workspaceId, lead.assigneeId))
        ? lead.assigneeId
        : null;
    const deal = await createDeal(scoped, {
      workspaceId,
      name: dealName ?? lead.company ?? lead.name,
      amount,
      currency: currency ?? undefined,
      organizationId: convertedOrganizationId,
      personIds: [person.id],
      assigneeId,
    });
    const converted = await sql.markConverted(tx, lead.id, {
      dealId: deal.id,
      personId: person.id,
      organizationId: convertedOrganizationId,
    });
    // Last, so the workflow's guards see the lead as converted.
    await moveToWonStep(scoped, lead.id);
    await emitEvent(tx, { workspaceId, userId: ctx.userId }, 'crm/lead.converted', {
      workspaceId,
      leadId: lead.id,
      dealId: deal.id,
      personId: person.id,
      organizationId: convertedOrganizationId,
      actorId: ctx.userId,
    });
    return converted;
  });
}

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
  return sql.selectLeadsByIds(ctx.tx, ids);
}

/** Where these leads stand in their workflows. */
export function loadLeadStages(
  ctx: ServiceContext,
  leadIds: readonly string[],
): Promise<Project[]> {
  return loadProjects(ctx, 'lead', leadIds);
}

export interface ListLeadsArgs {
  workspaceId: string;
  search?: string | null | undefined;
  filter?: unknown;
  customFields?: unknown;
  after?: string | undefined;
  before?: string | undefined;
  limit: number;
  inverted: boolean;
}

/** One page of a workspace's live leads by name, in one statement. */
export function listLeads(ctx: ServiceContext, args: ListLeadsArgs): Promise<LeadListRow[]> {
  const { workspaceId, search, filter, customFields } = parseInput(ListLeadsInput, args, []);
  return sql.selectLeadPage(ctx.tx, {
    workspaceId,
    search,
    filter,
    customFields,
    after: args.after ? decodeSortedCursor(sql.LEAD_SORT, args.after, 'after') : undefined,
    before: args.before ? decodeSortedCursor(sql.LEAD_SORT, args.before, 'before') : undefined,
    limit: args.limit,
    inverted: args.inverted,
  });
}

export function leadCursor(row: LeadListRow): string {
  return encodeSortedCursor(sql.LEAD_SORT, row.sortKey, row.id);
}
