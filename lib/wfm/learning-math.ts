// Learned win probability and dwell time of a workflow step: what history says, shrunk toward
// what the step was configured with, so a handful of outcomes cannot swing the numbers.
//
// Probability: a Beta prior centred on the step's default probability p0, worth k closed
// entities: learned = (wins + k·p0) / (closed + k). k = 5: with five closed entities history and
// the default weigh the same, with twenty history carries 80%. A small team closes a few deals per
// step a quarter, so learning shows within a quarter, while one lost deal cannot take a 60% step
// to 0%.
//
// Dwell: the mean of completed stays, shrunk toward the configured expected dwell d0 as if it
// were m more stays: learned = (Σ days + m·d0) / (n + m). m = 3: a stay is a duration, not a
// coin flip, so each observation says more and a weaker prior is enough.

export const PROBABILITY_PRIOR_WEIGHT = 5;
export const DWELL_PRIOR_WEIGHT = 3;

/** How entities that entered a step fared, aggregated from status history. */
export type StepOutcomes = {
  /** Entities that entered the step, at least once. */
  entered: number;
  /** Of those, the ones whose workflow is now over: won or lost. */
  closed: number;
  /** Of those, the ones that were won. */
  won: number;
  /** Stays in the step that ended (the entity moved on), and their total length in days. */
  completedStays: number;
  stayDays: number;
};

export interface LearnedStep {
  learnedProbability: number;
  /** Closed entities the probability was learned from. */
  sampleSize: number;
  /** null when the step has no configured dwell and no completed stay. */
  learnedDwellDays: number | null;
  dwellSampleSize: number;
}

export function learnedProbability(won: number, closed: number, prior: number): number {
  return (won + PROBABILITY_PRIOR_WEIGHT * prior) / (closed + PROBABILITY_PRIOR_WEIGHT);
}

/** With no configured dwell there is nothing to shrink toward: the plain mean, or null. */
export function learnedDwellDays(
  stayDays: number,
  stays: number,
  prior: number | null,
): number | null {
  if (prior === null) return stays > 0 ? stayDays / stays : null;
  return (stayDays + DWELL_PRIOR_WEIGHT * prior) / (stays + DWELL_PRIOR_WEIGHT);
}

export function learnStep(
  outcomes: StepOutcomes,
  defaults: { defaultProbability: number; expectedDwellDays: number | null },
): LearnedStep {
  return {
    learnedProbability: learnedProbability(
      outcomes.won,
      outcomes.closed,
      defaults.defaultProbability,
    ),
    sampleSize: outcomes.closed,
    learnedDwellDays: learnedDwellDays(
      outcomes.stayDays,
      outcomes.completedStays,
      defaults.expectedDwellDays,
    ),
    dwellSampleSize: outcomes.completedStays,
  };
}
