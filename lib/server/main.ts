// `npm start`: one Node process serving Waymark with its embedded defaults (PGlite in the data
// folder, the embedded auth server, a seeded demo workspace), or a real Postgres and Supabase
// when DATABASE_URL / SUPABASE_URL are set.
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { createServerAdapter } from '@whatwg-node/server';
import { ConfigError, parseConfig } from '../config.ts';
import { migrate } from '../db/migrate.ts';
import { openDb } from '../db/open-db.ts';
import { seedDemo } from '../seed/demo.ts';
import { createApp } from './app.ts';
import { setUpAuth } from './auth-setup.ts';
import { createAutomation } from './create-automation.ts';
import { installGracefulShutdown } from './graceful-shutdown.ts';
import { inngestEndpointRefusal } from './inngest-endpoint-guard.ts';
import { ensureWebBuild } from './web-build.ts';
import { registerModules } from './modules.ts';
import { loadVault } from '../integrations/vault-key-file.ts';
import { openStorage } from '../storage/open-storage.ts';

const FRONTEND = fileURLToPath(new URL('../../frontend', import.meta.url));
/** `npm run dev` serves the SPA from Vite's dev server (which proxies the API to this one). */
const SKIP_WEB_BUILD = process.argv.includes('--no-web-build');

async function main() {
  registerModules();
  const config = parseConfig();
  const web = SKIP_WEB_BUILD ? { staticDir: undefined } : await ensureWebBuild(FRONTEND);
  const db = await openDb(config);
  const applied = await migrate(db);
  if (applied.length > 0) console.log(`Applied migrations: ${applied.join(', ')}`);
  const auth = await setUpAuth(config, db);
  const demo = config.seedDemo ? await seedDemo(db, config.dataDir) : undefined;
  if (db.kind === 'pglite') keepPlannerStatisticsFresh(db);
  const vault = await loadVault(config);
  const storage = await openStorage(config);
  const automation = createAutomation({ ...config, vault, fileStorage: storage }, db);
  // With WAYMARK_RUN_FUNCTIONS=false the embedded functions are left to workers; the relay to
  // Inngest runs here either way.
  await automation.start({
    runWorker: config.automation.mode === 'inngest' || config.automation.runInServer,
  });
  const app = createApp({
    db,
    auth,
    inngestHandler: automation.publicHandler,
    afterMutation: automation.nudge,
    staticDir: web.staticDir,
    integrations: { vault, apis: config.connectorApis, storage },
    publicUrl: config.publicUrl,
  });

  const server = createServer(createServerAdapter(app));
  server.listen(config.port, () => {
    const lines = [
      `Waymark is running at ${config.publicUrl}`,
      `  GraphQL + GraphiQL  ${config.publicUrl}/graphql`,
      `  database            ${config.databaseUrl ? 'Postgres (DATABASE_URL)' : `PGlite in ${config.dataDir}/pgdata`}`,
      `  auth                ${config.auth.mode === 'embedded' ? `embedded (${config.publicUrl}/auth/v1)` : config.auth.url}`,
      `  automation          ${automationLine(config)}`,
    ];
    if (demo) lines.push(`  demo user           ${demo.email} / ${demo.password}`);
    console.log(lines.join('\n'));
  });

  installGracefulShutdown({ server, stopWork: () => automation.stop(), close: () => db.close() });
}

function automationLine(config: ReturnType<typeof parseConfig>): string {
  if (config.automation.mode === 'inngest') {
    const refusal = inngestEndpointRefusal(config);
    return refusal
      ? `Inngest, but /api/inngest answers 401: ${refusal}`
      : `Inngest, serving ${config.publicUrl}/api/inngest`;
  }
  return config.automation.runInServer ? 'embedded executor' : 'embedded, run by workers only';
}

/**
 * PGlite has no autovacuum, so nothing would ever gather planner statistics: without them a join
 * of projects and deals rescans every deal per project. Analyze now (after migrations and the
 * seed) and every ten minutes; a real Postgres does this on its own.
 */
function keepPlannerStatisticsFresh(db: Awaited<ReturnType<typeof openDb>>) {
  const analyze = () =>
    db.asOwner((tx) => tx.exec('analyze')).catch((error) => console.error('analyze failed', error));
  void analyze();
  setInterval(analyze, 10 * 60_000).unref();
}

main().catch((error) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
