// Picks the adapter from configuration: postgres.js with DATABASE_URL, embedded PGlite otherwise.
import { join } from 'node:path';
import type { Config } from '../config.ts';
import { openPglite } from './pglite-adapter.ts';
import type { Db } from './port.ts';
import { openPostgres } from './postgres-adapter.ts';

export async function openDb(
  config: Pick<Config, 'databaseUrl' | 'databaseListenUrl' | 'dataDir'>,
): Promise<Db> {
  return config.databaseUrl
    ? openPostgres(config.databaseUrl, { listenUrl: config.databaseListenUrl })
    : openPglite(join(config.dataDir, 'pgdata'));
}
