// A tip on a deal earns full credit when the deal moves forward soon after: won, or to a later
// step than it was in. Applied once, like any reward.
import type { Tx } from '../../db/port.ts';
import { applyReward } from './apply-reward.ts';
import { CREDIT_REWARD } from './rewards.ts';

export interface DealMove {
  workspaceId: string;
  tipId: string;
  fromStepId: string | null;
  toStepId: string;
  toCategory: string;
}

/** Runs as the service; true when the move was forward and the credit was applied now. */
export async function creditTipForDealMove(tx: Tx, move: DealMove): Promise<boolean> {
  const [{ forward } = { forward: false }] = await tx.query<{ forward: boolean }>(
    `select $3 = 'won' or coalesce((select position from wfm.step_definitions where id = $2)
                                   > (select position from wfm.step_definitions where id = $1), false)
              as forward`,
    [move.fromStepId, move.toStepId, move.toCategory],
  );
  if (!forward) return false;
  const learned = await applyReward(tx, {
    workspaceId: move.workspaceId,
    tipId: move.tipId,
    source: 'credit',
    reward: CREDIT_REWARD,
  });
  if (learned === 0) return false;
  await tx.query(`update recommender.tips set reward = $2 where id = $1`, [
    move.tipId,
    CREDIT_REWARD,
  ]);
  return true;
}
