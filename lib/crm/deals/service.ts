// Deals: opportunities to sell, with their organization and people, each moving through a sales
// workflow (the workflow engine's project) that sets its probability.
import './workflow-entity.ts';
import { emitEvents } from '../../automation/outbox.ts';
import type { DomainEvent } from '../../events/registry.ts';
import type { ServiceContext } from '../../db/service-context.ts';
import {
  type FieldError,
  ForbiddenError,
  NotFoundError,
  parseInput,
  ValidationError,
} from '../../errors/app-errors.ts';
import { isSqlState, SqlState } from '../../errors/postgres-errors.ts';
import { loadProjects, moveToStep, type Project, startProject } from '../../wfm/service.ts';
import { refusalFor } from '../../workspaces/service.ts';
import { validateCustomFields } from '../custom-fields/service.ts';
import { loadOrganizations } from '../organizations/service.ts';
import { loadPeople, type Person } from '../people/service.ts';
import { decodeSortedCursor, encodeSortedCursor } from '../records/keyset.ts';
import { checkMembers, notMember, translateForeignKeys } from '../records/references.ts';
import {
  AssignDealInput,
  CreateDealInput,
  DealOrder,
  DeleteDealInput,
  ListDealsInput,
  MoveDealToStepInput,
  UpdateDealInput,
} from './inputs.ts';
import * as sql from './sql.ts';

export type Deal = sql.DealRow;
export type DealListRow = sql.DealListRow;
/** A person involved in a deal, with the deal they were loaded for. */
export type DealPerson = Person & { dealId: string };

const organizationGone = () =>
  ValidationError.forField(['input', 'organizationId'], 'is not an organization of this workspace');

/** The organization must be live and of the deal's workspace. */
async function checkOrganization(
  ctx: ServiceContext,
  workspaceId: string,
  organizationId: string | null | undefined,
) {
  if (!organizationId) return;
  const [organization] = await loadOrganizations(ctx, [organizationId]);
  if (organization?.workspaceId !== workspaceId) throw organizationGone();
}

/** Every person must be live and of the deal's workspace; then they are exactly the deal's people. */
async function setPeople(
  ctx: ServiceContext,
  workspaceId: string,
  dealId: string,
  personIds: string[],
) {
  const unique = [...new Set(personIds)];
  if (unique.length > 0) {
    const found = new Set(
      (await loadPeople(ctx, unique)).filter((p) => p.workspaceId === workspaceId).map((p) => p.id),
    );
    const errors: FieldError[] = personIds.flatMap((id, index) =>
      found.has(id)
        ? []
        : [
            {
              path: ['input', 'personIds', String(index)],
              message: 'is not a person of this workspace',
            },
          ],
    );
    if (errors.length > 0) throw new ValidationError(errors);
  }
  await sql.replaceDealPeople(ctx.tx, workspaceId, dealId, unique);
}

/** Foreign keys a write can break, as the input field at fault. */
function translateKeys<T>(write: Promise<T>): Promise<T> {
  return translateForeignKeys(write, [
    ['organization', organizationGone],
    ['owner', () => notMember('ownerId')],
    ['assignee', () => notMember('assigneeId')],
  ]);
}

async function missingOrForbidden(ctx: ServiceContext, id: string): Promise<Error> {
  return (await sql.isDealVisible(ctx.tx, id))
    ? new ForbiddenError('Your role in this workspace cannot change this deal')
    : new NotFoundError('Deal');
}

function assignedEvent(
  ctx: ServiceContext,
  deal: Deal,
  previousAssigneeId: string | null,
): DomainEvent<'crm/deal.assigned'> {
  return {
    name: 'crm/deal.assigned',
    data: {
      workspaceId: deal.workspaceId,
      dealId: deal.id,
      assigneeId: deal.assigneeId,
      previousAssigneeId,
      actorId: ctx.userId,
    },
  };
}

/**
 * Creates a deal with its people at the initial step of a sales workflow (the given one or the
 * workspace's first), owned by the caller unless told otherwise. All or nothing.
 */
export async function createDeal(ctx: ServiceContext, input: unknown): Promise<Deal> {
  const { workspaceId, personIds, workflowId, ...values } = parseInput(CreateDealInput, input);
  try {
    return await ctx.tx.savepoint(async (tx) => {
      const scoped = { ...ctx, tx };
      // Insert first: RLS decides whether the workspace is the caller's to write to, and only
      // then is it meaningful to check what the deal refers to.
      const ownerId = values.ownerId === undefined ? ctx.userId : values.ownerId;
      const row = await translateKeys(sql.insertDeal(tx, workspaceId, { ...values, ownerId }));
      await checkMembers(scoped, workspaceId, {
        ownerId: values.ownerId,
        assigneeId: values.assigneeId,
      });
      await checkOrganization(scoped, workspaceId, values.organizationId);
      await validateCustomFields(scoped, {
        workspaceId,
        entityType: 'deal',
        values: values.customFields,
        mode: 'create',
      });
      await setPeople(scoped, workspaceId, row.id, personIds);
      const project = await startProject(scoped, {
        workspaceId,
        entityType: 'deal',
        entityId: row.id,
        workflowId,
      });
      // The engine gave the deal its first step's probability.
      const deal = { ...row, probability: project.stepProbability };
      const events: DomainEvent[] = [
        {
          name: 'crm/deal.created',
          data: { workspaceId, dealId: deal.id, actorId: ctx.userId },
        },
      ];
      if (deal.assigneeId) events.push(assignedEvent(ctx, deal, null));
      await emitEvents(tx, { workspaceId, userId: ctx.userId }, events);
      return deal;
    });
  } catch (error) {
    // RLS refused the insert: the workspace is not the caller's, or their role is read-only.
    if (isSqlState(error, SqlState.InsufficientPrivilege)) throw await refusalFor(ctx, workspaceId);
    throw error;
  }
}

/** Changes what the input names; personIds replaces the deal's people. Assign with assignDeal. */
export async function updateDeal(ctx: ServiceContext, input: unknown): Promise<Deal> {
  const { id, personIds, ...patch } = parseInput(UpdateDealInput, input);
  return ctx.tx.savepoint(async (tx) => {
    const scoped = { ...ctx, tx };
    const row = await translateKeys(sql.updateDeal(tx, id, patch));
    if (!row) throw await missingOrForbidden(scoped, id);
    await checkMembers(scoped, row.workspaceId, { ownerId: patch.ownerId });
    await checkOrganization(scoped, row.workspaceId, patch.organizationId);
    await validateCustomFields(scoped, {
      workspaceId: row.workspaceId,
      entityType: 'deal',
      values: patch.customFields,
      mode: 'update',
    });
    if (personIds) await setPeople(scoped, row.workspaceId, row.id, personIds);
    return row;
  });
}

/** Soft-deletes a deal: gone from lists and lookups, kept with its history. */
export async function deleteDeal(ctx: ServiceContext, input: unknown): Promise<Deal> {
  const { id } = parseInput(DeleteDealInput, input);
  return ctx.tx.savepoint(async (tx) => {
    const row = await sql.softDeleteDeal(tx, id);
    if (!row) throw await missingOrForbidden({ ...ctx, tx }, id);
    return row;
  });
}

/** Gives the deal to a member (or to no one) and emits crm/deal.assigned when that changes it. */
export async function assignDeal(ctx: ServiceContext, input: unknown): Promise<Deal> {
  const { dealId, assigneeId } = parseInput(AssignDealInput, input);
  return ctx.tx.savepoint(async (tx) => {
    const scoped = { ...ctx, tx };
    const updated = await translateKeys(sql.updateAssignee(tx, dealId, assigneeId));
    if (!updated) throw await missingOrForbidden(scoped, dealId);
    const { previousAssigneeId, ...deal } = updated;
    await checkMembers(scoped, deal.workspaceId, { assigneeId });
    if (previousAssigneeId !== assigneeId) {
      await emitEvents(tx, { workspaceId: deal.workspaceId, userId: ctx.userId }, [
        assignedEvent(ctx, deal, previousAssigneeId),
      ]);
    }
    return deal;
  });
}

/** The workflow engine's move, for a deal: allowed transitions only; the deal takes the step's probability. */
export async function moveDealToStep(ctx: ServiceContext, input: unknown): Promise<Deal> {
  const { dealId, toStepId, reason } = parseInput(MoveDealToStepInput, input);
  await moveToStep(ctx, { entityType: 'deal', entityId: dealId, toStepId, reason });
  const [deal] = await sql.selectDealsByIds(ctx.tx, [dealId]);
  if (!deal) throw new NotFoundError('Deal');
  return deal;
}

/** Live deals by id in one statement; ids the caller cannot see are absent. */
export function loadDeals(ctx: ServiceContext, ids: readonly string[]): Promise<Deal[]> {
  return sql.selectDealsByIds(ctx.tx, ids);
}

/** The live people of these deals, by name, in two statements however many deals. */
export async function loadDealPeople(
  ctx: ServiceContext,
  dealIds: readonly string[],
): Promise<DealPerson[]> {
  const links = await sql.selectDealPeopleLinks(ctx.tx, dealIds);
  if (links.length === 0) return [];
  const people = new Map(
    (await loadPeople(ctx, [...new Set(links.map((l) => l.personId))])).map((p) => [p.id, p]),
  );
  return links
    .flatMap((link) => {
      const person = people.get(link.personId);
      return person ? [{ ...person, dealId: link.dealId }] : [];
    })
    .sort((a, b) => a.sortName.localeCompare(b.sortName) || a.id.localeCompare(b.id));
}

/** Where these deals stand in their workflows. */
export function loadDealStages(
  ctx: ServiceContext,
  dealIds: readonly string[],
): Promise<Project[]> {
  return loadProjects(ctx, 'deal', dealIds);
}

export interface ListDealsArgs {
  workspaceId: string;
  search?: string | null | undefined;
  filter?: unknown;
  customFields?: unknown;
  orderBy?: unknown;
  after?: string | undefined;
  before?: string | undefined;
  limit: number;
  inverted: boolean;
}

/** One page of a workspace's live deals in the requested order, in one statement. */
export function listDeals(ctx: ServiceContext, args: ListDealsArgs): Promise<DealListRow[]> {
  const { workspaceId, search, filter, customFields, orderBy } = parseInput(
    ListDealsInput,
    args,
    [],
  );
  const sort = sql.dealSort(orderBy ?? parseInput(DealOrder, {}));
  return sql.selectDealPage(ctx.tx, {
    workspaceId,
    search,
    filter,
    customFields,
    sort,
    after: args.after ? decodeSortedCursor(sort, args.after, 'after') : undefined,
    before: args.before ? decodeSortedCursor(sort, args.before, 'before') : undefined,
    limit: args.limit,
    inverted: args.inverted,
  });
}

/** The cursor of a row of a list page in this order. */
export function dealCursor(orderBy: unknown): (row: DealListRow) => string {
  const sort = sql.dealSort(parseInput(DealOrder, orderBy ?? {}, ['orderBy']));
  return (row) => encodeSortedCursor(sort, row.sortKey, row.id);
}
