// Statements over recommender.tips. RLS keeps every tip its user's: these run in the user's
// transaction (or as the service for automation, which names the user explicitly).
import type { Tx } from '../../db/port.ts';
import type { CandidateKind } from '../candidate-kinds.ts';

export type TipStatus = 'open' | 'done' | 'snoozed' | 'dismissed';

export type Tip = {
  id: string;
  workspaceId: string;
  userId: string;
  candidateKey: string;
  kind: CandidateKind;
  entityType: string | null;
  entityId: string | null;
  title: string;
  detail: string;
  policy: string;
  propensity: number;
  status: TipStatus;
  reason: string | null;
  snoozedUntil: Date | null;
  decidedAt: Date | null;
  reward: number | null;
  createdAt: Date;
};

export const TIP_COLUMNS = `id, workspace_id as "workspaceId", user_id as "userId",
  candidate_key as "candidateKey", kind, entity_type as "entityType", entity_id as "entityId",
  title, detail, policy, propensity, status, reason, snoozed_until as "snoozedUntil",
  decided_at as "decidedAt", reward, created_at as "createdAt"`;

export interface NewTip {
  workspaceId: string;
  userId: string;
  candidateKey: string;
  kind: CandidateKind;
  entityType: string | null;
  entityId: string | null;
  title: string;
  detail: string;
  policy: string;
  propensity: number;
  context: unknown;
  shadows: unknown;
  explanation: unknown;
  requestKey: string | null;
}

/** Inserts a decided tip; with a request key already used, returns the tip that key made. */
export async function insertTip(tx: Tx, tip: NewTip): Promise<Tip> {
  const [row] = await tx.query<Tip>(
    `with inserted as (
       insert into recommender.tips (workspace_id, user_id, candidate_key, kind, entity_type,
         entity_id, title, detail, policy, propensity, context, shadows, explanation, request_key)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::jsonb, $12::jsonb, $13::jsonb, $14)
       on conflict (request_key) do nothing
       returning ${TIP_COLUMNS})
     select * from inserted
     union all
     select ${TIP_COLUMNS} from recommender.tips where request_key = $14
     limit 1`,
    [
      tip.workspaceId,
      tip.userId,
      tip.candidateKey,
      tip.kind,
      tip.entityType,
      tip.entityId,
      tip.title,
      tip.detail,
      tip.policy,
      tip.propensity,
      JSON.stringify(tip.context),
      JSON.stringify(tip.shadows),
      JSON.stringify(tip.explanation),
      tip.requestKey,
    ],
  );
  return row!;
}

export async function selectNewestOpenTip(
  tx: Tx,
  workspaceId: string,
  userId: string,
): Promise<Tip | undefined> {
  const [row] = await tx.query<Tip>(
    `select ${TIP_COLUMNS} from recommender.tips
      where user_id = $2 and workspace_id = $1 and status = 'open'
      order by created_at desc limit 1`,
    [workspaceId, userId],
  );
  return row;
}

export async function selectTip(tx: Tx, id: string): Promise<Tip | undefined> {
  const [row] = await tx.query<Tip>(`select ${TIP_COLUMNS} from recommender.tips where id = $1`, [
    id,
  ]);
  return row;
}

export type TipDetails = {
  context: {
    chosen: number;
    arms: number[];
    features: number[];
    candidates: { key: string; kind: string; title: string }[];
  };
  shadows: {
    policy: string;
    index: number;
    propensity: number;
    probabilityOfChosen: number;
  }[];
  explanation: {
    topFeatures: { feature: string; value: number; contribution: number }[];
    priority?: number;
  };
};

/** A tip with what its decision recorded, for explanations. */
export async function selectTipWithDetails(
  tx: Tx,
  id: string,
): Promise<{ tip: Tip; details: TipDetails } | undefined> {
  const [row] = await tx.query<Tip & TipDetails>(
    `select ${TIP_COLUMNS}, context, shadows, explanation from recommender.tips where id = $1`,
    [id],
  );
  if (!row) return undefined;
  const { context, shadows, explanation, ...tip } = row;
  return { tip, details: { context, shadows, explanation } };
}

export function selectTips(
  tx: Tx,
  workspaceId: string,
  userId: string,
  statuses: TipStatus[] | null,
  first: number,
): Promise<Tip[]> {
  return tx.query<Tip>(
    `select ${TIP_COLUMNS} from recommender.tips
      where user_id = $2 and workspace_id = $1
        and ($3::text[] is null or status = any ($3::text[]))
      order by created_at desc limit $4`,
    [workspaceId, userId, statuses ? `{${statuses.join(',')}}` : null, first],
  );
}

/** Records the answer on an open tip; undefined when the tip is not open (or not the user's). */
export async function answerTip(
  tx: Tx,
  id: string,
  answer: { status: TipStatus; reason: string | null; snoozedUntil: string | null; reward: number },
): Promise<Tip | undefined> {
  const [row] = await tx.query<Tip>(
    `update recommender.tips
        set status = $2, reason = $3, snoozed_until = $4, reward = $5, decided_at = now()
      where id = $1 and status = 'open'
      returning ${TIP_COLUMNS}`,
    [id, answer.status, answer.reason, answer.snoozedUntil, answer.reward],
  );
  return row;
}

/** A snooze ended: the tip is open again (unless it was answered some other way meanwhile). */
export async function reopenSnoozedTip(tx: Tx, id: string): Promise<Tip | undefined> {
  const [row] = await tx.query<Tip>(
    `update recommender.tips
        set status = 'open', snoozed_until = null, decided_at = null
      where id = $1 and status = 'snoozed'
      returning ${TIP_COLUMNS}`,
    [id],
  );
  return row;
}
