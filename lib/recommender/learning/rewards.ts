// What an answer is worth to the learners. Done is the goal; a snooze says "right idea, wrong
// time", worth a little; a dismissal says the tip was not useful. A deal moving forward after
// its tip is the strongest evidence of all and is credited in full (credit-tip.ts).
import type { Reaction } from '../../events/recommender.ts';

export const REWARD: Record<Reaction, number> = { DONE: 1, SNOOZE: 0.25, DISMISS: 0 };

export const CREDIT_REWARD = 1;

/** How long after a tip on a deal its forward move still counts as the tip's doing. */
export const CREDIT_WINDOW_DAYS = 7;
