// How tips read on Today: their kind as a badge, where their record lives, and the recommender's
// feature and policy names in words.
import type { EntityType, PolicyName, TipKind } from '../../gql/graphql.ts';

export const TIP_KIND_LABELS: Readonly<Record<TipKind, string>> = {
  ADVICE: 'Advice',
  CLOSING_HIGH_VALUE_DEAL: 'Closing soon',
  DEAL_WITHOUT_NEXT_ACTIVITY: 'No next step',
  DUE_TODAY_ACTIVITY: 'Due today',
  OVERDUE_ACTIVITY: 'Overdue',
  // The title names the person ("Reply to Ada Lovelace"); the badge says what to do.
  REPLY_MESSAGE: 'Reply',
  STALE_DEAL: 'Stale deal',
  UNCONTACTED_LEAD: 'New lead',
};

export const TIP_KIND_COLORS: Readonly<Record<TipKind, string>> = {
  ADVICE: 'purple',
  CLOSING_HIGH_VALUE_DEAL: 'green',
  DEAL_WITHOUT_NEXT_ACTIVITY: 'blue',
  DUE_TODAY_ACTIVITY: 'orange',
  OVERDUE_ACTIVITY: 'red',
  REPLY_MESSAGE: 'cyan',
  STALE_DEAL: 'yellow',
  UNCONTACTED_LEAD: 'teal',
};

export const POLICY_LABELS: Readonly<Record<PolicyName, string>> = {
  RULES: 'Rules',
  LINUCB: 'LinUCB',
  LINEAR_THOMPSON: 'Linear Thompson sampling',
  EPSILON_GREEDY: 'ε-greedy',
};

export interface RecordLink {
  to: string;
  label: string;
}

/** The page of the record a tip is about; none for advice or an unknown type. */
export function recordLinkOf(tip: {
  entityType?: EntityType | null;
  entityId?: string | null;
}): RecordLink | null {
  const id = tip.entityId ? encodeURIComponent(tip.entityId) : null;
  switch (tip.entityType) {
    case 'DEAL':
      return id ? { to: `/deals/${id}`, label: 'Open the deal' } : null;
    case 'LEAD':
      return id ? { to: `/leads/${id}`, label: 'Open the lead' } : null;
    case 'ORGANIZATION':
      return id ? { to: `/organizations/${id}`, label: 'Open the organization' } : null;
    case 'PERSON':
      return id ? { to: `/people/${id}`, label: 'Open the person' } : null;
    case 'ACTIVITY':
      return { to: '/activities', label: 'Open your activities' };
    default:
      return null;
  }
}

const FEATURE_LABELS: Readonly<Record<string, string>> = {
  bias: 'Baseline',
  user_is_manager: 'You manage a team',
  user_workload: 'Your open workload',
  hour_sin: 'Time of day',
  hour_cos: 'Time of day (evening)',
  weekend: 'Weekend',
  user_acceptance_of_kind: 'How often you act on tips like this',
  log_amount: 'Deal size',
  probability: 'Win probability',
  step_progress: 'Progress through the pipeline',
  days_in_step: 'Days in its step',
  staleness: 'Time past the expected stay',
  days_overdue: 'Days overdue',
};

/** A feature of the recommender's layout in words: "kind_stale_deal" reads "Kind: Stale deal". */
export function featureLabel(feature: string): string {
  const known = FEATURE_LABELS[feature];
  if (known) return known;
  if (feature.startsWith('kind_')) {
    const kind = feature.slice(5).toUpperCase() as TipKind;
    return `Kind: ${TIP_KIND_LABELS[kind] ?? feature.slice(5).replaceAll('_', ' ')}`;
  }
  const words = feature.replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** 0.62 as "62%"; tiny probabilities as "<1%" rather than a misleading "0%". */
export function formatProbability(p: number): string {
  if (p > 0 && p < 0.005) return '<1%';
  return `${Math.round(p * 100)}%`;
}

/** A signed contribution: "+0.42", "−0.08". */
export function formatContribution(value: number): string {
  const magnitude = Math.abs(value);
  const digits = magnitude >= 10 ? 1 : 2;
  const text = magnitude.toFixed(digits);
  return value < 0 ? `−${text}` : `+${text}`;
}
