// When a deal gets an assignee, give them a task to review it: created by the system, once per
// assignment however often the step runs.
import { ensureSystemActivity } from '../../lib/crm/activities/system-activities.ts';
import type { WaymarkInngest } from '../client.ts';
import { events } from '../events.ts';
import type { AutomationServices } from '../services.ts';

export const reviewNewDeal = (inngest: WaymarkInngest, { db }: AutomationServices) =>
  inngest.createFunction(
    {
      id: 'review-new-deal',
      name: 'Review your new deal',
      triggers: [{ event: events['crm/deal.assigned'], if: 'event.data.assigneeId != null' }],
    },
    async ({ event, step }) => {
      const { workspaceId, dealId, assigneeId } = event.data;
      return step.run('create-review-task', () =>
        db.asService((tx) =>
          ensureSystemActivity(tx, {
            workspaceId,
            kind: 'task',
            title: 'Review your new deal',
            dueAt: new Date(Date.now() + 86_400_000).toISOString(),
            assigneeId,
            entityType: 'deal',
            entityId: dealId,
            automation: 'review-new-deal',
            idempotencyKey: `review-new-deal:${event.id}`,
          }),
        ),
      );
    },
  );
