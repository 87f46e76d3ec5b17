// How each of the workspace's policies would have done on its logged tips: IPS, SNIPS, DM and DR
// estimates with bootstrap intervals and the effective sample size (see ope/estimators.ts).
import type { ServiceContext } from '../../db/service-context.ts';
import { NotFoundError, parseInput } from '../../errors/app-errors.ts';
import { evaluatePolicy, type EstimateWithInterval as Estimate } from '../ope/estimators.ts';
import type { PolicyName } from '../policies/types.ts';
import { WorkspaceInput } from '../tips/inputs.ts';
import { armRewardModel, banditData, selectTipLog } from './tip-log.ts';

export interface PolicyEvaluation {
  name: PolicyName;
  role: 'live' | 'shadow';
  updates: number;
  /** Tips the estimates rest on (those logged while the policy existed). */
  sampleSize: number;
  effectiveSampleSize: number;
  ips: Estimate | null;
  snips: Estimate | null;
  dm: Estimate | null;
  dr: Estimate | null;
}

export interface PolicyReport {
  workspaceId: string;
  livePolicy: PolicyName;
  answeredTips: number;
  /** Mean reward of the answered tips: what the logging (live) behaviour actually earned. */
  observedReward: number | null;
  policies: PolicyEvaluation[];
}

const BOOTSTRAP = { resamples: 500, seed: 7, level: 0.95 };

export async function policyReport(
  ctx: ServiceContext,
  workspaceId: unknown,
): Promise<PolicyReport> {
  const input = parseInput(WorkspaceInput, { workspaceId }, []);
  const [policies, log] = await Promise.all([
    ctx.tx.query<{ name: PolicyName; role: 'live' | 'shadow'; updates: number }>(
      `select name, role, updates from recommender.policies where workspace_id = $1
        order by role = 'live' desc, name`,
      [input.workspaceId],
    ),
    selectTipLog(ctx.tx, input.workspaceId),
  ]);
  const live = policies.find((p) => p.role === 'live');
  // RLS shows no policies of a workspace the caller is not in: answered like a missing one.
  if (!live) throw new NotFoundError('Workspace');
  const model = armRewardModel(log);
  return {
    workspaceId: input.workspaceId,
    livePolicy: live.name,
    answeredTips: log.length,
    observedReward: log.length > 0 ? log.reduce((s, t) => s + t.reward, 0) / log.length : null,
    policies: policies.map((p) => {
      const data = banditData(log, p.name, model);
      if (data.n === 0) {
        return {
          ...p,
          sampleSize: 0,
          effectiveSampleSize: 0,
          ips: null,
          snips: null,
          dm: null,
          dr: null,
        };
      }
      const result = evaluatePolicy(data, BOOTSTRAP);
      return {
        ...p,
        sampleSize: data.n,
        effectiveSampleSize: result.effectiveSampleSize,
        ips: result.ips,
        snips: result.snips,
        dm: result.dm,
        dr: result.dr,
      };
    }),
  };
}
