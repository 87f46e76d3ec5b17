// Events of the recommender: what asks for a tip, what a decision and an answer announce.
import { z } from 'zod';

export const REACTIONS = ['DONE', 'SNOOZE', 'DISMISS'] as const;
export type Reaction = (typeof REACTIONS)[number];

export const recommenderEvents = {
  /** Someone or something wants a fresh tip for a user: an open app, a schedule, a new signal. */
  'tip/requested': z.object({
    workspaceId: z.uuid(),
    userId: z.uuid(),
    reason: z.string().max(200),
  }),
  'tip/decided': z.object({
    workspaceId: z.uuid(),
    userId: z.uuid(),
    tipId: z.uuid(),
  }),
  'tip/feedback.received': z.object({
    workspaceId: z.uuid(),
    userId: z.uuid(),
    tipId: z.uuid(),
    /** One per answer: a snoozed tip that comes back may be answered again. */
    feedbackId: z.string().min(1),
    reaction: z.enum(REACTIONS),
    reward: z.number().min(0).max(1),
    snoozeUntil: z.iso.datetime({ offset: true }).nullable(),
    entityType: z.string().nullable(),
    entityId: z.uuid().nullable(),
  }),
  'recommender/policy.promoted': z.object({
    workspaceId: z.uuid(),
    fromPolicy: z.string(),
    toPolicy: z.string(),
    actorId: z.uuid(),
  }),
} as const;
