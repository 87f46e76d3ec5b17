// An embedded executor over a test database, driving real Inngest functions through the SDK's
// own serve() handler, with the client's event API routed to the executor in process.
import { Inngest } from 'inngest';
import { serve } from 'inngest/edge';
import type { Db } from '../../lib/db/port.ts';
import { createEventApi } from '../../lib/automation/executor/event-api.ts';
import { Executor } from '../../lib/automation/executor/executor.ts';

const quiet = { info() {}, warn() {}, error() {}, debug() {} };

export function createTestInngest(appId = 'waymark-test') {
  let executor: Executor | undefined;
  const eventApi = createEventApi(() => executor);
  const client = new Inngest({
    id: appId,
    isDev: true,
    baseUrl: 'http://executor.test',
    logger: quiet,
    fetch: ((input: string | URL | Request, init?: RequestInit) =>
      eventApi(new Request(input, init))) as typeof fetch,
  });
  return {
    client,
    /** Serves the functions and builds the executor over db (call register() before use). */
    executorFor(
      db: Db,
      functions: Parameters<typeof serve>[0]['functions'],
      options: { backoffFactor?: number; leaseMs?: number } = {},
    ) {
      const handler = serve({ client, functions });
      executor = new Executor({
        db,
        handler,
        backoffFactor: options.backoffFactor ?? 0.0001,
        leaseMs: options.leaseMs ?? 5_000,
        pollMs: 10,
      });
      return executor;
    },
  };
}
