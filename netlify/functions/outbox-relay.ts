// Every minute, the outbox's pending events go to Inngest: the safety net behind the nudge
// /graphql gives after each write (a function instance can be frozen before its nudge ran).
import type { Config } from '@netlify/functions';
import { deployedApp } from '../../lib/server/deployed-app.ts';

export default async () => {
  const { automation } = await deployedApp();
  const delivered = (await automation?.deliverPending()) ?? 0;
  if (delivered > 0) console.log(`outbox relay: delivered ${delivered} events to Inngest`);
};

export const config: Config = { schedule: '* * * * *' };
