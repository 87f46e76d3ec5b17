// The embedded durable executor: Inngest's server role, in this process, with its state in
// Waymark's Postgres. It registers functions through the serve() handler's in-band sync, stores
// events, starts runs for matching triggers, and drives each run through the handler with
// Inngest's request protocol: steps, parallel plans, sleeps, waits for events, invokes, retries
// with backoff, failures and onFailure, cancellation, idempotency and concurrency. A run's
// progress is committed step by step, so a process killed at any moment resumes every run
// without repeating a step whose result was stored.
import { randomBytes, randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { Cron } from 'croner';
import type { Db, Tx } from '../../db/port.ts';
import { checkIncomingEvent } from '../event-checks.ts';
import { createOutboxRelay, type OutboxRelay } from '../relay/outbox-relay.ts';
import { backoffDelayMs } from './backoff.ts';
import { concurrencyKeysOf, concurrencyLimitOf } from './concurrency.ts';
import { keyOf, matches } from './expressions.ts';
import { applyOps, type OpRuntime } from './ops.ts';
import {
  callBody,
  type Outcome,
  readOutcome,
  type RunEvent,
  type SerializedError,
} from './protocol.ts';
import * as store from './store.ts';

export type Handler = (request: Request) => Promise<Response>;

export interface ExecutorOptions {
  db: Db;
  /** The serve() handler, called in process. */
  handler: Handler;
  /** The URL the handler is served at; only used to build request URLs it accepts. */
  serveUrl?: string;
  /** Multiplies Inngest's backoff table: 1 in production-like runs, small in development. */
  backoffFactor?: number;
  /** How long a claimed item is ours before another worker may take it over. */
  leaseMs?: number;
  /** Items handled at once by this worker. */
  slots?: number;
  /** Idle polling interval: work queued by this process wakes the idle loops at once anyway. */
  pollMs?: number;
  workerId?: string;
}

export interface IncomingEvent {
  name: string;
  data?: Record<string, unknown>;
  id?: string;
  ts?: number;
  user?: Record<string, unknown>;
}

const DEFAULT_RETRIES = 3;
const FAILED_EVENT = 'inngest/function.failed';
const CRON_EVENT = 'inngest/scheduled.timer';

export class Executor {
  readonly workerId: string;
  private readonly db: Db;
  private readonly handler: Handler;
  private readonly serveUrl: string;
  private readonly backoffFactor: number;
  private readonly leaseMs: number;
  private readonly slots: number;
  private readonly pollMs: number;
  private functions = new Map<string, store.FunctionConfig>();
  private running = false;
  private inFlight = 0;
  /** One per idle slot loop, so work queued now wakes every loop that is asleep. */
  private readonly wakers = new Set<() => void>();
  private loops: Promise<void>[] = [];
  private lastHousekeeping = 0;
  /** The outbox relay with this executor as its deliverer: events are stored in its transaction. */
  private readonly outbox: OutboxRelay;

  constructor(options: ExecutorOptions) {
    this.db = options.db;
    this.handler = options.handler;
    this.serveUrl = options.serveUrl ?? 'http://waymark.embedded/api/inngest';
    this.backoffFactor = options.backoffFactor ?? 1;
    this.leaseMs = options.leaseMs ?? 30_000;
    this.slots = options.slots ?? 4;
    this.pollMs = options.pollMs ?? 250;
    this.workerId =
      options.workerId ?? `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
    this.outbox = createOutboxRelay({
      db: this.db,
      deliver: async (tx, events) => {
        for (const event of events) await this.receive(tx, event);
      },
    });
  }

  /** Registers the handler's functions (the in-band sync PUT) and their cron schedules. */
  async register(): Promise<store.FunctionConfig[]> {
    const response = await this.handler(
      new Request(this.serveUrl, {
        method: 'PUT',
        headers: {
          host: new URL(this.serveUrl).host,
          'content-type': 'application/json',
          'x-inngest-sync-kind': 'in_band',
        },
        body: JSON.stringify({ url: this.serveUrl }),
      }),
    );
    if (response.status !== 200)
      throw new Error(`Registering functions failed: the handler answered ${response.status}`);
    const app = (await response.json()) as { app_id: string; functions: store.FunctionConfig[] };
    await this.db.asService(async (tx) => {
      await store.upsertFunctions(tx, app.app_id, app.functions);
      for (const fn of app.functions) {
        for (const trigger of fn.triggers) {
          if ('cron' in trigger)
            await store.setSchedule(tx, fn.id, trigger.cron, nextCron(trigger.cron), true);
        }
      }
    });
    this.functions = new Map(app.functions.map((fn) => [fn.id, fn]));
    return app.functions;
  }

  private async loadFunctions(tx: Tx): Promise<Map<string, store.FunctionConfig>> {
    if (this.functions.size === 0) {
      this.functions = new Map((await store.selectFunctions(tx)).map((f) => [f.id, f.config]));
    }
    return this.functions;
  }

  /**
   * Receives events: validates them all first (one invalid event refuses the batch, nothing
   * stored), drops ids already seen, starts runs for matching triggers, resumes matching waits
   * and cancels runs the events cancel. Returns the ids.
   */
  async send(events: IncomingEvent[]): Promise<string[]> {
    const checked = events.map((e) => {
      const data = checkIncomingEvent(e.name, e.data ?? {});
      return {
        name: e.name,
        data,
        id: e.id ?? newEventId(),
        ts: e.ts ?? Date.now(),
        ...(e.user ? { user: e.user } : {}),
      };
    });
    await this.db.asService(async (tx) => {
      for (const event of checked) await this.receive(tx, event);
    });
    this.poke();
    return checked.map((e) => e.id);
  }

  private async receive(tx: Tx, event: RunEvent): Promise<void> {
    if (!(await store.insertEvent(tx, event))) return;
    const functions = await this.loadFunctions(tx);
    for (const fn of functions.values()) {
      const triggered = fn.triggers.some(
        (t) => 'event' in t && t.event === event.name && matches(t.expression, { event }),
      );
      if (triggered) await this.startRun(tx, fn, event);
      for (const cancel of fn.cancel ?? []) {
        if (cancel.event !== event.name) continue;
        for (const run of await store.selectActiveRunsOf(tx, fn.id)) {
          if (matches(cancel.if, { event: run.event, async: event }))
            await store.cancelRun(tx, run.id);
        }
      }
    }
    for (const wait of await store.selectWaitsForEvent(tx, event.name)) {
      if (!matches(wait.expression, { event: wait.runEvent, async: event })) continue;
      const run = await store.selectRun(tx, wait.runId);
      if (!run || store.TERMINAL.includes(run.status)) continue;
      await store.deleteWait(tx, wait.runId, wait.stepId);
      await store.recordStep(tx, run, {
        stepId: wait.stepId,
        name: event.name,
        op: 'WaitForEvent',
        status: 'completed',
        memo: event,
        hasMemo: true,
        countAttempt: false,
      });
      await this.continueRun(tx, run.id);
    }
  }

  private async startRun(
    tx: Tx,
    fn: store.FunctionConfig,
    event: RunEvent,
    extra: { parentRunId?: string; parentStepId?: string } = {},
  ): Promise<string | undefined> {
    const retries = fn.steps?.step?.retries?.attempts ?? DEFAULT_RETRIES;
    return store.insertRun(tx, {
      functionId: fn.id,
      event,
      maxAttempts: retries + 1,
      idempotencyKey: fn.idempotency ? keyOf(fn.idempotency, { event }) : null,
      concurrencyKeys: concurrencyKeysOf(fn, event),
      ...extra,
    });
  }

  /** Starts the worker loops (and returns at once); stop() ends them. */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.loops = Array.from({ length: this.slots }, () => this.loop());
  }

  /**
   * Stops the loops. An item still running after `graceMs` has its lease released, so another
   * worker takes it over now rather than when the lease expires; this worker's late answer for
   * it is then discarded (applying needs the lease). Steps are at-least-once either way.
   */
  async stop(options: { graceMs?: number } = {}): Promise<void> {
    this.running = false;
    this.poke();
    const loops = Promise.all(this.loops);
    let timer: NodeJS.Timeout | undefined;
    const graceOver = new Promise<'grace over'>((resolve) => {
      timer = setTimeout(() => resolve('grace over'), options.graceMs ?? 5_000);
    });
    const ended = await Promise.race([loops, graceOver]);
    clearTimeout(timer);
    if (ended === 'grace over') {
      const released = await this.db.asService((tx) => store.releaseLeases(tx, this.workerId));
      if (released > 0) console.log(`executor: released ${released} leases it could not finish`);
    }
  }

  /** Events were just committed to the outbox: take them on the next loop, not the next poll. */
  nudgeOutbox(): void {
    this.lastHousekeeping = 0;
    this.poke();
  }

  private poke(): void {
    for (const wake of this.wakers) wake();
  }

  private async loop(): Promise<void> {
    while (this.running) {
      let worked = false;
      try {
        await this.housekeeping();
        worked = await this.workOnce();
      } catch (error) {
        console.error('executor: work loop error', error);
      }
      if (!worked && this.running) {
        await new Promise<void>((resolve) => {
          const wake = () => {
            clearTimeout(timer);
            this.wakers.delete(wake);
            resolve();
          };
          const timer = setTimeout(wake, this.pollMs);
          this.wakers.add(wake);
        });
      }
    }
  }

  /** Delivers the outbox and fires due cron schedules, at most every poll interval. */
  private async housekeeping(): Promise<void> {
    const now = Date.now();
    if (now - this.lastHousekeeping < this.pollMs) return;
    this.lastHousekeeping = now;
    await this.deliverOutbox();
    await this.fireSchedules();
  }

  /** Delivers one batch of the outbox into this executor; how many events it delivered. */
  async deliverOutbox(): Promise<number> {
    const delivered = await this.outbox.deliverBatch();
    if (delivered > 0) this.poke();
    return delivered;
  }

  private async fireSchedules(): Promise<void> {
    await this.db.asService(async (tx) => {
      const functions = await this.loadFunctions(tx);
      for (const due of await store.dueSchedules(tx)) {
        const fn = functions.get(due.functionId);
        const at = new Date(due.nextAt);
        if (fn) {
          const event: RunEvent = {
            name: CRON_EVENT,
            data: { cron: due.cron },
            id: `cron:${fn.id}:${at.toISOString()}`,
            ts: at.getTime(),
          };
          if (await store.insertEvent(tx, event)) await this.startRun(tx, fn, event);
        }
        await store.setSchedule(tx, due.functionId, due.cron, nextCron(due.cron), false);
      }
    });
  }

  /** Claims and handles one due item; false when there was none. */
  async workOnce(): Promise<boolean> {
    // Claiming, the concurrency check and loading the run share one transaction.
    const claim = await this.db.asService(async (tx) => {
      const claimed = await store.claimItem(tx, this.workerId, this.leaseMs);
      if (!claimed) return undefined;
      const fn = (await this.loadFunctions(tx)).get(claimed.functionId);
      for (const key of claimed.concurrencyKeys) {
        const limit = concurrencyLimitOf(fn, key);
        if (limit === undefined) continue;
        await tx.query('select pg_advisory_xact_lock(hashtext($1))', [key]);
        if ((await store.countExecuting(tx, key, claimed.id)) >= limit) {
          await store.postpone(tx, claimed.id, 20);
          return 'postponed' as const;
        }
      }
      if (claimed.kind === 'wait-timeout') return { item: claimed, prepared: undefined };
      const loaded = await store.selectRunWithMemos(tx, claimed.runId);
      if (!loaded || store.TERMINAL.includes(loaded.run.status)) {
        await store.takeItem(tx, claimed.id, this.workerId);
        return 'skipped' as const;
      }
      const { run, memos } = loaded;
      if (run.status === 'sleeping') await store.endSleeps(tx, run.id);
      if (run.status !== 'running') await store.setRunStatus(tx, run.id, 'running');
      return { item: claimed, prepared: { run, memos } };
    });
    if (!claim) return false;
    if (claim === 'postponed' || claim === 'skipped') return true;
    this.inFlight++;
    try {
      await (claim.prepared
        ? this.callHandler(claim.item, claim.prepared)
        : this.timeOut(claim.item));
    } finally {
      this.inFlight--;
    }
    return true;
  }

  /** A wait or an invoke that ran out of time: resume its run with null, or an error for an invoke. */
  private async timeOut(item: store.QueueItem): Promise<void> {
    await this.db.asService(async (tx) => {
      if (!(await store.takeItem(tx, item.id, this.workerId))) return;
      const run = await store.selectRun(tx, item.runId, true);
      if (
        !run ||
        store.TERMINAL.includes(run.status) ||
        !(await store.deleteWait(tx, run.id, item.stepId!))
      )
        return;
      // An invoke that timed out resumes with an error; a waitForEvent with null.
      const invoke = await store.isInvokeStep(tx, run.id, item.stepId!);
      const memo = invoke
        ? {
            error: {
              name: 'InngestInvokeTimeoutError',
              message: 'The invoked function did not finish in time',
            },
          }
        : null;
      await store.recordStep(tx, run, {
        stepId: item.stepId!,
        name: 'timeout',
        op: invoke ? 'InvokeFunction' : 'WaitForEvent',
        status: 'completed',
        memo,
        hasMemo: true,
        countAttempt: false,
      });
      await this.continueRun(tx, run.id);
    });
    this.poke();
  }

  /** Calls the handler for a run (or one planned step of it) and applies the answer. */
  private async callHandler(
    item: store.QueueItem,
    { run, memos }: { run: store.RunRow; memos: store.StepMemo[] },
  ): Promise<void> {
    const stepId = item.kind === 'step' ? item.stepId! : 'step';
    const url = `${this.serveUrl}?fnId=${encodeURIComponent(run.functionId)}&stepId=${encodeURIComponent(stepId)}`;
    const body = callBody({
      event: run.event,
      steps: Object.fromEntries(memos.map((m) => [m.stepId, m.memo])),
      stack: memos.map((m) => m.stepId),
      runId: run.id,
      attempt: item.attempt,
      maxAttempts: run.maxAttempts,
      disableImmediateExecution: run.disableImmediateExecution || item.kind === 'step',
    });

    const heartbeat = setInterval(
      () => {
        void this.db
          .asService((tx) => store.extendLease(tx, item.id, this.workerId, this.leaseMs))
          .catch(() => {});
      },
      Math.max(50, this.leaseMs / 3),
    );
    let outcome: Outcome;
    try {
      const response = await this.handler(
        new Request(url, {
          method: 'POST',
          headers: { host: new URL(url).host, 'content-type': 'application/json' },
          body,
        }),
      );
      outcome = await readOutcome(response);
    } catch (error) {
      outcome = { kind: 'retry', error: serializeError(error), retryAfter: null };
    } finally {
      clearInterval(heartbeat);
    }

    await this.db.asService(async (tx) => {
      // Only the worker still holding the item applies its result; a takeover re-runs it.
      const current = await store.takeItemAndLockRun(tx, item.id, this.workerId);
      if (!current || store.TERMINAL.includes(current.status)) return;
      await this.apply(tx, current, item, outcome);
    });
    this.poke();
  }

  private async apply(
    tx: Tx,
    run: store.RunRow,
    item: store.QueueItem,
    outcome: Outcome,
  ): Promise<void> {
    switch (outcome.kind) {
      case 'completed':
        await store.setRunStatus(tx, run.id, 'completed', { output: outcome.output ?? null });
        await this.resolveParent(tx, run, { data: outcome.output ?? null });
        return;
      case 'retry': {
        const attempt = item.attempt + 1;
        if (attempt >= run.maxAttempts) return this.failRun(tx, run, outcome.error);
        await store.setRunStatus(tx, run.id, 'queued', { attempt, error: outcome.error });
        await store.enqueue(tx, {
          runId: run.id,
          kind: item.kind === 'step' ? 'step' : 'call',
          stepId: item.stepId,
          attempt,
          delayMs: this.delay(attempt, outcome.retryAfter),
        });
        return;
      }
      case 'failed':
        return this.failRun(tx, run, outcome.error);
      case 'malformed':
        return this.failRun(tx, run, outcome.error);
      case 'ops':
        return applyOps(
          { tx, run, item, retryAfter: outcome.retryAfter, runtime: this.opRuntime },
          outcome.ops,
        );
    }
  }

  private readonly opRuntime: OpRuntime = {
    functionConfig: async (tx, functionId) => (await this.loadFunctions(tx)).get(functionId),
    startRun: (tx, fn, event, extra) => this.startRun(tx, fn, event, extra),
    failRun: (tx, run, error) => this.failRun(tx, run, error),
    delay: (attempt, retryAfter) => this.delay(attempt, retryAfter),
  };

  /** Queues the next call of a run (once), now. */
  private async continueRun(tx: Tx, runId: string): Promise<void> {
    await store.queueNextCall(tx, runId);
  }

  private async failRun(tx: Tx, run: store.RunRow, error: SerializedError): Promise<void> {
    await store.setRunStatus(tx, run.id, 'failed', { error });
    await this.resolveParent(tx, run, { error });
    // An onFailure handler that fails does not start another: the SDK registers it as its own
    // function triggered by the failure event.
    const fn = (await this.loadFunctions(tx)).get(run.functionId);
    if (run.event.name === FAILED_EVENT || (fn && handlesFailures(fn))) return;
    // onFailure handlers are functions triggered by this event.
    await this.receive(tx, {
      name: FAILED_EVENT,
      data: { function_id: run.functionId, run_id: run.id, error, event: run.event },
      id: `failed:${run.id}`,
      ts: Date.now(),
    });
  }

  /** An invoked run's end resumes the run that invoked it. */
  private async resolveParent(
    tx: Tx,
    run: store.RunRow,
    memo: { data: unknown } | { error: SerializedError },
  ): Promise<void> {
    if (!run.parentRunId || !run.parentStepId) return;
    const parent = await store.selectRun(tx, run.parentRunId, true);
    if (!parent || store.TERMINAL.includes(parent.status)) return;
    if (!(await store.deleteWait(tx, parent.id, run.parentStepId))) return;
    await store.recordStep(tx, parent, {
      stepId: run.parentStepId,
      name: 'invoke',
      op: 'InvokeFunction',
      status: 'error' in memo ? 'failed' : 'completed',
      memo,
      hasMemo: true,
      countAttempt: false,
    });
    await this.continueRun(tx, parent.id);
  }

  private delay(attempt: number, retryAfter: string | null): number {
    return backoffDelayMs(attempt, { factor: this.backoffFactor }, retryAfter);
  }

  /** Runs until no item is due now (and none is in flight): for tests and tools. */
  async drain(options: { maxItems?: number } = {}): Promise<number> {
    let handled = 0;
    const max = options.maxItems ?? 10_000;
    while (handled < max) {
      if (await this.workOnce()) {
        handled++;
        continue;
      }
      // Nothing due: the outbox may still hold events that start more work.
      if ((await this.deliverOutbox()) === 0) break;
    }
    return handled;
  }
}

function nextCron(expression: string): Date {
  return new Cron(expression).nextRun() ?? new Date(Date.now() + 3_600_000);
}

function handlesFailures(fn: store.FunctionConfig): boolean {
  return fn.triggers.some((t) => 'event' in t && t.event === FAILED_EVENT);
}

function newEventId(): string {
  return randomUUID();
}

function serializeError(error: unknown): SerializedError {
  return error instanceof Error
    ? { name: error.name, message: error.message, stack: error.stack }
    : { name: 'Error', message: String(error) };
}
