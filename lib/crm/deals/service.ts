// Deals: opportunities to sell, with their organization and people, each moving through a sales
// workflow (the workflow engine's project) that sets its probability. Create, update, delete
// and lists are the record kind's (kind.ts); assignment and moves are the deal's own.
import { emitEvents } from '../../automation/outbox.ts';
import type { ServiceContext } from '../../db/service-context.ts';
import { ValidationError } from '../../errors/app-errors.ts';
import { defineOperation } from '../../services/operation.ts';
import { NoRowMatched } from '../../services/run-operation.ts';
import { isMember } from '../../workspaces/service.ts';
import { loadPeople, type Person } from '../people/service.ts';
import { notMemberMessage, type RecordKind } from '../records/kind.ts';
import * as records from '../records/record-service.ts';
import { moveRecordToStep, workflowEntityOf } from '../records/workflow-kind.ts';
import { assignedEvent } from './assigned-event.ts';
import {
  AssignDealInput,
  CreateDealInput,
  DeleteDealInput,
  MoveDealToStepInput,
  UpdateDealInput,
} from './inputs.ts';
import { type Deal, dealKind } from './kind.ts';
import * as sql from './sql.ts';

export type { Deal } from './kind.ts';
/** A person involved in a deal, with the deal they were loaded for. */
export type DealPerson = Person & { dealId: string };

/** Creates a deal with its people at the initial step of a sales workflow, all or nothing. */
export const createDeal = defineOperation(CreateDealInput, (ctx, { workspaceId, ...values }) =>
  records.createRecord(ctx, dealKind, workspaceId, values),
);

/** Changes what the input names; personIds replaces the deal's people. Assign with assignDeal. */
export const updateDeal = defineOperation(UpdateDealInput, (ctx, { id, ...patch }) =>
  records.updateRecord(ctx, dealKind, id, patch),
);

export const deleteDeal = defineOperation(DeleteDealInput, (ctx, { id }) =>
  records.deleteRecord(ctx, dealKind, id),
);

/** Gives the deal to a member (or to no one) and emits crm/deal.assigned when that changes it. */
export const assignDeal = defineOperation(AssignDealInput, async (ctx, { dealId, assigneeId }) => {
  const updated = await records.translateReferences(
    dealKind as RecordKind,
    sql.updateAssignee(ctx.tx, dealId, assigneeId),
  );
  if (!updated) throw new NoRowMatched(dealId);
  const { previousAssigneeId, ...deal } = updated;
  if (assigneeId && !(await isMember(ctx, deal.workspaceId, assigneeId))) {
    throw ValidationError.forField(['input', 'assigneeId'], notMemberMessage);
  }
  if (previousAssigneeId !== assigneeId) {
    await emitEvents(ctx.tx, { workspaceId: deal.workspaceId, userId: ctx.userId }, [
      assignedEvent(ctx.userId, deal, previousAssigneeId),
    ]);
  }
  return deal;
});

/** The workflow engine's move, for a deal: allowed transitions only; the deal takes the step's probability. */
export const moveDealToStep = defineOperation(MoveDealToStepInput, (ctx, { dealId, ...move }) =>
  moveRecordToStep(ctx, dealKind, { id: dealId, ...move }),
);

/** Live deals by id in one statement; ids the caller cannot see are absent. */
export function loadDeals(ctx: ServiceContext, ids: readonly string[]): Promise<Deal[]> {
  return records.loadRecords(ctx, dealKind, ids);
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

/**
 * Deals move through the sales workflow: the engine reads a deal's columns for transition guards
 * (required_fields ['amount']) and gives it the probability of each step it reaches.
 */
export const dealWorkflowEntity = workflowEntityOf(dealKind, {
  onStepReached: (tx, id, step) => sql.setProbability(tx, id, step.defaultProbability),
  stageChangedEvent: { name: 'crm/deal.stage-changed', idField: 'dealId' },
});

/** One page of a workspace's deals (the API's list, for seeds and tools). */
export function listDeals(
  ctx: ServiceContext,
  args: records.RecordListArgs,
  page: records.PageWindow,
): Promise<Deal[]> {
  return records.listRecords(ctx, dealKind, args, page);
}
