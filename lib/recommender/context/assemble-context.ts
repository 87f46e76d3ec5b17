// Step 2 of a decision: one feature vector per candidate, written straight into a typed matrix
// (no per-candidate objects), so policies score without allocating.
import { kindIndex } from '../candidate-kinds.ts';
import type { CandidateRow, UserContext } from '../candidates/fetch-candidates.ts';
import type { CandidateMatrix } from '../policies/types.ts';
import { canManageWorkspace } from '../../workspaces/roles.ts';
import { DIMS, FEATURE_INDEX as F } from './feature-layout.ts';

const KIND_OFFSET = F.kind_stale_deal;
/** Prior share of tips done, for kinds the user has not answered lately. */
const NEUTRAL_ACCEPTANCE = 0.5;

const clamp01 = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x);

export function assembleContext(
  user: UserContext,
  candidates: readonly CandidateRow[],
  now: Date,
): CandidateMatrix {
  const count = candidates.length;
  const features = new Float64Array(count * DIMS);
  const arms = new Uint8Array(count);
  const priorities = new Float64Array(count);

  // What is the same for every candidate, computed once.
  const hour = now.getUTCHours() + now.getUTCMinutes() / 60;
  const angle = (2 * Math.PI * hour) / 24;
  const weekday = now.getUTCDay();
  const manager = canManageWorkspace(user.role) ? 1 : 0;
  const workload = clamp01(Math.log1p(user.openActivities) / Math.log(51));

  for (let i = 0; i < count; i++) {
    const c = candidates[i]!;
    const arm = kindIndex(c.kind);
    const row = i * DIMS;
    features[row + F.bias] = 1;
    features[row + F.user_is_manager] = manager;
    features[row + F.user_workload] = workload;
    features[row + F.hour_sin] = Math.sin(angle);
    features[row + F.hour_cos] = Math.cos(angle);
    features[row + F.weekend] = weekday === 0 || weekday === 6 ? 1 : 0;
    features[row + F.user_acceptance_of_kind] = user.acceptanceByKind[c.kind] ?? NEUTRAL_ACCEPTANCE;
    features[row + F.log_amount] = c.amount ? clamp01(Math.log10(1 + c.amount) / 7) : 0;
    features[row + F.probability] = c.probability ?? 0;
    features[row + F.step_progress] = c.stepProgress ?? 0;
    features[row + F.days_in_step] = clamp01((c.daysInStep ?? 0) / 60);
    features[row + F.staleness] = clamp01((c.staleness ?? 0) / 3);
    features[row + F.days_overdue] = clamp01((c.daysOverdue ?? 0) / 14);
    features[row + KIND_OFFSET + arm] = 1;
    arms[i] = arm;
    priorities[i] = c.priority;
  }
  return { count, dims: DIMS, features, arms, priorities };
}

/** The matrix as plain JSON (a durable step's output) and back. */
export interface SerializedMatrix {
  dims: number;
  features: number[];
  arms: number[];
  priorities: number[];
}

export function matrixToJSON(m: CandidateMatrix): SerializedMatrix {
  return {
    dims: m.dims,
    features: Array.from(m.features),
    arms: Array.from(m.arms),
    priorities: Array.from(m.priorities),
  };
}

export function matrixFromJSON(json: SerializedMatrix): CandidateMatrix {
  return {
    count: json.arms.length,
    dims: json.dims,
    features: Float64Array.from(json.features),
    arms: Uint8Array.from(json.arms),
    priorities: Float64Array.from(json.priorities),
  };
}
