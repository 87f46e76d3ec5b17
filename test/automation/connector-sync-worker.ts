// A worker process for the ingestion kill test: Waymark's real durable functions on the embedded
// executor over a Postgres database (SYNC_DB), talking to the Bot API at WAYMARK_TELEGRAM_API_URL
// (the test's fake Telegram) and opening credentials with SYNC_VAULT_KEY. With SYNC_SEND=1 it
// asks for one sync of SYNC_CONNECTION_ID; a restarted worker sends nothing and only resumes
// what the database holds. It runs until it is killed.
import { openPostgres } from '../../lib/db/postgres-adapter.ts';
import { createVault } from '../../lib/integrations/vault.ts';
import { createAutomation } from '../../lib/server/create-automation.ts';
import { registerModules } from '../../lib/server/modules.ts';

registerModules();
const db = openPostgres(process.env.SYNC_DB!, { max: 4 });
const automation = createAutomation(
  {
    automation: { mode: 'embedded', backoffFactor: 0.0001, runInServer: false },
    smtp: undefined,
    publicUrl: 'http://localhost:8888',
    deployment: { deployed: false, why: 'local' },
    inngestServe: { signingKey: undefined, devMode: true },
    connectorApis: {
      slackApiUrl: 'http://127.0.0.1:9/slack/api/',
      telegramApiUrl: process.env.WAYMARK_TELEGRAM_API_URL!,
    },
    vault: createVault(process.env.SYNC_VAULT_KEY!),
  },
  db,
  // A short lease: a killed worker's run is taken over soon after the restart.
  { pollMs: 20, leaseMs: 1_500 },
);
await automation.start({ runWorker: true });
if (process.env.SYNC_SEND === '1') {
  await automation.executor!.send([
    {
      name: 'connector/sync.requested',
      id: `kill-test-${process.env.SYNC_CONNECTION_ID}`,
      data: {
        workspaceId: process.env.SYNC_WORKSPACE_ID!,
        connectionId: process.env.SYNC_CONNECTION_ID!,
        reason: 'manual',
      },
    },
  ]);
}
console.log('SYNCING');
