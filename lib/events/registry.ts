// The event registry: every domain event name with the zod schema of its data. It sits below
// every module (it imports only zod and its sibling declarations), so producers, the outbox,
// the executor and the Inngest triggers (inngest/events.ts) all read this one map without the
// module that delivers events having to import the modules that emit them.
import type { z } from 'zod';
import { connectorEvents } from './connectors.ts';
import { crmEvents } from './crm.ts';
import { recommenderEvents } from './recommender.ts';
import { wfmEvents } from './wfm.ts';

export const eventSchemas = {
  ...wfmEvents,
  ...crmEvents,
  ...recommenderEvents,
  ...connectorEvents,
} as const;

export type EventName = keyof typeof eventSchemas;
export type EventData<N extends EventName> = z.infer<(typeof eventSchemas)[N]>;

export interface DomainEvent<N extends EventName = EventName> {
  name: N;
  data: EventData<N>;
}
