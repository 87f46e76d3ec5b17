// /graphql. A mutation may have written events: once the response is out, the relay sends them
// to Inngest (the scheduled outbox-relay function is the safety net for anything missed).
import type { Config, Context } from '@netlify/functions';
import { deployedApp } from '../../lib/server/deployed-app.ts';

export default async (request: Request, context: Context) => {
  const { app, automation } = await deployedApp();
  const response = await app(request);
  // A query costs the relay one short transaction that finds nothing; telling mutations apart
  // here would mean parsing the body a second time.
  if (request.method === 'POST' && automation) context.waitUntil(automation.deliverPending());
  return response;
};

export const config: Config = { path: '/graphql' };
