// `npm run worker`: an extra process against the same Postgres as the server (DATABASE_URL).
// Self-hosted, it is an embedded-executor worker: workers share the queue with
// `for update skip locked`, and any number can run. With Inngest, it relays the outbox to
// Inngest (relays take turns, so several are harmless).
import { ConfigError, parseConfig } from '../config.ts';
import { migrate } from '../db/migrate.ts';
import { openDb } from '../db/open-db.ts';
import { createAutomation } from './create-automation.ts';
import { installGracefulShutdown } from './graceful-shutdown.ts';
import { registerModules } from './modules.ts';
import { loadVault } from '../integrations/vault-key-file.ts';
import { openStorage } from '../storage/open-storage.ts';

async function main() {
  const config = parseConfig();
  if (!config.databaseUrl) {
    throw new ConfigError(
      'A worker needs DATABASE_URL: the embedded PGlite database belongs to the server process.',
    );
  }
  registerModules();
  const db = await openDb(config);
  await migrate(db);
  // Local storage is a folder: a worker storing attachments must share the server's data
  // folder (the same WAYMARK_DATA_DIR on the same host), or use Supabase Storage.
  const automation = createAutomation(
    { ...config, vault: await loadVault(config), fileStorage: await openStorage(config) },
    db,
  );
  await automation.start();
  // Handlers first: a SIGTERM sent as soon as the line below appears must find them.
  installGracefulShutdown({ stopWork: () => automation.stop(), close: () => db.close() });
  console.log(
    automation.executor
      ? `Waymark worker ${automation.executor.workerId} is running`
      : 'Waymark worker is relaying the outbox to Inngest',
  );
}

main().catch((error) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
