// Run inspection: what each durable run did, step by step, and the two things an operator may
// do to one: cancel it, or replay it after it failed.
import { z } from 'zod';
import type { ServiceContext } from '../../db/service-context.ts';
import {
  ForbiddenError,
  NotFoundError,
  parseInput,
  ValidationError,
} from '../../errors/app-errors.ts';
import { defineOperation } from '../../services/operation.ts';
import type { Refusal } from '../../services/run-operation.ts';
import * as sql from './sql.ts';

export type { RunStatus, RunStepRow, RunSummary } from './sql.ts';

const Cursor = z.tuple([z.iso.datetime({ offset: true }), z.uuid()]);

export function encodeRunCursor(run: sql.RunSummary): string {
  // Microseconds, not a Date's milliseconds: a truncated cursor skips runs created in the same
  // millisecond (runs started by one batch of events share created_at exactly).
  return Buffer.from(JSON.stringify([run.createdAtExact, run.id])).toString('base64url');
}

function decodeRunCursor(cursor: string): [string, string] {
  try {
    return Cursor.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
  } catch {
    throw ValidationError.forField(['after'], 'is not a cursor from this list');
  }
}

export const RunStatusSchema = z.enum([
  'queued',
  'running',
  'sleeping',
  'waiting',
  'completed',
  'failed',
  'cancelled',
] satisfies sql.RunStatus[]);

/** Which runs of a workspace to list; GraphQL's AutomationRunFilter is derived from it. */
export const RunFilter = z.object({
  statuses: z.array(RunStatusSchema).nullish(),
  functionId: z.string().max(200).nullish(),
});

const ListRunsInput = RunFilter.extend({
  workspaceId: z.uuid(),
  after: z.string().nullish(),
  limit: z.number().int().min(1).max(101),
});

export function listRuns(ctx: ServiceContext, input: unknown): Promise<sql.RunSummary[]> {
  const q = parseInput(ListRunsInput, input, []);
  return sql.selectRunPage(ctx.tx, { ...q, after: q.after ? decodeRunCursor(q.after) : undefined });
}

export const loadRuns = (ctx: ServiceContext, ids: readonly string[]) =>
  sql.selectRunsByIds(ctx.tx, ids);
export const loadStepsOfRuns = (ctx: ServiceContext, ids: readonly string[]) =>
  sql.selectStepsOfRuns(ctx.tx, ids);

export const RunIdInput = z.object({ runId: z.uuid() });

/** The run, visible to the caller (RLS), or NotFoundError. */
async function visibleRun(ctx: ServiceContext, runId: string): Promise<sql.RunSummary> {
  const [run] = await sql.selectRunsByIds(ctx.tx, [runId]);
  if (!run) throw new NotFoundError('Run');
  return run;
}

/** Cancels a run that has not ended; viewers may not (Postgres refuses: runRefusal). */
export const cancelRun = defineOperation(RunIdInput, async (ctx, { runId }) => {
  const run = await visibleRun(ctx, runId);
  const cancelled = await sql.callControl(ctx.tx, 'cancel_run', runId);
  if (!cancelled)
    throw ValidationError.forField(['input', 'runId'], `the run has already ${run.status}`);
  return visibleRun(ctx, runId);
});

/** Starts a new run with a failed run's trigger event; viewers may not (runRefusal). */
export const replayRun = defineOperation(RunIdInput, async (ctx, { runId }) => {
  const run = await visibleRun(ctx, runId);
  if (run.status !== 'failed')
    throw ValidationError.forField(['input', 'runId'], 'only a failed run can be replayed');
  const newRunId = await sql.callControl(ctx.tx, 'replay_run', runId);
  return visibleRun(ctx, String(newRunId));
});

/** Why Postgres refused a cancel or replay of a run the caller can see: they are a viewer. */
export const runRefusal: Refusal = async () =>
  new ForbiddenError('Viewers cannot cancel or replay runs');
