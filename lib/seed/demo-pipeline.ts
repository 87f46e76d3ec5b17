// Seeds the demo workspace's deals and leads through the same services as the API, moving each
// along its workflow with the engine's moveToStep so the history and events are real.
import type { ServiceContext } from '../db/service-context.ts';
import { createDeal } from '../crm/deals/service.ts';
import { convertLead, createLead } from '../crm/leads/service.ts';
import { listOrganizations } from '../crm/organizations/service.ts';
import { listPeople } from '../crm/people/service.ts';
import { availableTransitions, moveToStep } from '../wfm/service.ts';
import { DEMO_DEALS, DEMO_LEADS } from './demo-data.ts';

const DAY_MS = 86_400_000;

export async function seedDemoPipeline(ctx: ServiceContext, workspaceId: string): Promise<void> {
  const page = { limit: 100, inverted: false };
  const organizations = new Map(
    (await listOrganizations(ctx, { workspaceId }, page)).map((o) => [o.name, o.id] as const),
  );
  const people = new Map(
    (await listPeople(ctx, { workspaceId }, page)).map((p) => [p.name, p.id] as const),
  );
  const idOf = (ids: Map<string, string>, name: string) => {
    const id = ids.get(name);
    if (!id) throw new Error(`Demo data names ${name}, which was not seeded`);
    return id;
  };

  for (const { organization, people: names, closesInDays, moves, ...deal } of DEMO_DEALS) {
    const created = await createDeal(ctx, {
      workspaceId,
      ...deal,
      organizationId: organization ? idOf(organizations, organization) : null,
      personIds: names.map((name) => idOf(people, name)),
      assigneeId: ctx.userId,
      expectedCloseDate:
        closesInDays === null
          ? null
          : new Date(Date.now() + closesInDays * DAY_MS).toISOString().slice(0, 10),
    });
    await moveAlong(ctx, 'deal', created.id, moves);
  }

  for (const { moves, convert, ...lead } of DEMO_LEADS) {
    const created = await createLead(ctx, { workspaceId, ...lead, assigneeId: ctx.userId });
    await moveAlong(ctx, 'lead', created.id, moves);
    if (convert) await convertLead(ctx, { leadId: created.id, ...convert });
  }
}

/** Moves an entity through these steps of its workflow, by step key, one allowed move at a time. */
async function moveAlong(
  ctx: ServiceContext,
  entityType: 'deal' | 'lead',
  entityId: string,
  stepKeys: readonly string[],
) {
  for (const key of stepKeys) {
    const options = await availableTransitions(ctx, { entityType, entityId });
    const target = options.find((option) => option.stepKey === key);
    if (!target) throw new Error(`The ${entityType} workflow has no step ${key}`);
    await moveToStep(ctx, { entityType, entityId, toStepId: target.stepId, reason: null });
  }
}
