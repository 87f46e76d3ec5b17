// A seeded stand-in for a CRM's stream of tip decisions, for proving the policies learn before
// they learn on real people. Each round is one salesperson at one moment with 3–15 candidates;
// every candidate has a hidden true acceptance probability logistic(w_kind · x) over the app's
// own feature layout. The generators' priority sees only the entity and the kind, not the person
// or the moment, so it correlates with acceptance but imperfectly: what a learner can add is
// the context the rules ignore.
import { CANDIDATE_KINDS, KIND_COUNT, type CandidateKind } from '../candidate-kinds.ts';
import { DIMS, FEATURE_INDEX, type FeatureName } from '../context/feature-layout.ts';
import { createRng, type Rng } from '../policies/random.ts';
import type { CandidateMatrix } from '../policies/types.ts';

export const MAX_CANDIDATES = 15;
const MIN_CANDIDATES = 3;
const USERS = 20;

export interface Round {
  /** The round's candidates; the buffers are reused by the next round. */
  candidates: CandidateMatrix;
  /** True acceptance probability per candidate, hidden from the policies. */
  acceptance: Float64Array;
}

export interface CrmWorld {
  nextRound(): Round;
}

type ContextWeights = Partial<Record<FeatureName, number>>;

/**
 * Each kind's typical acceptance (at the kind's average context and entity): what a world's
 * intercepts are calibrated to, before each world strays from it by BASE_NOISE.
 */
const BASE_ACCEPTANCE: Record<CandidateKind, number> = {
  stale_deal: 0.15,
  overdue_activity: 0.25,
  due_today_activity: 0.3,
  deal_without_next_activity: 0.15,
  uncontacted_lead: 0.12,
  closing_high_value_deal: 0.3,
  advice: 0.08,
  reply_message: 0.35,
};

/**
 * Who accepts what and when (each world perturbs every weight by WEIGHT_NOISE): history predicts
 * acceptance for every kind; managers want the deal-level picture more than activity chores; a
 * heavy workload makes reminders welcome and advice unwelcome; weekends dampen everything but
 * advice; mornings (hour_sin > 0) suit planning the day, afternoons (hour_sin < 0) suit calls.
 */
const TRUE_WEIGHTS: Record<CandidateKind, ContextWeights> = {
  stale_deal: {
    user_is_manager: 0.8,
    user_workload: -1.2,
    weekend: -0.6,
    user_acceptance_of_kind: 3,
    log_amount: 1.2,
    probability: 0.8,
    days_in_step: 0.6,
    staleness: 1.0,
  },
  overdue_activity: {
    user_is_manager: -1.2,
    user_workload: 0.8,
    hour_sin: -0.5,
    weekend: -1.0,
    user_acceptance_of_kind: 3,
    days_overdue: -1.2,
  },
  due_today_activity: {
    user_is_manager: -0.8,
    user_workload: 1.2,
    hour_sin: 1.0,
    weekend: -1.4,
    user_acceptance_of_kind: 3,
  },
  deal_without_next_activity: {
    user_is_manager: 0.4,
    user_workload: -1.0,
    hour_sin: 0.6,
    user_acceptance_of_kind: 3,
    log_amount: 0.8,
    probability: 1.0,
    step_progress: 0.8,
  },
  uncontacted_lead: {
    user_is_manager: -1.0,
    user_workload: -1.6,
    hour_sin: -0.6,
    weekend: -0.8,
    user_acceptance_of_kind: 3,
    staleness: -1.2,
  },
  closing_high_value_deal: {
    user_is_manager: 1.4,
    user_workload: -0.4,
    weekend: -0.4,
    user_acceptance_of_kind: 3,
    log_amount: 1.4,
    probability: 1.2,
    step_progress: 0.6,
  },
  advice: {
    user_is_manager: 1.2,
    user_workload: -2.0,
    hour_sin: -0.8,
    weekend: 0.8,
    user_acceptance_of_kind: 3.5,
  },
  reply_message: {
    user_workload: -0.4,
    weekend: -0.8,
    user_acceptance_of_kind: 3,
    log_amount: 1.0,
    probability: 0.6,
    days_in_step: -0.4,
  },
};

/** How often each kind turns up among candidates (the shares sum to 1). */
const KIND_FREQUENCY: Record<CandidateKind, number> = {
  stale_deal: 0.15,
  overdue_activity: 0.2,
  due_today_activity: 0.2,
  deal_without_next_activity: 0.13,
  uncontacted_lead: 0.12,
  closing_high_value_deal: 0.08,
  advice: 0.12,
  // Not drawn in the simulated world yet: its calibration predates conversations.
  reply_message: 0,
};

/**
 * The generators' hand-written urgency, on the entity and the kind only, never the person or the
 * moment. Right about the broad strokes (money and deadlines matter), wrong in places (it ranks
 * the longest-overdue activity first; people have given up on those).
 */
const GENERATOR_PRIORITY: Record<CandidateKind, ContextWeights> = {
  stale_deal: { bias: 0.2, staleness: 0.5, log_amount: 0.3 },
  overdue_activity: { bias: 0.6, days_overdue: 0.6 },
  due_today_activity: { bias: 0.8 },
  deal_without_next_activity: { bias: 0.3, probability: 0.3, step_progress: 0.2 },
  uncontacted_lead: { bias: 0.4, staleness: 0.4 },
  closing_high_value_deal: { bias: 0.5, log_amount: 0.6, probability: 0.4 },
  advice: { bias: 0.2 },
  reply_message: { bias: 0.55, log_amount: 0.2 },
};

/** How far each world's truth strays from TRUE_WEIGHTS, per weight (standard deviation). */
const WEIGHT_NOISE = 0.3;
/** And from BASE_ACCEPTANCE, per kind (standard deviation on the logit scale). */
const BASE_NOISE = 0.3;
/** Candidates per kind averaged over when calibrating the intercepts. */
const CALIBRATION_SAMPLES = 500;
/** The generators' judgement of one candidate wavers by this much (standard deviation). */
const PRIORITY_NOISE = 0.1;

interface User {
  isManager: boolean;
  workload: number;
  /** Per kind: the share of this kind's past tips the user acted on. */
  history: Float64Array;
}

const logistic = (z: number) => 1 / (1 + Math.exp(-z));
const clamp01 = (x: number) => Math.min(1, Math.max(0, x));
/** log(1 + days) scaled so `cap` days is 1: the layout's shape for day counts. */
const dayScale = (days: number, cap: number) => Math.min(1, Math.log1p(days) / Math.log1p(cap));

function exponential(rng: Rng, mean: number): number {
  return -mean * Math.log(1 - rng.next());
}

function sampleKind(rng: Rng): number {
  let u = rng.next();
  for (let k = 0; k < KIND_COUNT - 1; k++) {
    u -= KIND_FREQUENCY[CANDIDATE_KINDS[k]!];
    if (u < 0) return k;
  }
  return KIND_COUNT - 1;
}

interface Moment {
  user: User;
  workload: number;
  hour: number;
  weekend: number;
}

function drawUser(rng: Rng): User {
  const history = new Float64Array(KIND_COUNT);
  for (let k = 0; k < KIND_COUNT; k++) history[k] = rng.beta(2, 5);
  return { isManager: rng.next() < 0.2, workload: rng.beta(2, 3), history };
}

function drawMoment(rng: Rng, users: User[]): Moment {
  const user = users[rng.int(users.length)]!;
  return {
    user,
    workload: clamp01(user.workload + 0.1 * rng.normal()),
    hour: 8 + 11 * rng.next(), // the working day
    weekend: rng.next() < 0.1 ? 1 : 0,
  };
}

/** Writes the entity features of one candidate of `kind` at features[row ..]. */
function drawEntity(rng: Rng, kind: CandidateKind, features: Float64Array, row: number): void {
  const set = (name: FeatureName, value: number) => (features[row + FEATURE_INDEX[name]] = value);
  const deal = (
    medianAmount: number,
    probability: number,
    progress: number,
    daysInStep: number,
  ) => {
    const amount = medianAmount * Math.exp(0.8 * rng.normal());
    set('log_amount', clamp01(Math.log1p(amount) / Math.log1p(1e6)));
    set('probability', probability);
    set('step_progress', progress);
    set('days_in_step', dayScale(daysInStep, 90));
  };
  switch (kind) {
    case 'stale_deal':
      deal(20_000, rng.beta(2, 3), (1 + rng.int(4)) / 5, exponential(rng, 40));
      set('staleness', dayScale(14 + exponential(rng, 30), 90));
      break;
    case 'deal_without_next_activity':
      deal(20_000, rng.beta(2, 2), (1 + rng.int(4)) / 5, exponential(rng, 14));
      set('staleness', dayScale(exponential(rng, 10), 90));
      break;
    case 'closing_high_value_deal':
      deal(120_000, rng.beta(5, 2), (3 + rng.int(3)) / 5, exponential(rng, 10));
      set('staleness', dayScale(exponential(rng, 5), 90));
      break;
    case 'overdue_activity':
      set('days_overdue', dayScale(1 + exponential(rng, 6), 30));
      if (rng.next() < 0.5)
        deal(15_000, rng.beta(2, 2), (1 + rng.int(4)) / 5, exponential(rng, 20));
      break;
    case 'due_today_activity':
      if (rng.next() < 0.5)
        deal(15_000, rng.beta(2, 2), (1 + rng.int(4)) / 5, exponential(rng, 20));
      break;
    case 'uncontacted_lead':
      set('staleness', dayScale(exponential(rng, 7), 90));
      break;
    case 'reply_message':
      deal(20_000, rng.beta(2, 2), (1 + rng.int(4)) / 5, exponential(rng, 14));
      break;
    case 'advice':
      break; // no entity
  }
}

/** Writes one candidate of kind `arm` for `moment` at features[row ..], zeroing the row first. */
function drawCandidate(rng: Rng, moment: Moment, arm: number, features: Float64Array, row: number) {
  const kind = CANDIDATE_KINDS[arm]!;
  features.fill(0, row, row + DIMS);
  features[row + FEATURE_INDEX.bias] = 1;
  features[row + FEATURE_INDEX.user_is_manager] = moment.user.isManager ? 1 : 0;
  features[row + FEATURE_INDEX.user_workload] = moment.workload;
  features[row + FEATURE_INDEX.hour_sin] = Math.sin((2 * Math.PI * moment.hour) / 24);
  features[row + FEATURE_INDEX.hour_cos] = Math.cos((2 * Math.PI * moment.hour) / 24);
  features[row + FEATURE_INDEX.weekend] = moment.weekend;
  features[row + FEATURE_INDEX.user_acceptance_of_kind] = moment.user.history[arm]!;
  features[row + FEATURE_INDEX[`kind_${kind}`]] = 1;
  drawEntity(rng, kind, features, row);
}

const logit = (weights: Float64Array, arm: number, features: Float64Array, row: number) => {
  let sum = 0;
  for (let j = 0; j < DIMS; j++) sum += weights[arm * DIMS + j]! * features[row + j]!;
  return sum;
};

/**
 * This world's true weights: TRUE_WEIGHTS with every weight perturbed, then each kind's intercept
 * (its one-hot slot) set so that the kind's average logit over this world's users, moments and
 * entities is its perturbed BASE_ACCEPTANCE.
 */
function drawTrueWeights(rng: Rng, users: User[]): Float64Array {
  const weights = new Float64Array(KIND_COUNT * DIMS);
  const features = new Float64Array(DIMS);
  CANDIDATE_KINDS.forEach((kind, arm) => {
    for (let j = 0; j < DIMS; j++) weights[arm * DIMS + j] = WEIGHT_NOISE * rng.normal();
    for (const [feature, weight] of Object.entries(TRUE_WEIGHTS[kind]))
      weights[arm * DIMS + FEATURE_INDEX[feature as FeatureName]]! += weight;
    let meanLogit = 0;
    for (let n = 0; n < CALIBRATION_SAMPLES; n++) {
      drawCandidate(rng, drawMoment(rng, users), arm, features, 0);
      meanLogit += logit(weights, arm, features, 0) / CALIBRATION_SAMPLES;
    }
    const base = BASE_ACCEPTANCE[kind];
    weights[arm * DIMS + FEATURE_INDEX[`kind_${kind}`]]! +=
      Math.log(base / (1 - base)) + BASE_NOISE * rng.normal() - meanLogit;
  });
  return weights;
}

export function createCrmWorld(seed: number): CrmWorld {
  const rng = createRng(seed);
  const users = Array.from({ length: USERS }, () => drawUser(rng));
  const trueWeights = drawTrueWeights(rng, users);
  const candidates: CandidateMatrix = {
    count: 0,
    dims: DIMS,
    features: new Float64Array(MAX_CANDIDATES * DIMS),
    arms: new Uint8Array(MAX_CANDIDATES),
    priorities: new Float64Array(MAX_CANDIDATES),
  };
  const acceptance = new Float64Array(MAX_CANDIDATES);
  const round: Round = { candidates, acceptance };

  return {
    nextRound() {
      const moment = drawMoment(rng, users);
      candidates.count = MIN_CANDIDATES + rng.int(MAX_CANDIDATES - MIN_CANDIDATES + 1);
      const { features } = candidates;
      for (let i = 0; i < candidates.count; i++) {
        const arm = sampleKind(rng);
        const row = i * DIMS;
        drawCandidate(rng, moment, arm, features, row);
        candidates.arms[i] = arm;
        acceptance[i] = logistic(logit(trueWeights, arm, features, row));
        let priority = PRIORITY_NOISE * rng.normal();
        for (const [feature, weight] of Object.entries(GENERATOR_PRIORITY[CANDIDATE_KINDS[arm]!]))
          priority += weight * features[row + FEATURE_INDEX[feature as FeatureName]]!;
        candidates.priorities[i] = priority;
      }
      return round;
    },
  };
}
