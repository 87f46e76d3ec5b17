// The durable functions for Inngest Cloud or a self-hosted Inngest (INNGEST_SIGNING_KEY,
// INNGEST_EVENT_KEY): the same serve() handler the embedded executor drives locally.
import type { Config } from '@netlify/functions';
import { serve } from 'inngest/edge';
import { inngest } from '../../inngest/client.ts';
import { functions } from '../../inngest/index.ts';
import { provideAutomationServices } from '../../inngest/services.ts';
import { parseConfig } from '../../lib/config.ts';
import { openPostgres } from '../../lib/db/postgres-adapter.ts';
import { guardInngestEndpoint } from '../../lib/server/inngest-endpoint-guard.ts';
import { registerModules } from '../../lib/server/modules.ts';

registerModules();
const settings = parseConfig();
const { databaseUrl, smtp, publicUrl } = settings;
if (databaseUrl) {
  provideAutomationServices({ db: openPostgres(databaseUrl, { max: 1 }), smtp, publicUrl });
}

// Deployed without a signing key (or in the SDK's dev mode) this answers 401 to everything.
export default guardInngestEndpoint(settings, serve({ client: inngest, functions }));

export const config: Config = { path: '/api/inngest' };
