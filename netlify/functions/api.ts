// /api/config (what the SPA needs to reach Supabase) and /healthz, from the same app as /graphql.
import type { Config } from '@netlify/functions';
import { deployedApp } from '../../lib/server/deployed-app.ts';

export default async (request: Request) => (await deployedApp()).app(request);

export const config: Config = { path: ['/api/config', '/healthz'] };
