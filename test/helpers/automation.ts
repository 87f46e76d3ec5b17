// Waymark's real durable functions on the embedded executor, over a test database: built by the
// same createAutomation as `npm start`, with a fast backoff for tests. The executor is only
// registered: tests drive it with drain() (or start() it themselves).
import type { Executor } from '../../lib/automation/executor/executor.ts';
import type { Db } from '../../lib/db/port.ts';
import type { SmtpSettings } from '../../lib/notifier/smtp.ts';
import { createAutomation } from '../../lib/server/create-automation.ts';

export async function startTestAutomation(
  db: Db,
  options: { smtp?: SmtpSettings } = {},
): Promise<Executor> {
  const automation = createAutomation(
    {
      automation: { mode: 'embedded', backoffFactor: 0.0001, runInServer: false },
      smtp: options.smtp,
      publicUrl: 'http://localhost:8888',
      deployment: { deployed: false, why: 'local' },
      inngestServe: { signingKey: undefined, devMode: true },
    },
    db,
    { pollMs: 10 },
  );
  await automation.start({ runWorker: false });
  return automation.executor!;
}
