// The app as deployed functions see it: built once per function instance from the environment,
// against a real Postgres and a real Supabase project (there is no data folder to keep embedded
// secrets in). Migrations run at deploy time (`npm run db:migrate`), not on a cold start.
// Inngest runs the durable functions there; without its keys, events stay in the outbox.
import { ConfigError, parseConfig } from '../config.ts';
import { openPostgres } from '../db/postgres-adapter.ts';
import { type App, createApp } from './app.ts';
import { setUpAuth } from './auth-setup.ts';
import { type Automation, createAutomation } from './create-automation.ts';
import { registerModules } from './modules.ts';
import { loadVault } from '../integrations/vault-key-file.ts';
import { openStorage } from '../storage/open-storage.ts';

export interface Deployed {
  app: App;
  /** Undefined without Inngest keys: nothing can run the functions in a deployed function. */
  automation: Automation | undefined;
}

let deployed: Promise<Deployed> | undefined;

export function deployedApp(): Promise<Deployed> {
  deployed ??= buildDeployedApp(process.env);
  return deployed;
}

/** The app from these settings (deployedApp's, built once per instance from process.env). */
export async function buildDeployedApp(env: Record<string, string | undefined>): Promise<Deployed> {
  const config = parseConfig(env);
  if (!config.databaseUrl) throw new ConfigError('DATABASE_URL must be set for deployed functions');
  if (config.auth.mode !== 'supabase') {
    throw new ConfigError('SUPABASE_URL and SUPABASE_ANON_KEY must be set for deployed functions');
  }
  if (!config.vaultKey) {
    // A key generated into a function instance's folder is gone with the instance, and with it
    // every connection's credentials: refuse rather than seal what cannot be opened again.
    throw new ConfigError(
      'WAYMARK_VAULT_KEY must be set for deployed functions (connectors’ credentials are encrypted with it)',
    );
  }
  registerModules();
  // One connection per function instance; Supabase's transaction pooler multiplexes them.
  const db = openPostgres(config.databaseUrl, { max: 1 });
  const vault = await loadVault(config);
  // A deployed function has no data folder to keep files in: Supabase Storage or none.
  const storage = config.storage.mode === 'supabase' ? await openStorage(config) : undefined;
  if (!storage) {
    console.warn(
      'SUPABASE_SERVICE_ROLE_KEY is not set: attachments are kept as names only, without their files',
    );
  }
  let automation: Automation | undefined;
  if (config.automation.mode === 'inngest') {
    automation = createAutomation({ ...config, vault, fileStorage: storage }, db);
  } else {
    console.warn(
      'Inngest is not configured (INNGEST_EVENT_KEY, INNGEST_SIGNING_KEY): events stay in the outbox and no automation runs',
    );
  }
  const app = createApp({
    db,
    auth: await setUpAuth(config, db),
    inngestHandler: automation?.publicHandler,
    integrations: { vault, apis: config.connectorApis, storage },
    publicUrl: config.publicUrl,
  });
  return { app, automation };
}
