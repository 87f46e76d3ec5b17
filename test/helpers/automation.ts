// Waymark's real durable functions on the embedded executor, over a test database: the same
// client, functions and handler as `npm start`, with a fast backoff for tests.
import { serve } from 'inngest/edge';
import { inngest } from '../../inngest/client.ts';
import { functions } from '../../inngest/index.ts';
import { provideAutomationServices } from '../../inngest/services.ts';
import type { SmtpSettings } from '../../lib/notifier/smtp.ts';
import { connectEmbeddedEventApi } from '../../lib/automation/embedded-transport.ts';
import { createEventApi } from '../../lib/automation/executor/event-api.ts';
import { Executor } from '../../lib/automation/executor/executor.ts';
import type { Db } from '../../lib/db/port.ts';

export async function startTestAutomation(
  db: Db,
  options: { smtp?: SmtpSettings } = {},
): Promise<Executor> {
  provideAutomationServices({ db, smtp: options.smtp, publicUrl: 'http://localhost:8888' });
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
