// The demo's recent past: tasks that are late, due today and done, some deals that have sat in
// their step too long, and leads nobody has called. Without it every demo record would be
// minutes old, and Today would have nothing to suggest but advice.
import { completeActivity, createActivity } from '../crm/activities/service.ts';
import { listDeals } from '../crm/deals/service.ts';
import type { Db } from '../db/port.ts';
import type { ServiceContext } from '../db/service-context.ts';

const DAY_MS = 86_400_000;
const at = (days: number, hour = 10) => {
  const d = new Date(Date.now() + days * DAY_MS);
  d.setUTCHours(hour, 0, 0, 0);
  return d.toISOString();
};

/** Tasks on the demo deals, as the demo user. */
export async function seedDemoActivities(ctx: ServiceContext, workspaceId: string): Promise<void> {
  const deals = await listDeals(ctx, { workspaceId }, { limit: 100, inverted: false });
  const byName = new Map(deals.map((d) => [d.name, d.id] as const));
  const task = (title: string, dueAt: string, deal: string | undefined) =>
    createActivity(ctx, {
      workspaceId,
      kind: 'task',
      title,
      dueAt,
      ...(deal ? { entityType: 'deal', entityId: deal } : {}),
    });
  const [first, second, third] = deals;
  await task(
    'Send the revised proposal',
    at(-3),
    byName.get('Northwind warehouse rollout') ?? first?.id,
  );
  await task('Chase the signed order form', at(-1), second?.id);
  await task('Prepare the demo for the call', at(0, 23), third?.id);
  const done = await task('Log the discovery call notes', at(-5), first?.id);
  await completeActivity(ctx, { id: done.id });
}

/** Backdates what the services stamp with now: as the service, after the demo user's writes. */
export async function ageDemoRecords(db: Db, workspaceId: string): Promise<void> {
  await db.asService(async (tx) => {
    // Every third open deal entered its step three weeks ago: past most steps' expected dwell.
    // By name: the deals share one created_at (one transaction), and ids are random, so the
    // same deals are picked on every run (supabase/seed.sql is generated from this seed).
    await tx.query(
      `update wfm.projects p set entered_step_at = now() - interval '21 days'
         from (select wp.id, row_number() over (order by d.name, d.id) as n
                 from wfm.projects wp join crm.live_deals d on d.id = wp.entity_id
                where wp.workspace_id = $1 and wp.entity_type = 'deal') o
        where p.id = o.id and o.n % 3 = 1`,
      [workspaceId],
    );
    // The open leads were last contacted almost a week ago (created_at is the trigger's to keep).
    await tx.query(
      `update crm.leads set last_contacted_at = now() - interval '6 days'
        where workspace_id = $1 and converted_at is null`,
      [workspaceId],
    );
  });
}
