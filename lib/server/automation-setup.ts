// Who runs the durable functions: Inngest (Cloud or self-hosted) when its keys or base URL are
// configured, which then calls the serve() handler at /api/inngest; otherwise the embedded
// executor in this process, which calls the same handler in process and keeps its state in
// Waymark's database. The functions do not tell the modes apart, but only the embedded executor
// delivers the outbox: in Inngest mode domain events stay there until the relay (issue 11).
import { serve } from 'inngest/edge';
import { inngest } from '../../inngest/client.ts';
import { functions } from '../../inngest/index.ts';
import { provideAutomationServices } from '../../inngest/services.ts';
import { connectEmbeddedEventApi } from '../automation/embedded-transport.ts';
import { createEventApi } from '../automation/executor/event-api.ts';
import { Executor } from '../automation/executor/executor.ts';
import type { Config } from '../config.ts';
import type { Db } from '../db/port.ts';
import { guardInngestEndpoint } from './inngest-endpoint-guard.ts';

export interface AutomationSetup {
  mode: 'embedded' | 'inngest';
  /** The serve() handler to mount at /api/inngest; only when Inngest calls in (it verifies signatures). */
  publicHandler: ((request: Request) => Promise<Response>) | undefined;
  executor: Executor | undefined;
  stop(): Promise<void>;
}

export const SERVE_PATH = '/api/inngest';

export async function setUpAutomation(
  config: Config,
  db: Db,
  options: { runWorker?: boolean } = {},
): Promise<AutomationSetup> {
  provideAutomationServices({ db, smtp: config.smtp, publicUrl: config.publicUrl });
  const handler = serve({ client: inngest, functions });
  if (config.automation.mode === 'inngest') {
    const publicHandler = guardInngestEndpoint(config, handler);
    return { mode: 'inngest', publicHandler, executor: undefined, stop: async () => {} };
  }
  // Embedded: the handler is called in process only. Serving it publicly would let anyone run
  // functions, since local mode skips signature checks.
  const executor = new Executor({
    db,
    handler,
    serveUrl: `${config.publicUrl}${SERVE_PATH}`,
    backoffFactor: config.automation.backoffFactor,
  });
  connectEmbeddedEventApi(createEventApi(() => executor));
  await executor.register();
  if (options.runWorker !== false) executor.start();
  return {
    mode: 'embedded',
    publicHandler: undefined,
    executor,
    async stop() {
      await executor.stop();
      connectEmbeddedEventApi(undefined);
    },
  };
}
