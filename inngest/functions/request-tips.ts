// What asks for tips besides an open app: each morning for every member, and new signals (an
// activity of theirs went overdue).
import { inngest } from '../client.ts';
import { automationDb } from '../services.ts';

export const requestMorningTips = inngest.createFunction(
  {
    id: 'request-morning-tips',
    name: 'Request the morning tips',
    triggers: [{ cron: '0 7 * * 1-5' }],
  },
  async ({ step }) => {
    const members = await step.run('list-members', () =>
      automationDb().asService((tx) =>
        tx.query<{ workspaceId: string; userId: string }>(
          `select workspace_id as "workspaceId", user_id as "userId"
             from workspaces.workspace_members where role <> 'viewer'`,
        ),
      ),
    );
    if (members.length === 0) return { requested: 0 };
    const day = new Date().toISOString().slice(0, 10);
    await step.sendEvent(
      'request-tips',
      members.map((m) => ({
        id: `morning-tip:${day}:${m.workspaceId}:${m.userId}`,
        name: 'tip/requested' as const,
        data: { ...m, reason: 'morning' },
      })),
    );
    return { requested: members.length };
  },
);

export const requestTipOnOverdueActivity = inngest.createFunction(
  {
    id: 'request-tip-on-overdue-activity',
    name: 'Request a tip when an activity goes overdue',
    triggers: [{ event: 'crm/activity.overdue', if: 'event.data.assigneeId != null' }],
  },
  async ({ event, step }) => {
    const { workspaceId, assigneeId, activityId } = event.data as {
      workspaceId: string;
      assigneeId: string;
      activityId: string;
    };
    await step.sendEvent('request-tip', {
      id: `overdue-tip:${activityId}`,
      name: 'tip/requested',
      data: { workspaceId, userId: assigneeId, reason: 'activity overdue' },
    });
  },
);
