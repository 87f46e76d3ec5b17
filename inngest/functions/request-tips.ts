// What asks for tips besides an open app: each morning for every member, and new signals (an
// activity of theirs went overdue).
import { listActingMembers } from '../../lib/workspaces/service.ts';
import type { WaymarkInngest } from '../client.ts';
import { events } from '../events.ts';
import type { AutomationServices } from '../services.ts';

export const requestMorningTips = (inngest: WaymarkInngest, { db }: AutomationServices) =>
  inngest.createFunction(
    {
      id: 'request-morning-tips',
      name: 'Request the morning tips',
      triggers: [{ cron: '0 7 * * 1-5' }],
    },
    async ({ step }) => {
      const members = await step.run('list-members', () =>
        db.asService((tx) => listActingMembers(tx)),
      );
      if (members.length === 0) return { requested: 0 };
      const day = new Date().toISOString().slice(0, 10);
      await step.sendEvent(
        'request-tips',
        members.map((m) =>
          events['tip/requested'].create(
            { ...m, reason: 'morning' },
            { id: `morning-tip:${day}:${m.workspaceId}:${m.userId}` },
          ),
        ),
      );
      return { requested: members.length };
    },
  );

export const requestTipOnOverdueActivity = (inngest: WaymarkInngest) =>
  inngest.createFunction(
    {
      id: 'request-tip-on-overdue-activity',
      name: 'Request a tip when an activity goes overdue',
      triggers: [{ event: events['crm/activity.overdue'], if: 'event.data.assigneeId != null' }],
    },
    async ({ event, step }) => {
      const { workspaceId, assigneeId, activityId } = event.data;
      // The trigger's `if` lets only assigned activities through.
      if (!assigneeId) return;
      await step.sendEvent(
        'request-tip',
        events['tip/requested'].create(
          { workspaceId, userId: assigneeId, reason: 'activity overdue' },
          { id: `overdue-tip:${activityId}` },
        ),
      );
    },
  );
