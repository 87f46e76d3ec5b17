// The sales pipeline: a workflow's deals per step with their totals, the deals that have stayed
// too long in a step, and what history says about a deal's chances.
import { z } from 'zod';
import type { ServiceContext } from '../../db/service-context.ts';
import { parseInput, ValidationError } from '../../errors/app-errors.ts';
import { entityStepStats, type StepStats } from '../../wfm/learning.ts';
import { loadDeals } from '../deals/service.ts';
import * as sql from './sql.ts';

export type { PipelineStepRow, StaleDealRow } from './sql.ts';

export interface Pipeline {
  workflowId: string;
  steps: sql.PipelineStepRow[];
}

const PAGE = { default: 50, max: 100 };
const PageSize = z
  .int()
  .min(0, `must be between 0 and ${PAGE.max}`)
  .max(PAGE.max, `must be between 0 and ${PAGE.max}`);

/** The workflow's steps with their deal counts and amounts; null when it is not the caller's. */
export async function pipeline(ctx: ServiceContext, workflowId: unknown): Promise<Pipeline | null> {
  const id = parseInput(z.uuid(), workflowId, ['workflowId']);
  const steps = await sql.selectPipelineSteps(ctx.tx, id);
  if (steps.length === 0) return null;
  if (steps[0]!.entityType !== 'deal') {
    throw ValidationError.forField(['workflowId'], 'is not a workflow of deals');
  }
  return { workflowId: id, steps };
}

/** The ids of the first deals of each step key (biggest amount first), in one statement. */
export async function topDealIdsByStep(
  ctx: ServiceContext,
  workflowId: string,
  first: unknown,
): Promise<Map<string, string[]>> {
  const size = parseInput(PageSize, first ?? PAGE.default, ['first']);
  const byKey = new Map<string, string[]>();
  if (size === 0) return byKey;
  for (const { key, id } of await sql.selectTopDealIds(ctx.tx, workflowId, size)) {
    byKey.set(key, [...(byKey.get(key) ?? []), id]);
  }
  return byKey;
}

const StaleDealsInput = z.object({
  workspaceId: z.uuid(),
  first: PageSize.nullish(),
});

/**
 * Open deals that have been in their step longer than its configured expected dwell, the longest
 * overdue first (see sql.ts for why not the learned dwell).
 */
export function staleDeals(ctx: ServiceContext, input: unknown): Promise<sql.StaleDealRow[]> {
  const { workspaceId, first } = parseInput(StaleDealsInput, input, []);
  return sql.selectStaleDeals(ctx.tx, workspaceId, first ?? PAGE.default);
}

export interface DealProbability extends StepStats {
  dealId: string;
}

/** The deal's step with its configured and learned probability and dwell; null when the deal is
 *  not the caller's to see (or deleted). */
export async function dealProbability(
  ctx: ServiceContext,
  dealId: unknown,
): Promise<DealProbability | null> {
  const id = parseInput(z.uuid(), dealId, ['dealId']);
  const [deal] = await loadDeals(ctx, [id]);
  if (!deal) return null;
  const stats = await entityStepStats(ctx, { entityType: 'deal', entityId: id });
  return stats ? { ...stats, dealId: id } : null;
}
