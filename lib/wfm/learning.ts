// Learned win probability and dwell time per workflow step, from status history across the
// workflow's versions (steps are matched by key). The formulas and their priors: learning-math.ts.
import { z } from 'zod';
import type { ServiceContext } from '../db/service-context.ts';
import { parseInput } from '../errors/app-errors.ts';
import { EntityRef } from './inputs.ts';
import { type LearnedStep, learnStep } from './learning-math.ts';
import * as sql from './learning-sql.ts';

export interface StepStats extends LearnedStep {
  stepId: string;
  key: string;
  defaultProbability: number;
  expectedDwellDays: number | null;
  /** Entities that ever entered the step. */
  entered: number;
  /** Of the closed ones (sampleSize), how many were won. */
  won: number;
}

function statsOf(row: sql.StepOutcomeRow): StepStats {
  return {
    stepId: row.stepId,
    key: row.key,
    defaultProbability: row.defaultProbability,
    expectedDwellDays: row.expectedDwellDays,
    entered: row.entered,
    won: row.won,
    ...learnStep(row, row),
  };
}

/** Every step of the workflow's active version with what history learned about it; [] when the
 *  workflow is not the caller's to see. */
export async function workflowStepStats(
  ctx: ServiceContext,
  workflowId: unknown,
): Promise<StepStats[]> {
  const id = parseInput(z.uuid(), workflowId, ['workflowId']);
  return (await sql.selectWorkflowStepOutcomes(ctx.tx, id)).map(statsOf);
}

/** What history learned about the step an entity stands in now (priors from that step). */
export async function entityStepStats(
  ctx: ServiceContext,
  entity: unknown,
): Promise<StepStats | undefined> {
  const { entityType, entityId } = parseInput(EntityRef, entity, []);
  const row = await sql.selectEntityStepOutcomes(ctx.tx, entityType, entityId);
  return row && statsOf(row);
}
