// /webhooks/{slack|telegram|email}/{connectionId}: the same handler as the local server. A stored
// delivery wrote events: once the acknowledgement is out, the relay sends them to Inngest.
import type { Config, Context } from '@netlify/functions';
import { deployedApp } from '../../lib/server/deployed-app.ts';

export default async (request: Request, context: Context) => {
  const { app, automation } = await deployedApp();
  const response = await app(request);
  if (response.ok && automation) context.waitUntil(automation.deliverPending());
  return response;
};

export const config: Config = { path: '/webhooks/:kind/:connectionId' };
