// What every policy sees and answers. Candidates arrive as one row-major typed matrix so scoring
// allocates nothing per candidate; a policy answers with a probability for every candidate, and
// the decision samples from those probabilities, so the logged propensity is exact.
import type { Rng } from './random.ts';

export const POLICY_NAMES = ['rules', 'epsilon-greedy', 'linucb', 'linear-thompson'] as const;
export type PolicyName = (typeof POLICY_NAMES)[number];

export interface CandidateMatrix {
  /** Number of candidates (rows). */
  count: number;
  /** Features per candidate (columns). */
  dims: number;
  /** count × dims, row-major: candidate i's features are features[i*dims .. i*dims+dims). */
  features: Float64Array;
  /** Candidate kind index per row (see candidate-kinds.ts): the arm in disjoint models. */
  arms: Uint8Array;
  /** The generator's own priority per row (higher = more urgent): what `rules` ranks by. */
  priorities: Float64Array;
}

/** A policy's state is plain data (typed arrays inside) so it can be persisted as JSON. */
export interface Policy<State> {
  readonly name: PolicyName;
  /** A fresh state for `arms` arms and `dims` features. */
  initialState(arms: number, dims: number): State;
  /**
   * The probability of choosing each candidate (length = count, sums to 1). Deterministic
   * policies put all mass on their argmax (ties shared equally); stochastic ones compute or
   * estimate their true distribution (Thompson: Monte Carlo with `rng`).
   */
  probabilities(
    state: State,
    candidates: CandidateMatrix,
    rng: Rng,
    out?: Float64Array,
  ): Float64Array;
  /** Per-candidate scores (what the policy ranks by), written into `out`; for explanations and benchmarks. */
  scores(state: State, candidates: CandidateMatrix, rng: Rng, out?: Float64Array): Float64Array;
  /** Learns from one observed reward for the chosen candidate's arm and features; mutates `state`. */
  update(state: State, arm: number, features: Float64Array, reward: number): void;
  /** Each feature's contribution to the score of candidate `index` (length = dims). */
  contributions(state: State, candidates: CandidateMatrix, index: number): Float64Array;
  toJSON(state: State): unknown;
  fromJSON(json: unknown, arms: number, dims: number): State;
}
