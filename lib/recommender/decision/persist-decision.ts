// Step 4 of a decision: the tip row, with everything learning, evaluation and explanations need
// later: the chosen candidate's features and arm, the logging probabilities, each shadow's pick.
import type { Tx } from '../../db/port.ts';
import type { CandidateRow } from '../candidates/fetch-candidates.ts';
import type { CandidateMatrix } from '../policies/types.ts';
import { insertTip, type Tip } from '../tips/sql.ts';
import type { Decision } from './choose.ts';

export interface DecisionRecord {
  workspaceId: string;
  userId: string;
  candidates: readonly CandidateRow[];
  matrix: CandidateMatrix;
  decision: Decision;
  seed: number;
  now: Date;
  /** Set by durable steps: a retried persist returns the first tip instead of a second. */
  requestKey: string | null;
}

export function persistDecision(tx: Tx, record: DecisionRecord): Promise<Tip> {
  const { decision, matrix, candidates } = record;
  const chosen = candidates[decision.index]!;
  const row = decision.index * matrix.dims;
  return insertTip(tx, {
    workspaceId: record.workspaceId,
    userId: record.userId,
    candidateKey: chosen.key,
    kind: chosen.kind,
    entityType: chosen.entityType,
    entityId: chosen.entityId,
    title: chosen.title,
    detail: chosen.detail,
    policy: decision.policy,
    propensity: decision.propensity,
    context: {
      chosen: decision.index,
      arms: Array.from(matrix.arms),
      features: Array.from(matrix.features.subarray(row, row + matrix.dims)),
      probabilities: decision.probabilities,
      candidates: candidates.map((c) => ({ key: c.key, kind: c.kind, title: c.title })),
      seed: record.seed,
      decidedAt: record.now.toISOString(),
    },
    shadows: decision.shadows,
    explanation: { topFeatures: decision.topFeatures, priority: decision.priority },
    requestKey: record.requestKey,
  });
}
