// The durable functions for Inngest Cloud or a self-hosted Inngest (INNGEST_SIGNING_KEY,
// INNGEST_EVENT_KEY): the same serve() handler the embedded executor drives locally, behind the
// guard that answers 401 to anything unsigned.
import type { Config } from '@netlify/functions';
import { parseConfig } from '../../lib/config.ts';
import { deployedApp } from '../../lib/server/deployed-app.ts';
import {
  type FetchHandler,
  guardInngestEndpoint,
  inngestEndpointRefusal,
} from '../../lib/server/inngest-endpoint-guard.ts';

let handler: Promise<FetchHandler> | undefined;

async function build(): Promise<FetchHandler> {
  const settings = parseConfig();
  // Refused before the app is built: a deployment without Inngest's keys may lack the rest too,
  // and the 401 (with its one log line) must not depend on it.
  if (inngestEndpointRefusal(settings)) {
    return guardInngestEndpoint(settings, async () => new Response(null, { status: 404 }));
  }
  return (await deployedApp()).app;
}

export default async (request: Request) => (await (handler ??= build()))(request);

export const config: Config = { path: '/api/inngest' };
