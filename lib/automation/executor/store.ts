// The executor's SQL. Every function takes the transaction it runs in; the executor works as
// service_role (system work, across workspaces).
import { json, pgArray, type SqlParam, type Tx } from '../../db/port.ts';
import type { RunEvent, SerializedError } from './protocol.ts';

export type FunctionConfig = {
  id: string;
  name: string;
  triggers: ({ event: string; expression?: string } | { cron: string })[];
  steps?: { step?: { retries?: { attempts?: number } } };
  idempotency?: string;
  concurrency?: number | ConcurrencyConfig | ConcurrencyConfig[];
  cancel?: { event: string; if?: string; timeout?: string }[];
};
export type ConcurrencyConfig = { limit: number; key?: string; scope?: string };

export type RunRow = {
  id: string;
  functionId: string;
  workspaceId: string | null;
  event: RunEvent;
  status: 'queued' | 'running' | 'sleeping' | 'waiting' | 'completed' | 'failed' | 'cancelled';
  attempt: number;
  maxAttempts: number;
  disableImmediateExecution: boolean;
  concurrencyKeys: string[];
  parentRunId: string | null;
  parentStepId: string | null;
};

export type QueueItem = {
  id: number;
  runId: string;
  stepId: string | null;
  kind: 'call' | 'step' | 'wait-timeout';
  attempt: number;
};

export type StepMemo = { stepId: string; memo: unknown };

export const TERMINAL = ['completed', 'failed', 'cancelled'];

export async function upsertFunctions(
  tx: Tx,
  appId: string,
  functions: FunctionConfig[],
): Promise<void> {
  for (const fn of functions) {
    await tx.query(
      `insert into automation.functions (id, app_id, name, config) values ($1, $2, $3, $4::jsonb)
       on conflict (id) do update set app_id = excluded.app_id, name = excluded.name, config = excluded.config, updated_at = now()`,
      [fn.id, appId, fn.name, json(fn)],
    );
  }
}

export function selectFunctions(tx: Tx): Promise<{ id: string; config: FunctionConfig }[]> {
  return tx.query('select id, config from automation.functions');
}

/** Stores an event unless its id was seen before; true when it is new. */
export async function insertEvent(tx: Tx, event: RunEvent): Promise<boolean> {
  const rows = await tx.query(
    `insert into automation.events (id, name, data, ts, workspace_id)
     values ($1, $2, $3::jsonb, $4, workspaces.workspace_id_if_exists($3::jsonb ->> 'workspaceId'))
     on conflict (id) do nothing returning id`,
    [event.id, event.name, json(event.data), event.ts],
  );
  return rows.length > 0;
}

/** A new run, queued for its first call; undefined when its idempotency key was used before. */
export async function insertRun(
  tx: Tx,
  run: {
    functionId: string;
    event: RunEvent;
    maxAttempts: number;
    idempotencyKey: string | null;
    concurrencyKeys: string[];
    parentRunId?: string | null;
    parentStepId?: string | null;
  },
): Promise<string | undefined> {
  const [row] = await tx.query<{ id: string }>(
    `insert into automation.runs (function_id, workspace_id, event_id, event, max_attempts, idempotency_key,
       concurrency_keys, parent_run_id, parent_step_id)
     select $1, (select workspace_id from automation.events where id = $2), $2, $3::jsonb, $4, $5, $6::text[], $7, $8
     on conflict do nothing
     returning id`,
    [
      run.functionId,
      run.event.id,
      json(run.event),
      run.maxAttempts,
      run.idempotencyKey,
      pgArray(run.concurrencyKeys),
      run.parentRunId ?? null,
      run.parentStepId ?? null,
    ],
  );
  if (row) await enqueue(tx, { runId: row.id, kind: 'call' });
  return row?.id;
}

export async function enqueue(
  tx: Tx,
  item: {
    runId: string;
    kind: QueueItem['kind'];
    stepId?: string | null;
    attempt?: number;
    delayMs?: number;
  },
): Promise<void> {
  await tx.query(
    `insert into automation.queue (run_id, step_id, kind, attempt, available_at)
     values ($1, $2, $3, $4, now() + make_interval(secs => $5::float8 / 1000))`,
    [item.runId, item.stepId ?? null, item.kind, item.attempt ?? 0, item.delayMs ?? 0],
  );
}

/** The next item that is due and not leased, locked by this worker for `leaseMs`, in one statement. */
export async function claimItem(
  tx: Tx,
  workerId: string,
  leaseMs: number,
): Promise<(QueueItem & { concurrencyKeys: string[]; functionId: string }) | undefined> {
  const [item] = await tx.query<QueueItem & { concurrencyKeys: string[]; functionId: string }>(
    `with next as (
       select id from automation.queue
        where available_at <= now() and (locked_until is null or locked_until < now())
        order by available_at, id
        limit 1
        for update skip locked
     ), claimed as (
       update automation.queue q
          set locked_by = $1, locked_until = now() + make_interval(secs => $2::float8 / 1000)
         from next where q.id = next.id
       returning q.*
     )
     select c.id::int as id, c.run_id as "runId", c.step_id as "stepId", c.kind, c.attempt,
            r.concurrency_keys as "concurrencyKeys", r.function_id as "functionId"
       from claimed c join automation.runs r on r.id = c.run_id`,
    [workerId, leaseMs],
  );
  return item;
}

/** How many items of runs sharing this concurrency key are executing now (leased), besides this one. */
export async function countExecuting(tx: Tx, key: string, exceptItemId: number): Promise<number> {
  const [row] = await tx.query<{ n: number }>(
    `select count(*)::int as n from automation.queue q join automation.runs r on r.id = q.run_id
      where q.locked_until > now() and q.id <> $2 and $1 = any(r.concurrency_keys)`,
    [key, exceptItemId],
  );
  return row?.n ?? 0;
}

export async function postpone(tx: Tx, itemId: number, delayMs: number): Promise<void> {
  await tx.query(
    `update automation.queue set locked_by = null, locked_until = null,
            available_at = now() + make_interval(secs => $2::float8 / 1000) where id = $1`,
    [itemId, delayMs],
  );
}

/** A stopping worker hands back what it still holds: another worker may take it at once. */
export async function releaseLeases(tx: Tx, workerId: string): Promise<number> {
  const rows = await tx.query(
    `update automation.queue set locked_by = null, locked_until = null
      where locked_by = $1 returning id`,
    [workerId],
  );
  return rows.length;
}

export async function extendLease(
  tx: Tx,
  itemId: number,
  workerId: string,
  leaseMs: number,
): Promise<void> {
  await tx.query(
    `update automation.queue set locked_until = now() + make_interval(secs => $3::float8 / 1000)
      where id = $1 and locked_by = $2`,
    [itemId, workerId, leaseMs],
  );
}

/** Removes the item if this worker still holds it: the guard that makes applying a result happen once. */
export async function takeItem(tx: Tx, itemId: number, workerId: string): Promise<boolean> {
  const rows = await tx.query(
    'delete from automation.queue where id = $1 and locked_by = $2 returning id',
    [itemId, workerId],
  );
  return rows.length > 0;
}

const RUN_COLUMNS = `id, function_id as "functionId", workspace_id as "workspaceId", event, status, attempt,
  max_attempts as "maxAttempts", disable_immediate_execution as "disableImmediateExecution",
  concurrency_keys as "concurrencyKeys", parent_run_id as "parentRunId", parent_step_id as "parentStepId"`;

export async function selectRun(tx: Tx, runId: string, lock = false): Promise<RunRow | undefined> {
  const [row] = await tx.query<RunRow>(
    `select ${RUN_COLUMNS} from automation.runs where id = $1 ${lock ? 'for update' : ''}`,
    [runId],
  );
  return row;
}

/**
 * Removes the item if this worker still holds it and locks its run, in one statement: the guard
 * that makes applying a handler's answer happen once. Undefined when the item was taken over.
 */
export async function takeItemAndLockRun(
  tx: Tx,
  itemId: number,
  workerId: string,
): Promise<RunRow | undefined> {
  const [row] = await tx.query<RunRow>(
    `with taken as (delete from automation.queue where id = $1 and locked_by = $2 returning run_id)
     select ${RUN_COLUMNS} from automation.runs where id = (select run_id from taken) for update`,
    [itemId, workerId],
  );
  return row;
}

/** Marks a run queued and queues its next call, unless one is queued already: one statement. */
export async function queueNextCall(tx: Tx, runId: string): Promise<void> {
  // A run between two steps stays 'running'; one resumed from a sleep or a wait is 'queued'.
  await tx.query(
    `with queued as (
       update automation.runs set status = case when status = 'running' then status else 'queued' end
        where id = $1 returning id
     )
     insert into automation.queue (run_id, kind)
     select id, 'call' from queued
      where not exists (select 1 from automation.queue where run_id = $1 and kind = 'call')`,
    [runId],
  );
}

/** A run and its step memos in completion order, in one statement. */
export async function selectRunWithMemos(
  tx: Tx,
  runId: string,
): Promise<{ run: RunRow; memos: StepMemo[] } | undefined> {
  const [row] = await tx.query<RunRow & { memos: StepMemo[] }>(
    `select ${RUN_COLUMNS},
            coalesce((select json_agg(json_build_object('stepId', s.step_id, 'memo', s.memo) order by s.position, s.step_id)
                        from automation.run_steps s where s.run_id = r.id and s.has_memo), '[]'::json) as memos
       from automation.runs r where r.id = $1`,
    [runId],
  );
  if (!row) return undefined;
  const { memos, ...run } = row;
  return { run, memos };
}

export async function setRunStatus(
  tx: Tx,
  runId: string,
  status: RunRow['status'],
  extra: {
    output?: unknown;
    error?: SerializedError;
    attempt?: number;
    disableImmediateExecution?: boolean;
  } = {},
): Promise<void> {
  const sets = [
    'status = $2',
    `started_at = coalesce(started_at, case when $2 = 'running' then now() end)`,
  ];
  const params: SqlParam[] = [runId, status];
  if (TERMINAL.includes(status)) sets.push('ended_at = now()');
  if ('output' in extra) {
    params.push(json(extra.output ?? null));
    sets.push(`output = $${params.length}::jsonb`);
  }
  if (extra.error) {
    params.push(json(extra.error));
    sets.push(`error = $${params.length}::jsonb`);
  }
  if (extra.attempt !== undefined) {
    params.push(extra.attempt);
    sets.push(`attempt = $${params.length}`);
  }
  if (extra.disableImmediateExecution) sets.push('disable_immediate_execution = true');
  await tx.query(`update automation.runs set ${sets.join(', ')} where id = $1`, params);
}

/**
 * Records a step's result. A result already stored is kept: a repeated identical write is a
 * no-op, and a late duplicate can never overwrite what the run already went on with.
 */
export async function recordStep(
  tx: Tx,
  run: RunRow,
  step: {
    stepId: string;
    name: string;
    op: string;
    status: string;
    memo?: unknown;
    hasMemo: boolean;
    error?: SerializedError;
    countAttempt?: boolean;
    /** The SDK's own measure of the step, when it ran inline. */
    timing?: { startedAtMs: number; durationMs: number };
  },
): Promise<void> {
  await tx.query(
    `insert into automation.run_steps as s (run_id, step_id, workspace_id, name, op, status, memo, has_memo,
       attempts, position, last_error, started_at, ended_at)
     values ($1, $2, $3, $4, $5, $6, $7::jsonb, $8, $9,
       case when $8 then (select coalesce(max(position), -1) + 1 from automation.run_steps where run_id = $1) end,
       $10::jsonb,
       coalesce(to_timestamp($11::float8 / 1000), now()),
       case when $6 in ('completed', 'failed') then coalesce(to_timestamp(($11::float8 + $12::float8) / 1000), now()) end)
     on conflict (run_id, step_id) do update set
       status = excluded.status, memo = excluded.memo, has_memo = excluded.has_memo, op = excluded.op,
       attempts = s.attempts + excluded.attempts,
       position = coalesce(s.position, excluded.position),
       last_error = coalesce(excluded.last_error, s.last_error),
       ended_at = excluded.ended_at
     where not s.has_memo`,
    [
      run.id,
      step.stepId,
      run.workspaceId,
      step.name,
      step.op,
      step.status,
      step.hasMemo ? json(step.memo ?? null) : null,
      step.hasMemo,
      step.countAttempt === false ? 0 : 1,
      step.error ? json(step.error) : null,
      step.timing?.startedAtMs ?? null,
      step.timing?.durationMs ?? 0,
    ],
  );
}

export async function countPlanned(tx: Tx, runId: string): Promise<number> {
  const [row] = await tx.query<{ n: number }>(
    `select count(*)::int as n from automation.run_steps where run_id = $1 and status = 'planned'`,
    [runId],
  );
  return row?.n ?? 0;
}

/** Whether a run's step is an invoke (its timeout resumes the run with an error, not null). */
export async function isInvokeStep(tx: Tx, runId: string, stepId: string): Promise<boolean> {
  const rows = await tx.query(
    `select 1 from automation.run_steps where run_id = $1 and step_id = $2 and op = 'InvokeFunction'`,
    [runId, stepId],
  );
  return rows.length > 0;
}

export async function insertWait(
  tx: Tx,
  run: RunRow,
  wait: {
    stepId: string;
    eventName?: string | null;
    expression?: string | null;
    expiresInMs?: number;
    childRunId?: string | null;
  },
): Promise<void> {
  await tx.query(
    `insert into automation.waits (run_id, step_id, workspace_id, event_name, expression, expires_at, child_run_id)
     values ($1, $2, $3, $4, $5, case when $6::float8 is null then null else now() + make_interval(secs => $6::float8 / 1000) end, $7)
     on conflict do nothing`,
    [
      run.id,
      wait.stepId,
      run.workspaceId,
      wait.eventName ?? null,
      wait.expression ?? null,
      wait.expiresInMs ?? null,
      wait.childRunId ?? null,
    ],
  );
}

/** Waits for this event name, locked so two deliveries cannot both resume one run. */
export function selectWaitsForEvent(tx: Tx, eventName: string) {
  return tx.query<{ runId: string; stepId: string; expression: string | null; runEvent: RunEvent }>(
    `select w.run_id as "runId", w.step_id as "stepId", w.expression, r.event as "runEvent"
       from automation.waits w join automation.runs r on r.id = w.run_id
      where w.event_name = $1 and (w.expires_at is null or w.expires_at > now())
      for update of w`,
    [eventName],
  );
}

export async function deleteWait(tx: Tx, runId: string, stepId: string): Promise<boolean> {
  const rows = await tx.query(
    'delete from automation.waits where run_id = $1 and step_id = $2 returning run_id',
    [runId, stepId],
  );
  return rows.length > 0;
}

export function selectActiveRunsOf(tx: Tx, functionId: string) {
  return tx.query<{ id: string; event: RunEvent }>(
    `select id, event from automation.runs where function_id = $1 and status not in ('completed', 'failed', 'cancelled') for update`,
    [functionId],
  );
}

export async function cancelRun(tx: Tx, runId: string): Promise<boolean> {
  const rows = await tx.query(
    `update automation.runs set status = 'cancelled', ended_at = now()
      where id = $1 and status not in ('completed', 'failed', 'cancelled') returning id`,
    [runId],
  );
  if (rows.length === 0) return false;
  await tx.query('delete from automation.queue where run_id = $1', [runId]);
  await tx.query('delete from automation.waits where run_id = $1', [runId]);
  return true;
}

export async function dueSchedules(tx: Tx) {
  return tx.query<{ functionId: string; cron: string; nextAt: Date }>(
    `select function_id as "functionId", cron, next_at as "nextAt" from automation.schedules
      where next_at <= now() for update skip locked`,
  );
}

export async function setSchedule(
  tx: Tx,
  functionId: string,
  cron: string,
  nextAt: Date,
  onlyIfMissing: boolean,
): Promise<void> {
  await tx.query(
    `insert into automation.schedules (function_id, cron, next_at) values ($1, $2, $3::timestamptz)
     on conflict (function_id, cron) do ${onlyIfMissing ? 'nothing' : 'update set next_at = excluded.next_at'}`,
    [functionId, cron, nextAt.toISOString()],
  );
}

/** A sleeping run is being woken: its sleeps are over. */
export async function endSleeps(tx: Tx, runId: string): Promise<void> {
  await tx.query(
    `update automation.run_steps set status = 'completed', ended_at = now() where run_id = $1 and status = 'sleeping'`,
    [runId],
  );
}
