// Every quarter hour, report each activity that went past due as crm/activity.overdue, once.
import {
  markOverdueReported,
  selectOverdueActivities,
} from '../../lib/crm/activities/system-activities.ts';
import type { WaymarkInngest } from '../client.ts';
import { events } from '../events.ts';
import type { AutomationServices } from '../services.ts';

export const reportOverdueActivities = (inngest: WaymarkInngest, { db }: AutomationServices) =>
  inngest.createFunction(
    {
      id: 'report-overdue-activities',
      name: 'Report overdue activities',
      triggers: [{ cron: '*/15 * * * *' }],
    },
    async ({ step }) => {
      const overdue = await step.run('find-overdue', () =>
        db.asService((tx) => selectOverdueActivities(tx, 500)),
      );
      if (overdue.length === 0) return { reported: 0 };
      await step.sendEvent(
        'report-overdue',
        overdue.map((a) =>
          events['crm/activity.overdue'].create(
            {
              workspaceId: a.workspaceId,
              activityId: a.id,
              assigneeId: a.assigneeId,
              title: a.title,
              dueAt: new Date(a.dueAt).toISOString(),
            },
            // The id makes a repeated send of the same activity a no-op.
            { id: `activity-overdue:${a.id}` },
          ),
        ),
      );
      await step.run('mark-reported', () =>
        db.asService((tx) =>
          markOverdueReported(
            tx,
            overdue.map((a) => a.id),
          ),
        ),
      );
      return { reported: overdue.length };
    },
  );
