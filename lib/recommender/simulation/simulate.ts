// Runs one policy against the simulated CRM the way the app runs it (probabilities, sample,
// observe, update) and measures what it cost: cumulative regret against an oracle that knows
// every candidate's true acceptance probability. The world, the choices, the rewards and the
// policy's own randomness are separate seeded streams, so every policy faces the same rounds.
import { KIND_COUNT } from '../candidate-kinds.ts';
import { DIMS } from '../context/feature-layout.ts';
import { createRng } from '../policies/random.ts';
import { getPolicy } from '../policies/registry.ts';
import type { Policy, PolicyName } from '../policies/types.ts';
import { createCrmWorld, MAX_CANDIDATES } from './crm-world.ts';

export interface SimulationOptions {
  /** A registered policy with its app defaults, 'random' (uniform), or a configured instance. */
  policy: PolicyName | 'random' | Policy<unknown>;
  seed: number;
  decisions: number;
  /** Points on the regret curve; 20 unless told. */
  curvePoints?: number;
}

export interface SimulationResult {
  policy: string;
  seed: number;
  decisions: number;
  /** Σ over decisions of (best true acceptance − the chosen candidate's true acceptance). */
  cumulativeRegret: number;
  /** Mean true acceptance probability of the chosen candidates. */
  meanAcceptance: number;
  /** Cumulative regret after evenly spaced numbers of decisions, ending at `decisions`. */
  curve: Array<{ decisions: number; cumulativeRegret: number }>;
}

// Distinct stream per purpose, derived from the one seed.
const CHOICE_STREAM = 0x51ed270b;
const REWARD_STREAM = 0x2545f491;
const POLICY_STREAM = 0x6c8e9cf5;

/** The index whose cumulative probability first exceeds u; rounding never picks a zero. */
function sampleIndex(probabilities: Float64Array, count: number, u: number): number {
  let last = -1;
  for (let i = 0; i < count; i++) {
    const p = probabilities[i]!;
    if (p <= 0) continue;
    last = i;
    u -= p;
    if (u < 0) return i;
  }
  return last;
}

export function simulate(options: SimulationOptions): SimulationResult {
  const { seed, decisions, curvePoints = 20 } = options;
  const policy =
    options.policy === 'random'
      ? undefined
      : typeof options.policy === 'string'
        ? getPolicy(options.policy)
        : options.policy;
  const world = createCrmWorld(seed);
  const choiceRng = createRng(seed ^ CHOICE_STREAM);
  const rewardRng = createRng(seed ^ REWARD_STREAM);
  const policyRng = createRng(seed ^ POLICY_STREAM);
  const state = policy?.initialState(KIND_COUNT, DIMS);
  const probabilities = new Float64Array(MAX_CANDIDATES);
  const chosenFeatures = new Float64Array(DIMS);
  const curve: SimulationResult['curve'] = [];
  let regret = 0;
  let acceptanceSum = 0;

  for (let t = 1; t <= decisions; t++) {
    const { candidates, acceptance } = world.nextRound();
    const { count } = candidates;
    if (policy) policy.probabilities(state, candidates, policyRng, probabilities);
    else probabilities.fill(1 / count, 0, count);
    const chosen = sampleIndex(probabilities, count, choiceRng.next());
    let best = 0;
    for (let i = 0; i < count; i++) best = Math.max(best, acceptance[i]!);
    regret += best - acceptance[chosen]!;
    acceptanceSum += acceptance[chosen]!;
    // Drawn for every policy, so the same decision index sees the same uniform everywhere.
    const reward = rewardRng.next() < acceptance[chosen]! ? 1 : 0;
    if (policy) {
      chosenFeatures.set(candidates.features.subarray(chosen * DIMS, (chosen + 1) * DIMS));
      policy.update(state, candidates.arms[chosen]!, chosenFeatures, reward);
    }
    if (t === decisions || t % Math.max(1, Math.floor(decisions / curvePoints)) === 0)
      curve.push({ decisions: t, cumulativeRegret: regret });
  }

  return {
    policy: policy?.name ?? 'random',
    seed,
    decisions,
    cumulativeRegret: regret,
    meanAcceptance: acceptanceSum / decisions,
    curve,
  };
}
