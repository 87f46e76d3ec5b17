// `npm run worker`: an extra embedded-executor process against the same Postgres as the server
// (DATABASE_URL), for teams that stay self-hosted. Workers share the queue with
// `for update skip locked`; any number can run.
import { ConfigError, parseConfig } from '../config.ts';
import { migrate } from '../db/migrate.ts';
import { openDb } from '../db/open-db.ts';
import { setUpAutomation } from './automation-setup.ts';
import { installGracefulShutdown } from './graceful-shutdown.ts';
import { registerModules } from './modules.ts';

async function main() {
  const config = parseConfig();
  if (!config.databaseUrl) {
    throw new ConfigError(
      'A worker needs DATABASE_URL: the embedded PGlite database belongs to the server process.',
    );
  }
  if (config.automation.mode !== 'embedded') {
    throw new ConfigError(
      'Inngest keys are configured: Inngest runs the functions, no embedded worker is needed.',
    );
  }
  registerModules();
  const db = await openDb(config);
  await migrate(db);
  const automation = await setUpAutomation(config, db);
  // Handlers first: a SIGTERM sent as soon as the line below appears must find them.
  installGracefulShutdown({ stopWork: () => automation.stop(), close: () => db.close() });
  console.log(`Waymark worker ${automation.executor?.workerId} is running`);
}

main().catch((error) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
