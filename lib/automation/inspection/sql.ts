// Reading runs for inspection, as the signed-in user: RLS shows members their workspace's runs.
import { pgArray, type SqlParam, type Tx } from '../../db/port.ts';

export type RunStatus =
  'queued' | 'running' | 'sleeping' | 'waiting' | 'completed' | 'failed' | 'cancelled';

export type RunSummary = {
  id: string;
  workspaceId: string | null;
  functionId: string;
  functionName: string;
  eventId: string;
  eventName: string;
  event: Record<string, unknown>;
  status: RunStatus;
  attempt: number;
  output: unknown;
  error: { name?: string; message?: string; stack?: string } | null;
  replayOf: string | null;
  createdAt: Date;
  /** created_at to the microsecond (a JS Date keeps milliseconds): what page cursors carry. */
  createdAtExact: string;
  startedAt: Date | null;
  endedAt: Date | null;
};

export type RunStepRow = {
  runId: string;
  stepId: string;
  name: string;
  op: string;
  status: string;
  memo: unknown;
  attempts: number;
  position: number | null;
  lastError: { name?: string; message?: string } | null;
  startedAt: Date;
  endedAt: Date | null;
};

const RUN_COLUMNS = `r.id, r.workspace_id as "workspaceId", r.function_id as "functionId", f.name as "functionName",
  r.event_id as "eventId", r.event ->> 'name' as "eventName", r.event, r.status, r.attempt, r.output, r.error,
  r.replay_of as "replayOf", r.created_at as "createdAt", r.started_at as "startedAt", r.ended_at as "endedAt",
  to_char(r.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as "createdAtExact"`;

export interface RunPage {
  workspaceId: string;
  statuses?: RunStatus[] | null;
  functionId?: string | null;
  after?: [string, string];
  limit: number;
}

/** Newest first, keyset-paginated on (created_at, id). */
export function selectRunPage(tx: Tx, q: RunPage): Promise<RunSummary[]> {
  const params: SqlParam[] = [q.workspaceId];
  const where = ['r.workspace_id = $1'];
  if (q.statuses?.length) {
    params.push(pgArray(q.statuses));
    where.push(`r.status = any($${params.length}::text[])`);
  }
  if (q.functionId) {
    params.push(q.functionId);
    where.push(`r.function_id = $${params.length}`);
  }
  if (q.after) {
    params.push(q.after[0], q.after[1]);
    // Sent as text: postgres.js turns a timestamptz parameter into a JS Date, losing microseconds.
    where.push(
      `(r.created_at, r.id) < ($${params.length - 1}::text::timestamptz, $${params.length}::uuid)`,
    );
  }
  params.push(q.limit);
  return tx.query<RunSummary>(
    `select ${RUN_COLUMNS} from automation.runs r join automation.functions f on f.id = r.function_id
      where ${where.join(' and ')} order by r.created_at desc, r.id desc limit $${params.length}`,
    params,
  );
}

export function selectRunsByIds(tx: Tx, ids: readonly string[]): Promise<RunSummary[]> {
  return tx.query<RunSummary>(
    `select ${RUN_COLUMNS} from automation.runs r join automation.functions f on f.id = r.function_id
      where r.id = any($1::uuid[])`,
    [pgArray(ids)],
  );
}

export function selectStepsOfRuns(tx: Tx, runIds: readonly string[]): Promise<RunStepRow[]> {
  return tx.query<RunStepRow>(
    `select run_id as "runId", step_id as "stepId", name, op, status, memo, attempts, position,
            last_error as "lastError", started_at as "startedAt", ended_at as "endedAt"
       from automation.run_steps where run_id = any($1::uuid[])
      order by position nulls last, started_at`,
    [pgArray(runIds)],
  );
}

/** Calls automation.cancel_run or automation.replay_run (security definer; they check the role). */
export async function callControl(
  tx: Tx,
  fn: 'cancel_run' | 'replay_run',
  runId: string,
): Promise<unknown> {
  const [row] = await tx.query<{ result: unknown }>(`select automation.${fn}($1) as result`, [
    runId,
  ]);
  return row?.result;
}
