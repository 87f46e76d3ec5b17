// The policies and estimators in words, for the chart, the table and the promotion dialog.
import type { PolicyName } from '../../gql/graphql.ts';

export const POLICY_LABELS: Readonly<Record<PolicyName, string>> = {
  RULES: 'Rules',
  LINUCB: 'LinUCB',
  LINEAR_THOMPSON: 'Linear Thompson sampling',
  EPSILON_GREEDY: 'ε-greedy',
};

export const POLICY_DESCRIPTIONS: Readonly<Record<PolicyName, string>> = {
  RULES: 'Fixed priorities: the most urgent, most valuable action first. Learns nothing.',
  LINUCB: 'Learns which actions you take up, and tries uncertain ones while it is unsure.',
  LINEAR_THOMPSON: 'Learns which actions you take up, and samples its beliefs to explore.',
  EPSILON_GREEDY: 'Mostly the action it expects to do best, sometimes a random one to learn.',
};

export const ESTIMATORS = ['dr', 'snips', 'ips', 'dm'] as const;
export type Estimator = (typeof ESTIMATORS)[number];

export const ESTIMATOR_LABELS: Readonly<Record<Estimator, { short: string; long: string }>> = {
  dr: { short: 'DR', long: 'Doubly robust (DR)' },
  snips: { short: 'SNIPS', long: 'Self-normalized IPS (SNIPS)' },
  ips: { short: 'IPS', long: 'Inverse propensity scoring (IPS)' },
  dm: { short: 'DM', long: 'Direct method (DM)' },
};

/** How much to trust an estimate given its effective sample size. */
export function evidenceWords(effectiveSampleSize: number): string {
  if (effectiveSampleSize < 1) return 'no evidence yet';
  if (effectiveSampleSize < 10) return 'very little evidence';
  if (effectiveSampleSize < 30) return 'some evidence';
  return 'solid evidence';
}
