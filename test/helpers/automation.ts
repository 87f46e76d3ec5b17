// Waymark's real durable functions on the embedded executor, over a test database: built by the
// same createAutomation as `npm start`, with a fast backoff for tests. The executor is only
// registered: tests drive it with drain() (or start() it themselves).
import type { Executor } from '../../lib/automation/executor/executor.ts';
import type { Db } from '../../lib/db/port.ts';
import type { SmtpSettings } from '../../lib/notifier/smtp.ts';
import { createAutomation } from '../../lib/server/create-automation.ts';
import type { ConnectorApis } from '../../lib/integrations/connector.ts';
import { createVault, generateVaultKey, type Vault } from '../../lib/integrations/vault.ts';
import type { StoragePort } from '../../lib/storage/port.ts';

/** One vault per test process, as a server has one. */
export const testVault = createVault(generateVaultKey());

/** Nothing listens there: a test that reaches a platform must start its loopback peer. */
export const DEFAULT_CONNECTOR_APIS: ConnectorApis = {
  slackApiUrl: 'http://127.0.0.1:9/slack/api/',
  telegramApiUrl: 'http://127.0.0.1:9/telegram',
};

export async function startTestAutomation(
  db: Db,
  options: {
    smtp?: SmtpSettings;
    connectorApis?: ConnectorApis;
    vault?: Vault;
    storage?: StoragePort;
  } = {},
): Promise<Executor> {
  const automation = createAutomation(
    {
      automation: { mode: 'embedded', backoffFactor: 0.0001, runInServer: false },
      smtp: options.smtp,
      publicUrl: 'http://localhost:8888',
      deployment: { deployed: false, why: 'local' },
      inngestServe: { signingKey: undefined, devMode: true },
      connectorApis: options.connectorApis ?? DEFAULT_CONNECTOR_APIS,
      vault: options.vault ?? testVault,
      fileStorage: options.storage,
    },
    db,
    { pollMs: 10 },
  );
  await automation.start({ runWorker: false });
  return automation.executor!;
}
