// What callers send about tips, checked with zod.
import { z } from 'zod';
import { REACTIONS } from '../../events/recommender.ts';

export const TIP_STATUSES = ['open', 'done', 'snoozed', 'dismissed'] as const;

export const WorkspaceInput = z.object({ workspaceId: z.uuid() });

export const TipIdInput = z.object({ tipId: z.uuid() });

export const TipsInput = z.object({
  workspaceId: z.uuid(),
  statuses: z.array(z.enum(TIP_STATUSES)).max(4).nullish(),
  first: z
    .int()
    .min(1, 'must be between 1 and 100')
    .max(100, 'must be between 1 and 100')
    .nullish(),
});

/** How far ahead a snooze may reach. */
const MAX_SNOOZE_DAYS = 90;

export const TipReaction = z.enum(REACTIONS);

export const GiveTipFeedbackInput = z
  .object({
    tipId: z.uuid(),
    reaction: TipReaction,
    snoozeUntil: z.coerce.date().nullish().describe('Required to SNOOZE; in the future.'),
    reason: z
      .string()
      .trim()
      .max(500)
      .nullish()
      .describe('Why, in a few words (e.g. why it was dismissed).'),
  })
  .superRefine((input, ctx) => {
    if (input.reaction !== 'SNOOZE') {
      if (input.snoozeUntil) {
        ctx.addIssue({ code: 'custom', path: ['snoozeUntil'], message: 'is only for SNOOZE' });
      }
      return;
    }
    const now = Date.now();
    if (!input.snoozeUntil) {
      ctx.addIssue({ code: 'custom', path: ['snoozeUntil'], message: 'is required to snooze' });
    } else if (input.snoozeUntil.getTime() <= now) {
      ctx.addIssue({ code: 'custom', path: ['snoozeUntil'], message: 'must be in the future' });
    } else if (input.snoozeUntil.getTime() > now + MAX_SNOOZE_DAYS * 86_400_000) {
      ctx.addIssue({
        code: 'custom',
        path: ['snoozeUntil'],
        message: `must be within ${MAX_SNOOZE_DAYS} days`,
      });
    }
  });
