// The kinds of action a tip can suggest. Each kind is one arm of the disjoint bandit models and one
// slot of the feature vector's one-hot block, so the order here is part of persisted policy state:
// append new kinds at the end, never reorder.
export const CANDIDATE_KINDS = [
  'stale_deal',
  'overdue_activity',
  'due_today_activity',
  'deal_without_next_activity',
  'uncontacted_lead',
  'closing_high_value_deal',
  'advice',
  'reply_message',
] as const;

export type CandidateKind = (typeof CANDIDATE_KINDS)[number];

export const KIND_COUNT = CANDIDATE_KINDS.length;

export function kindIndex(kind: CandidateKind): number {
  return CANDIDATE_KINDS.indexOf(kind);
}
