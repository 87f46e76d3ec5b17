// Step 3 of a decision: the live policy picks; every shadow picks too. The logged action is
// sampled from the live policy's probabilities mixed with a small uniform floor, so every
// candidate has a known, non-zero propensity and shadows can be evaluated off-policy from the log
// (ADR 0009).
import { FEATURES } from '../context/feature-layout.ts';
import type { Rng } from '../policies/random.ts';
import type { CandidateMatrix, PolicyName } from '../policies/types.ts';
import type { LoadedPolicy, WorkspacePolicies } from './policy-states.ts';

/** The share of decisions spread uniformly over all candidates, whatever the live policy says. */
export const EXPLORATION_FLOOR = 0.05;
const TOP_FEATURES = 5;

export interface ShadowPick {
  policy: PolicyName;
  index: number;
  /** The shadow's probability of its own pick. */
  propensity: number;
  /** The shadow's probability of the action actually logged: what OPE weighs by. */
  probabilityOfChosen: number;
  probabilities: number[];
}

export interface FeatureContribution {
  feature: string;
  value: number;
  contribution: number;
}

export interface Decision {
  policy: PolicyName;
  index: number;
  propensity: number;
  /** The logging distribution: the live policy's probabilities with the floor mixed in. */
  probabilities: number[];
  shadows: ShadowPick[];
  topFeatures: FeatureContribution[];
  /** The generator's urgency for the chosen action: what the rules baseline ranks by. */
  priority: number;
}

function sample(probabilities: Float64Array, rng: Rng): number {
  const u = rng.next();
  let total = 0;
  for (let i = 0; i < probabilities.length; i++) {
    total += probabilities[i]!;
    if (u < total) return i;
  }
  return probabilities.length - 1; // rounding left u above the last partial sum
}

function withFloor(probabilities: Float64Array): Float64Array {
  const n = probabilities.length;
  const out = new Float64Array(n);
  // Rounding may lift a sure thing a hair above 1: a probability it is not.
  for (let i = 0; i < n; i++) {
    out[i] = Math.min(1, (1 - EXPLORATION_FLOOR) * probabilities[i]! + EXPLORATION_FLOOR / n);
  }
  return out;
}

function shadowPick(
  shadow: LoadedPolicy,
  m: CandidateMatrix,
  chosen: number,
  rng: Rng,
): ShadowPick {
  const probabilities = shadow.policy.probabilities(shadow.state, m, rng);
  const index = sample(probabilities, rng);
  return {
    policy: shadow.name,
    index,
    propensity: probabilities[index]!,
    probabilityOfChosen: probabilities[chosen]!,
    probabilities: Array.from(probabilities),
  };
}

function topFeatures(live: LoadedPolicy, m: CandidateMatrix, index: number): FeatureContribution[] {
  const contributions = live.policy.contributions(live.state, m, index);
  const row = index * m.dims;
  return Array.from(contributions, (contribution, i) => ({
    feature: FEATURES[i] ?? `f${i}`,
    value: m.features[row + i]!,
    contribution,
  }))
    .filter((f) => f.contribution !== 0)
    .sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution))
    .slice(0, TOP_FEATURES);
}

/** Picks one candidate of a non-empty matrix. */
export function choose(policies: WorkspacePolicies, m: CandidateMatrix, rng: Rng): Decision {
  if (m.count === 0) throw new Error('choose() needs at least one candidate');
  const logging = withFloor(policies.live.policy.probabilities(policies.live.state, m, rng));
  const index = sample(logging, rng);
  return {
    policy: policies.live.name,
    index,
    propensity: logging[index]!,
    probabilities: Array.from(logging),
    shadows: policies.shadows.map((s) => shadowPick(s, m, index, rng)),
    topFeatures: topFeatures(policies.live, m, index),
    priority: m.priorities[index]!,
  };
}
