// Tips as the signed-in user sees them: the open one, asking for the next one (decided on the
// spot when none is open), the list, answering one, and why it was suggested.
import { emitEvent } from '../../automation/outbox.ts';
import type { Tx } from '../../db/port.ts';
import type { ServiceContext } from '../../db/service-context.ts';
import { NotFoundError, parseInput } from '../../errors/app-errors.ts';
import { defineOperation } from '../../services/operation.ts';
import { decideTip } from '../decision/decide-tip.ts';
import { REWARD } from '../learning/rewards.ts';
import { AlreadyDecidedError } from './errors.ts';
import { GiveTipFeedbackInput, TipIdInput, TipsInput, WorkspaceInput } from './inputs.ts';
import * as sql from './sql.ts';

export type { Tip } from './sql.ts';

/** What asking for the next tip gave: the open tip or a new one; null when nothing is worth doing. */
export interface TipDecision {
  tip: sql.Tip | null;
}

/** The user's newest open tip; null when none is open. Reads only. */
export async function findOpenTip(
  ctx: ServiceContext,
  workspaceId: unknown,
): Promise<sql.Tip | null> {
  const input = parseInput(WorkspaceInput, { workspaceId }, []);
  return (await sql.selectNewestOpenTip(ctx.tx, input.workspaceId, ctx.userId)) ?? null;
}

/** The newest open tip, or a new decision (recorded and announced) when there is none. */
export const requestNextTip = defineOperation(
  WorkspaceInput,
  async (ctx, { workspaceId }): Promise<TipDecision> => {
    const open = await sql.selectNewestOpenTip(ctx.tx, workspaceId, ctx.userId);
    if (open) return { tip: open };
    const tip = await decideTip(ctx.tx, workspaceId, ctx.userId);
    if (tip) {
      await emitEvent(ctx.tx, { workspaceId: tip.workspaceId, userId: ctx.userId }, 'tip/decided', {
        workspaceId: tip.workspaceId,
        userId: ctx.userId,
        tipId: tip.id,
      });
    }
    return { tip };
  },
);

/** One tip as the caller may read it; undefined when it is missing or not theirs (RLS). */
export function findTip(ctx: ServiceContext, tipId: string): Promise<sql.Tip | undefined> {
  return sql.selectTip(ctx.tx, tipId);
}

/** A snooze ended (a system path): the tip is open again, unless it was answered meanwhile. */
export function reopenSnoozedTip(tx: Tx, tipId: string): Promise<sql.Tip | undefined> {
  return sql.reopenSnoozedTip(tx, tipId);
}

export function listTips(ctx: ServiceContext, input: unknown): Promise<sql.Tip[]> {
  const { workspaceId, statuses, first } = parseInput(TipsInput, input, []);
  return sql.selectTips(ctx.tx, workspaceId, ctx.userId, statuses ?? null, first ?? 20);
}

export const giveTipFeedback = defineOperation(
  GiveTipFeedbackInput,
  async (ctx, { tipId, reaction, snoozeUntil, reason }): Promise<sql.Tip> => {
    const reward = REWARD[reaction];
    const status = reaction === 'DONE' ? 'done' : reaction === 'SNOOZE' ? 'snoozed' : 'dismissed';
    const answered = await sql.answerTip(ctx.tx, tipId, {
      status,
      reason: reason || null,
      snoozedUntil: snoozeUntil?.toISOString() ?? null,
      reward,
    });
    if (!answered) {
      // RLS hides other users' tips: theirs and missing ones answer the same.
      const existing = await sql.selectTip(ctx.tx, tipId);
      if (!existing) throw new NotFoundError('Tip');
      throw new AlreadyDecidedError(tipId, existing.status);
    }
    await emitEvent(
      ctx.tx,
      { workspaceId: answered.workspaceId, userId: ctx.userId },
      'tip/feedback.received',
      {
        workspaceId: answered.workspaceId,
        userId: ctx.userId,
        tipId: answered.id,
        feedbackId: `${answered.id}:${answered.decidedAt!.toISOString()}`,
        reaction,
        reward,
        snoozeUntil: answered.snoozedUntil?.toISOString() ?? null,
        entityType: answered.entityType,
        entityId: answered.entityId,
      },
    );
    return answered;
  },
);

export interface TipExplanation {
  tip: sql.Tip;
  topFeatures: { feature: string; value: number; contribution: number }[];
  shadows: {
    policy: string;
    title: string;
    kind: string;
    propensity: number;
    probabilityOfChosen: number;
    agreesWithLive: boolean;
  }[];
  candidateCount: number;
  /** The generator's urgency for this action, when it was recorded. */
  priority: number | null;
}

export async function explainTip(ctx: ServiceContext, tipId: unknown): Promise<TipExplanation> {
  const { tipId: id } = parseInput(TipIdInput, { tipId }, []);
  const found = await sql.selectTipWithDetails(ctx.tx, id);
  if (!found) throw new NotFoundError('Tip');
  const { tip, details } = found;
  const { candidates, chosen } = details.context;
  return {
    tip,
    topFeatures: details.explanation.topFeatures ?? [],
    shadows: details.shadows.map((s) => ({
      policy: s.policy,
      title: candidates[s.index]?.title ?? '',
      kind: candidates[s.index]?.kind ?? '',
      propensity: s.propensity,
      probabilityOfChosen: s.probabilityOfChosen,
      agreesWithLive: s.index === chosen,
    })),
    candidateCount: candidates.length,
    priority: details.explanation.priority ?? null,
  };
}
