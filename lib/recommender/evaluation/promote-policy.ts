// Making a shadow policy live: admins only, recorded with the report it was decided on. The old
// live policy keeps learning as a shadow, so the decision can be reversed on evidence.
import { z } from 'zod';
import { emitEvent } from '../../automation/outbox.ts';
import { ForbiddenError, NotFoundError } from '../../errors/app-errors.ts';
import { defineOperation } from '../../services/operation.ts';
import { POLICY_NAMES, type PolicyName } from '../policies/types.ts';
import { policyReport, type PolicyReport } from './policy-report.ts';

export const PolicyNameSchema = z.enum(POLICY_NAMES, {
  error: `is not a policy; the policies are ${POLICY_NAMES.join(', ')}`,
});

export const PromotePolicyInput = z.object({
  workspaceId: z.uuid(),
  policy: PolicyNameSchema,
  reason: z
    .string()
    .trim()
    .max(2000)
    .nullish()
    .describe('Why: kept with the promotion and the report it rests on.'),
});

/**
 * Makes `policy` live. It demotes the live policy first, so a promotion that fails afterwards
 * keeps a live policy only because operations run atomically (lib/services/run-operation.ts).
 */
export const promotePolicy = defineOperation(
  PromotePolicyInput,
  async (ctx, { workspaceId, policy, reason }): Promise<PolicyReport> => {
    const [{ admin } = { admin: false }] = await ctx.tx.query<{ admin: boolean }>(
      `select workspaces.has_role($1::uuid, 'admin') as admin`,
      [workspaceId],
    );
    const report = await policyReport(ctx, workspaceId);
    if (!admin) throw new ForbiddenError('Only admins may promote a policy');
    const from = report.livePolicy;
    if (from !== policy) {
      // Two statements: the one-live index is checked row by row, so demote before promoting.
      await ctx.tx.query(
        `update recommender.policies set role = 'shadow', updated_at = now()
        where workspace_id = $1 and role = 'live'`,
        [workspaceId],
      );
      const promoted = await ctx.tx.query(
        `update recommender.policies set role = 'live', updated_at = now()
        where workspace_id = $1 and name = $2 returning name`,
        [workspaceId, policy],
      );
      if (promoted.length === 0) throw new NotFoundError('Policy');
    }
    await ctx.tx.query(
      `insert into recommender.promotions (workspace_id, from_policy, to_policy, reason, report, actor_id)
     values ($1, $2, $3, $4, $5::jsonb, $6)`,
      [workspaceId, from, policy, reason || null, JSON.stringify(report), ctx.userId],
    );
    await emitEvent(ctx.tx, { workspaceId, userId: ctx.userId }, 'recommender/policy.promoted', {
      workspaceId,
      fromPolicy: from,
      toPolicy: policy as PolicyName,
      actorId: ctx.userId,
    });
    return afterPromotion(report, policy);
  },
);

/**
 * The report as it reads once `live` is live: the estimates rest on the tip log, which a
 * promotion does not change, so only the roles (and the order, live first) move.
 */
function afterPromotion(report: PolicyReport, live: PolicyName): PolicyReport {
  const policies = report.policies.map((p) => ({
    ...p,
    role: p.name === live ? ('live' as const) : ('shadow' as const),
  }));
  const byName = (a: { name: string }, b: { name: string }) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
  return {
    ...report,
    livePolicy: live,
    policies: [
      ...policies.filter((p) => p.role === 'live'),
      ...policies.filter((p) => p.role === 'shadow').sort(byName),
    ],
  };
}
