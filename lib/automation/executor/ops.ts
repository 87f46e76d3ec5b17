// What the executor does with each opcode a handler answers with: one handler per op. Each
// records the step and queues what comes next, and says how the op leaves the run: go on with
// the next call, asleep, waiting, or already ended (failed).
import { randomUUID } from 'node:crypto';
import type { Tx } from '../../db/port.ts';
import {
  durationMs,
  type Op,
  type RunEvent,
  type SerializedError,
  stepTiming,
} from './protocol.ts';
import * as store from './store.ts';

export const INVOKED_EVENT = 'inngest/function.invoked';

/** What the ops need from the executor that runs them. */
export interface OpRuntime {
  functionConfig(tx: Tx, functionId: string): Promise<store.FunctionConfig | undefined>;
  startRun(
    tx: Tx,
    fn: store.FunctionConfig,
    event: RunEvent,
    extra: { parentRunId: string; parentStepId: string },
  ): Promise<string | undefined>;
  failRun(tx: Tx, run: store.RunRow, error: SerializedError): Promise<void>;
  /** The backoff before this attempt. */
  delay(attempt: number, retryAfter: string | null): number;
}

export interface OpScope {
  tx: Tx;
  run: store.RunRow;
  item: store.QueueItem;
  retryAfter: string | null;
  runtime: OpRuntime;
}

/** 'continue': call the run again; 'sleeping'/'waiting': the run's status; 'ended': stop here. */
type OpEffect = 'continue' | 'sleeping' | 'waiting' | 'ended' | undefined;
type OpOf<K extends Op['op']> = Extract<Op, { op: K }>;
/** Every op but RunComplete stands for a step, with its id. */
type StepOp = Exclude<Op, { op: 'RunComplete' }>;
type OpHandler<K extends Op['op']> = (scope: OpScope, op: OpOf<K>) => Promise<OpEffect>;

type StepResult = Omit<Parameters<typeof store.recordStep>[2], 'stepId' | 'op' | 'name'> & {
  name?: string;
};

/** Records the step an op stands for, named as the SDK named it unless the result names it. */
function recordOp(scope: OpScope, op: StepOp, { name, ...result }: StepResult): Promise<void> {
  return store.recordStep(scope.tx, scope.run, {
    stepId: op.id,
    op: op.op,
    name: name ?? (op.displayName || op.name || op.id),
    ...result,
  });
}

/** A wait (for an event or an invoked run) whose timeout resumes the run through the queue. */
async function awaitResumption(
  scope: OpScope,
  op: StepOp,
  wait: Omit<Parameters<typeof store.insertWait>[2], 'stepId'>,
): Promise<OpEffect> {
  await store.insertWait(scope.tx, scope.run, { stepId: op.id, ...wait });
  await store.enqueue(scope.tx, {
    runId: scope.run.id,
    kind: 'wait-timeout',
    stepId: op.id,
    delayMs: wait.expiresInMs,
  });
  return 'waiting';
}

const malformed = (scope: OpScope, message: string): Promise<OpEffect> =>
  scope.runtime
    .failRun(scope.tx, scope.run, { name: 'MalformedResponse', message })
    .then(() => 'ended');

const handlers: { [K in Op['op']]: OpHandler<K> } = {
  async StepRun(scope, op) {
    await recordOp(scope, op, {
      status: 'completed',
      memo: { data: op.data ?? null },
      hasMemo: true,
      timing: stepTiming(op),
    });
    return 'continue';
  },

  async StepFailed(scope, op) {
    await recordOp(scope, op, {
      status: 'failed',
      memo: { error: op.error },
      hasMemo: true,
      error: op.error,
      timing: stepTiming(op),
    });
    return 'continue';
  },

  /** A step that threw and will be retried: the step (or the whole call) is queued again. */
  async StepError(scope, op) {
    const { tx, run, item } = scope;
    await recordOp(scope, op, { status: 'planned', hasMemo: false, error: op.error });
    const attempt = item.attempt + 1;
    await store.enqueue(tx, {
      runId: run.id,
      kind: item.kind === 'step' ? 'step' : 'call',
      stepId: item.kind === 'step' ? op.id : null,
      attempt,
      delayMs: scope.runtime.delay(attempt, scope.retryAfter),
    });
    return undefined;
  },

  async StepPlanned(scope, op) {
    await recordOp(scope, op, { status: 'planned', hasMemo: false, countAttempt: false });
    await store.enqueue(scope.tx, { runId: scope.run.id, kind: 'step', stepId: op.id });
    return undefined;
  },

  async Sleep(scope, op) {
    const wakeIn = durationMs(op.name);
    if (wakeIn === undefined)
      return malformed(scope, `Cannot read the sleep duration "${op.name}"`);
    await recordOp(scope, op, {
      name: `sleep ${op.name}`,
      status: 'sleeping',
      memo: null,
      hasMemo: true,
      countAttempt: false,
    });
    await store.enqueue(scope.tx, { runId: scope.run.id, kind: 'call', delayMs: wakeIn });
    return 'sleeping';
  },

  async WaitForEvent(scope, op) {
    await recordOp(scope, op, { status: 'waiting', hasMemo: false, countAttempt: false });
    const timeout = durationMs(op.opts.timeout);
    if (timeout === undefined)
      return malformed(scope, `Cannot read the wait timeout "${op.opts.timeout}"`);
    return awaitResumption(scope, op, {
      eventName: op.name,
      expression: op.opts.if ?? null,
      expiresInMs: timeout,
    });
  },

  /** Starts the invoked function's run; its end (or the timeout) resumes this one. */
  async InvokeFunction(scope, op) {
    const { tx, run } = scope;
    await recordOp(scope, op, { status: 'waiting', hasMemo: false, countAttempt: false });
    const child = await scope.runtime.functionConfig(tx, op.opts.function_id);
    if (!child) {
      await recordOp(scope, op, {
        status: 'failed',
        memo: { error: { name: 'Error', message: `No function ${op.opts.function_id}` } },
        hasMemo: true,
      });
      return 'continue';
    }
    const event: RunEvent = {
      name: INVOKED_EVENT,
      data: {
        ...((op.opts.payload?.data as Record<string, unknown>) ?? {}),
        _inngest: { fn_id: child.id, correlation_id: `${run.id}.${op.id}` },
      },
      id: randomUUID(),
      ts: Date.now(),
    };
    await store.insertEvent(tx, event);
    const childRunId = await scope.runtime.startRun(tx, child, event, {
      parentRunId: run.id,
      parentStepId: op.id,
    });
    return awaitResumption(scope, op, {
      childRunId: childRunId ?? null,
      expiresInMs: op.opts.timeout ? durationMs(op.opts.timeout) : undefined,
    });
  },

  async RunComplete() {
    return undefined;
  },
};

/** Applies a handler's ops in order, then moves the run on: called again, asleep or waiting. */
export async function applyOps(scope: OpScope, ops: Op[]): Promise<void> {
  const { tx, run, item } = scope;
  if (ops.filter((o) => o.op === 'StepPlanned').length > 1)
    await store.setRunStatus(tx, run.id, 'running', { disableImmediateExecution: true });
  let continueNow = false;
  let waiting: 'sleeping' | 'waiting' | undefined;
  for (const op of ops) {
    const effect = await (handlers[op.op] as OpHandler<Op['op']>)(scope, op as never);
    if (effect === 'ended') return;
    if (effect === 'continue') continueNow = true;
    else if (effect) waiting = effect;
  }
  if (continueNow) {
    // A planned step that finished continues the run only when its siblings have too.
    if (item.kind !== 'step' || (await store.countPlanned(tx, run.id)) === 0)
      await store.queueNextCall(tx, run.id);
    else await store.setRunStatus(tx, run.id, 'running');
  } else if (waiting) {
    await store.setRunStatus(tx, run.id, waiting);
  }
}
