// What asks for tips besides an open app: each morning for every member, and new signals (an
// activity of theirs went overdue, a message has waited long enough for their reply).
import { REPLY_AFTER_HOURS } from '../../lib/recommender/candidates/conversation-generators.ts';
import { replyTipRecipients } from '../../lib/recommender/candidates/reply-recipients.ts';
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

/** A message already due this long when it arrived was backfilled: the next decision offers it. */
const BACKFILL_GRACE_MS = 60 * 60 * 1000;

export const requestTipOnUnansweredMessage = (
  inngest: WaymarkInngest,
  { db }: AutomationServices,
) =>
  inngest.createFunction(
    {
      id: 'request-tip-on-unanswered-message',
      name: 'Request a tip when a message waited long enough for a reply',
      triggers: [
        {
          event: events['connector/message.received'],
          if: "event.data.direction == 'inbound' && event.data.personId != null",
        },
      ],
    },
    async ({ event, step }) => {
      const { workspaceId, conversationId, messageId, sentAt } = event.data;
      const due = new Date(Date.parse(sentAt) + REPLY_AFTER_HOURS * 3_600_000);
      const arrived = event.ts ?? Date.now();
      if (due.getTime() < arrived - BACKFILL_GRACE_MS) return { requested: 0, reason: 'backfill' };
      if (due.getTime() > arrived) await step.sleepUntil('wait-for-a-reply', due);

      const userIds = await step.run('find-who-should-reply', () =>
        db.asService((tx) => replyTipRecipients(tx, conversationId, sentAt)),
      );
      if (userIds.length === 0) return { requested: 0, reason: 'answered or nobody to ask' };
      await step.sendEvent(
        'request-tips',
        userIds.map((userId) =>
          events['tip/requested'].create(
            { workspaceId, userId, reason: 'message waiting for a reply' },
            { id: `reply-tip:${messageId}:${userId}` },
          ),
        ),
      );
      return { requested: userIds.length };
    },
  );
