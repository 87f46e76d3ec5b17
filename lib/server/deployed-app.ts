// The app as deployed functions see it: built once per function instance from the environment,
// against a real Postgres and a real Supabase project (there is no data folder to keep embedded
// secrets in). Migrations run at deploy time (`npm run db:migrate`), not on a cold start.
import { ConfigError, parseConfig } from '../config.ts';
import { openPostgres } from '../db/postgres-adapter.ts';
import { type App, createApp } from './app.ts';
import { setUpAuth } from './auth-setup.ts';
import { registerModules } from './modules.ts';

let app: Promise<App> | undefined;

export function deployedApp(): Promise<App> {
  app ??= build();
  return app;
}

async function build(): Promise<App> {
  registerModules();
  const config = parseConfig();
  if (!config.databaseUrl) throw new ConfigError('DATABASE_URL must be set for deployed functions');
  if (config.auth.mode !== 'supabase') {
    throw new ConfigError('SUPABASE_URL and SUPABASE_ANON_KEY must be set for deployed functions');
  }
  // One connection per function instance; Supabase's transaction pooler multiplexes them.
  const db = openPostgres(config.databaseUrl, { max: 1 });
  return createApp({ db, auth: await setUpAuth(config, db) });
}
