// The durable functions for Inngest Cloud or a self-hosted Inngest (INNGEST_SIGNING_KEY,
// INNGEST_EVENT_KEY): the same serve() handler the embedded executor drives locally.
import type { Config } from '@netlify/functions';
import { deployedApp } from '../../lib/server/deployed-app.ts';

export default async (request: Request) => (await deployedApp()).app(request);

export const config: Config = { path: '/api/inngest' };
