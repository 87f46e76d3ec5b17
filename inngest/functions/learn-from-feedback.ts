// Learning from answers: every policy updates with the answer's reward (once per answer); a
// snoozed tip comes back when its snooze ends; a tip on a deal that then moves forward earns
// full credit.
import { applyReward } from '../../lib/recommender/learning/apply-reward.ts';
import { creditTipForDealMove } from '../../lib/recommender/learning/credit-tip.ts';
import { CREDIT_WINDOW_DAYS } from '../../lib/recommender/learning/rewards.ts';
import { reopenSnoozedTip } from '../../lib/recommender/tips/service.ts';
import type { WaymarkInngest } from '../client.ts';
import { events } from '../events.ts';
import type { AutomationServices } from '../services.ts';
import { deliverNotification } from '../steps/deliver-notification.ts';
import { tipNotification } from '../tip-notification.ts';

export const learnFromFeedback = (inngest: WaymarkInngest, { db }: AutomationServices) =>
  inngest.createFunction(
    {
      id: 'learn-from-feedback',
      name: 'Learn from tip feedback',
      triggers: [{ event: events['tip/feedback.received'] }],
    },
    async ({ event, step }) => {
      const f = event.data;
      const learned = await step.run('update-policies', () =>
        db.asService((tx) =>
          applyReward(tx, {
            workspaceId: f.workspaceId,
            tipId: f.tipId,
            source: `feedback:${f.feedbackId}`,
            reward: f.reward,
          }),
        ),
      );
      return { policiesUpdated: learned };
    },
  );

export const resurfaceSnoozedTip = (inngest: WaymarkInngest, services: AutomationServices) =>
  inngest.createFunction(
    {
      id: 'resurface-snoozed-tip',
      name: 'Bring a snoozed tip back',
      triggers: [{ event: events['tip/feedback.received'], if: "event.data.reaction == 'SNOOZE'" }],
    },
    async ({ event, step }) => {
      const f = event.data;
      await step.sleepUntil('wait-for-snooze-to-end', f.snoozeUntil!);
      const tip = await step.run('reopen-tip', () =>
        services.db.asService((tx) => reopenSnoozedTip(tx, f.tipId)),
      );
      if (!tip) return { reopened: false }; // answered some other way meanwhile
      await deliverNotification(
        step,
        services,
        tipNotification(tip, services.publicUrl, `resurfaced:${f.feedbackId}`),
      );
      return { reopened: true };
    },
  );

export const creditTipOnDealProgress = (inngest: WaymarkInngest, { db }: AutomationServices) =>
  inngest.createFunction(
    {
      id: 'credit-tip-on-deal-progress',
      name: 'Credit a tip when its deal moves forward',
      triggers: [
        {
          event: events['tip/feedback.received'],
          if: "event.data.entityType == 'deal' && event.data.reaction != 'DISMISS'",
        },
      ],
    },
    async ({ event, step }) => {
      const f = event.data;
      const move = await step.waitForEvent('wait-for-deal-move', {
        event: events['crm/deal.stage-changed'],
        timeout: `${CREDIT_WINDOW_DAYS}d`,
        if: "async.data.dealId == event.data.entityId && async.data.kind == 'move'",
      });
      if (!move) return { credited: false };
      const data = move.data;
      const credited = await step.run('credit-tip', () =>
        db.asService((tx) =>
          creditTipForDealMove(tx, {
            workspaceId: f.workspaceId,
            tipId: f.tipId,
            fromStepId: data.fromStepId,
            toStepId: data.toStepId,
            toCategory: data.toCategory,
          }),
        ),
      );
      return { credited };
    },
  );
