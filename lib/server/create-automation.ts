// Who runs the durable functions, built once per process from the configuration. With Inngest
// keys or a base URL, Inngest (Cloud or self-hosted) runs them: it calls the serve() handler at
// /api/inngest, and the outbox relay sends it the domain events. Otherwise the embedded executor
// runs them in this process, keeps its state in Waymark's database and takes the outbox itself.
// The functions are the same either way: built here for this client and these services, so
// nothing is decided at import time and nothing global is reached at run time.
import { serve } from 'inngest/edge';
import { createInngestClient, type WaymarkInngest } from '../../inngest/client.ts';
import { createFunctions } from '../../inngest/index.ts';
import { createEventApi } from '../automation/executor/event-api.ts';
import { Executor, type ExecutorOptions, type Handler } from '../automation/executor/executor.ts';
import { inngestDeliverer } from '../automation/relay/inngest-deliverer.ts';
import { createOutboxRelay } from '../automation/relay/outbox-relay.ts';
import { guardInngestEndpoint } from './inngest-endpoint-guard.ts';
import type { Config } from '../config.ts';
import type { Db } from '../db/port.ts';
import type { Vault } from '../integrations/vault.ts';
import type { StoragePort } from '../storage/port.ts';

export const SERVE_PATH = '/api/inngest';

export type AutomationConfig = Pick<
  Config,
  'automation' | 'smtp' | 'publicUrl' | 'deployment' | 'inngestServe' | 'connectorApis'
> & {
  /** Opens connectors' credentials (lib/integrations/vault-key-file.ts loads it). */
  vault: Vault;
  /** Where functions put attachments' bytes (lib/storage/open-storage.ts); undefined stores none. */
  fileStorage?: StoragePort;
};

export interface Automation {
  mode: 'embedded' | 'inngest';
  inngest: WaymarkInngest;
  /** The serve() handler to mount at /api/inngest; only when Inngest calls in (it verifies signatures). */
  publicHandler: Handler | undefined;
  /** The embedded executor; undefined when Inngest runs the functions. */
  executor: Executor | undefined;
  /** Events were just committed: deliver them without waiting for the next poll. */
  nudge(): void;
  /** Delivers everything the outbox holds now; how many events (deployed functions call this). */
  deliverPending(): Promise<number>;
  /**
   * Starts delivering in the background: the executor's worker loops (embedded; registering its
   * functions first), or the relay's loop (Inngest). `runWorker: false` only registers.
   */
  start(options?: { runWorker?: boolean }): Promise<void>;
  stop(): Promise<void>;
}

export function createAutomation(
  config: AutomationConfig,
  db: Db,
  overrides: Partial<Omit<ExecutorOptions, 'db' | 'handler'>> = {},
): Automation {
  const services = {
    db,
    smtp: config.smtp,
    publicUrl: config.publicUrl,
    integrations: { vault: config.vault, apis: config.connectorApis, storage: config.fileStorage },
  };
  if (config.automation.mode === 'inngest') {
    const inngest = createInngestClient(config.automation);
    const handler = serve({ client: inngest, functions: createFunctions(inngest, services) });
    const relay = createOutboxRelay({ db, deliver: inngestDeliverer(inngest) });
    return {
      mode: 'inngest',
      inngest,
      publicHandler: guardInngestEndpoint(config, handler),
      executor: undefined,
      nudge: () => relay.nudge(),
      deliverPending: () => relay.deliverPending(),
      async start(options = {}) {
        if (options.runWorker !== false) relay.start();
      },
      stop: () => relay.stop(),
    };
  }

  // Embedded: the client's event API is this executor's, reached in process (only once the
  // executor below exists: functions send at run time); the handler is called in process only.
  // Serving it publicly would let anyone run functions, since local mode skips signature checks.
  const eventApi = createEventApi(() => executor);
  const inngest = createInngestClient({
    mode: 'embedded',
    fetch: ((input: string | URL | Request, init?: RequestInit) =>
      eventApi(new Request(input, init))) as typeof fetch,
  });
  const handler = serve({ client: inngest, functions: createFunctions(inngest, services) });
  const executor: Executor = new Executor({
    db,
    handler,
    serveUrl: `${config.publicUrl}${SERVE_PATH}`,
    backoffFactor: config.automation.backoffFactor,
    ...overrides,
  });
  return {
    mode: 'embedded',
    inngest,
    publicHandler: undefined,
    executor,
    nudge: () => executor.nudgeOutbox(),
    async deliverPending() {
      let delivered = 0;
      let batch: number;
      do {
        batch = await executor.deliverOutbox();
        delivered += batch;
      } while (batch > 0);
      return delivered;
    },
    async start(options = {}) {
      await executor.register();
      if (options.runWorker !== false) executor.start();
    },
    stop: () => executor.stop(),
  };
}
