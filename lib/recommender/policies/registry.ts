// Every policy by its persisted name: workspaces store the name of their live and shadow
// policies, and decisions and learning look the implementation up here.
import { epsilonGreedyPolicy } from './epsilon-greedy.ts';
import { linearThompsonPolicy } from './linear-thompson.ts';
import { linUcbPolicy } from './linucb.ts';
import { rulesPolicy } from './rules.ts';
import { POLICY_NAMES, type Policy, type PolicyName } from './types.ts';

/** The app's policies with their default hyperparameters, by name. */
export const policies = {
  rules: rulesPolicy,
  'epsilon-greedy': epsilonGreedyPolicy,
  linucb: linUcbPolicy,
  'linear-thompson': linearThompsonPolicy,
} as const satisfies Record<PolicyName, Policy<unknown>>;

export function isPolicyName(value: unknown): value is PolicyName {
  return typeof value === 'string' && (POLICY_NAMES as readonly string[]).includes(value);
}

/**
 * The policy named `name`, typed over an opaque state: callers hold states they got from this
 * policy's initialState or fromJSON and hand them back unchanged. Throws for a name that is not a
 * policy (a stale database row, say) rather than returning undefined.
 */
export function getPolicy(name: PolicyName): Policy<unknown> {
  if (!isPolicyName(name)) throw new Error(`Unknown recommender policy: ${String(name)}`);
  return policies[name];
}
