// The feature vector of one candidate: where each feature sits. Policies persist weights by
// position, so this layout is part of their state: append, never reorder. A saved state with
// fewer features is grown on load (ridge-arms.ts) on the premise that its features are a prefix
// of this list; a new kind appends one, a new named feature would shift the one-hot block and
// needs a real state migration.
import { CANDIDATE_KINDS } from '../candidate-kinds.ts';

export const FEATURES = [
  'bias',
  // the user
  'user_is_manager',
  'user_workload',
  'hour_sin',
  'hour_cos',
  'weekend',
  'user_acceptance_of_kind',
  // the entity
  'log_amount',
  'probability',
  'step_progress',
  'days_in_step',
  'staleness',
  'days_overdue',
  // the candidate kind, one-hot
  ...CANDIDATE_KINDS.map((kind) => `kind_${kind}` as const),
] as const;

export type FeatureName = (typeof FEATURES)[number];

export const DIMS = FEATURES.length;

export const FEATURE_INDEX = Object.fromEntries(FEATURES.map((name, i) => [name, i])) as Record<
  FeatureName,
  number
>;
