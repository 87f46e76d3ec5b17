// Deals as a record kind: opportunities with an organization, people, an assignee and a place in
// a sales workflow. Creating one links its people and starts it at the workflow's first step.
import type { ServiceContext } from '../../db/service-context.ts';
import type { FieldError } from '../../errors/app-errors.ts';
import { emitEvents } from '../../automation/outbox.ts';
import { startProject } from '../../wfm/service.ts';
import { organizationGone, organizationProblems } from '../organizations/service.ts';
import { loadPeople } from '../people/service.ts';
import type { SortSpec } from '../records/keyset.ts';
import { type RecordKind, userReferences } from '../records/kind.ts';
import { assignedEvent } from './assigned-event.ts';
import * as sql from './sql.ts';

export type Deal = sql.DealRow;

/** Every person must be live and of the deal's workspace. */
async function peopleProblems(
  ctx: ServiceContext,
  deal: Deal,
  personIds: unknown,
): Promise<FieldError[]> {
  if (!Array.isArray(personIds) || personIds.length === 0) return [];
  const ids = personIds as string[];
  const found = new Set(
    (await loadPeople(ctx, [...new Set(ids)]))
      .filter((p) => p.workspaceId === deal.workspaceId)
      .map((p) => p.id),
  );
  return ids.flatMap((id, index) =>
    found.has(id)
      ? []
      : [
          {
            path: ['input', 'personIds', String(index)],
            message: 'is not a person of this workspace',
          },
        ],
  );
}

/** Nullable sort keys are coalesced so deals without a value come last either way. */
const orderBy =
  (expression: (desc: boolean) => string, cast: string, keyText?: string) =>
  (name: string) =>
  (direction: 'ASC' | 'DESC'): SortSpec => {
    const desc = direction === 'DESC';
    return {
      name: `${name}:${direction}`,
      expression: expression(desc),
      cast,
      direction: desc ? 'desc' : 'asc',
      idColumn: 'd.id',
      ...(keyText ? { keyText } : {}),
    };
  };

export const dealKind: RecordKind<Deal> = {
  entity: 'Deal',
  entityType: 'deal',
  table: 'crm.deals',
  alias: 'd',
  select: sql.DEAL_COLUMNS,
  writable: sql.DEAL_WRITABLE,
  references: [
    { fragment: 'organization', field: 'organizationId', message: organizationGone },
    ...userReferences(['owner', 'assignee']),
  ],
  memberFields: ['ownerId', 'assigneeId'],
  customFields: true,
  forbidden: 'Your role in this workspace cannot change this deal',
  createdEvent: (deal, actorId) => ({
    name: 'crm/deal.created',
    data: { workspaceId: deal.workspaceId, dealId: deal.id, actorId },
  }),
  listing: {
    search: (p) =>
      `(d.name ilike ${p} or exists (select 1 from crm.organizations o
         where o.id = d.organization_id and o.deleted_at is null and o.name ilike ${p}))`,
    filters: {
      organizationId: (p) => `d.organization_id = ${p}::uuid`,
      assigneeId: (p) => `d.assignee_id = ${p}::uuid`,
      ownerId: (p) => `d.owner_id = ${p}::uuid`,
      stepId: (p) => sql.atWorkflowStep(p),
      workflowId: (p) => sql.inWorkflow(p),
    },
    orders: {
      NAME: orderBy(() => 'lower(d.name)', 'text')('NAME'),
      AMOUNT: orderBy(
        (desc) => `coalesce(d.amount, ${desc ? '-1' : '1e15'}::numeric)`,
        'numeric',
      )('AMOUNT'),
      EXPECTED_CLOSE_DATE: orderBy(
        (desc) => `coalesce(d.expected_close_date, '${desc ? '-infinity' : 'infinity'}'::date)`,
        'date',
      )('EXPECTED_CLOSE_DATE'),
      // Microseconds in UTC: a JS Date would drop them and skip rows on the next page.
      UPDATED_AT: orderBy(
        () => 'd.updated_at',
        'timestamptz',
        `to_char(d.updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
      )('UPDATED_AT'),
      PROBABILITY: orderBy(() => 'd.probability', 'numeric')('PROBABILITY'),
    },
  },
  hooks: {
    problems: async (ctx, deal, values) => [
      ...(await organizationProblems(ctx, deal.workspaceId, values.organizationId)),
      ...(await peopleProblems(ctx, deal, values.personIds)),
    ],
    created: async (ctx, deal, values) => {
      await sql.replaceDealPeople(ctx.tx, deal.workspaceId, deal.id, unique(values.personIds));
      const project = await startProject(ctx, {
        workspaceId: deal.workspaceId,
        entityType: 'deal',
        entityId: deal.id,
        workflowId: values.workflowId as string | null | undefined,
      });
      if (deal.assigneeId) {
        await emitEvents(ctx.tx, { workspaceId: deal.workspaceId, userId: ctx.userId }, [
          assignedEvent(ctx.userId, deal, null),
        ]);
      }
      // The engine gave the deal its first step's probability.
      return { ...deal, probability: project.stepProbability };
    },
    updated: async (ctx, deal, patch) => {
      if (Array.isArray(patch.personIds)) {
        await sql.replaceDealPeople(ctx.tx, deal.workspaceId, deal.id, unique(patch.personIds));
      }
      return deal;
    },
  },
};

function unique(ids: unknown): string[] {
  return [...new Set(Array.isArray(ids) ? (ids as string[]) : [])];
}
