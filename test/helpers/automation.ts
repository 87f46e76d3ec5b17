// Waymark's real durable functions on the embedded executor, over a test database: the same
// client, functions and handler as `npm start`, with a fast backoff for tests.
import { serve } from 'inngest/edge';
import { inngest } from '../../inngest/client.ts';
import { functions } from '../../inngest/index.ts';
import { provideAutomationDb } from '../../inngest/services.ts';
import { connectEmbeddedEventApi } from '../../lib/automation/embedded-transport.ts';
import { createEventApi } from '../../lib/automation/executor/event-api.ts';
import { Executor } from '../../lib/automation/executor/executor.ts';
import type { Db } from '../../lib/db/port.ts';

export async function startTestAutomation(db: Db): Promise<Executor> {
  provideAutomationDb(db);
  const executor = new Executor({
    db,
    handler: serve({ client: inngest, functions }),
    backoffFactor: 0.0001,
    pollMs: 10,
  });
  connectEmbeddedEventApi(createEventApi(() => executor));
  await executor.register();
  return executor;
}
