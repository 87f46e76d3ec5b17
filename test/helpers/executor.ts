// An embedded executor over a test database, driving real Inngest functions through the SDK's
// own serve() handler, with the client's event API routed to the executor in process.
import { Inngest } from 'inngest';
import { serve } from 'inngest/edge';
import type { Db } from '../../lib/db/port.ts';
import { createEventApi } from '../../lib/automation/executor/event-api.ts';
import { Executor, type Handler } from '../../lib/automation/executor/executor.ts';

const quiet = { info() {}, warn() {}, error() {}, debug() {} };

export interface TestExecutorOptions {
  backoffFactor?: number;
  leaseMs?: number;
  /** How long an idle loop sleeps when nothing wakes it; 10 ms unless a test needs it long. */
  pollMs?: number;
  /** Items handled at once; the executor's default unless given. */
  slots?: number;
  /** Names this executor in its leases, e.g. one of several worker processes. */
  workerId?: string;
  /** Wraps the serve() handler, e.g. to make it answer what the SDK never would. */
  wrapHandler?: (handler: Handler) => Handler;
}

export function createTestInngest(appId = 'waymark-test') {
  let executor: Executor | undefined;
  let last: { db: Db; handler: Handler; options: TestExecutorOptions } | undefined;
  const eventApi = createEventApi(() => executor);
  const client = new Inngest({
    id: appId,
    isDev: true,
    baseUrl: 'http://executor.test',
    logger: quiet,
    fetch: ((input: string | URL | Request, init?: RequestInit) =>
      eventApi(new Request(input, init))) as typeof fetch,
  });

  function build(db: Db, handler: Handler, options: TestExecutorOptions): Executor {
    last = { db, handler, options };
    executor = new Executor({
      db,
      handler,
      backoffFactor: options.backoffFactor ?? 0.0001,
      leaseMs: options.leaseMs ?? 5_000,
      pollMs: options.pollMs ?? 10,
      slots: options.slots,
      workerId: options.workerId,
    });
    return executor;
  }

  return {
    client,
    /** Serves the functions and builds the executor over db (call register() before use). */
    executorFor(
      db: Db,
      functions: Parameters<typeof serve>[0]['functions'],
      options: TestExecutorOptions = {},
    ) {
      const handler = serve({ client, functions });
      return build(db, options.wrapHandler ? options.wrapHandler(handler) : handler, options);
    },
    /**
     * A new executor over the same database and handler, as a restarted process would build:
     * it knows nothing but what the database holds. Stop the previous one first.
     */
    restartedExecutor(): Executor {
      if (!last) throw new Error('restartedExecutor() needs an executorFor() first');
      return build(last.db, last.handler, last.options);
    },
  };
}
