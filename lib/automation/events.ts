// The event registry: every event name with its zod schema, gathered from the modules that emit
// them. Emitters, the Inngest client and the executor all read this one map.
import type { z } from 'zod';
import { crmEvents } from '../crm/events.ts';
import { wfmEvents } from '../wfm/events.ts';

export const eventSchemas = { ...wfmEvents, ...crmEvents } as const;

export type EventName = keyof typeof eventSchemas;
export type EventData<N extends EventName> = z.infer<(typeof eventSchemas)[N]>;

export interface DomainEvent<N extends EventName = EventName> {
  name: N;
  data: EventData<N>;
}

/** Validates an event against its schema; an invalid payload is a bug at the source. */
export function checkEvent<N extends EventName>(name: N, data: EventData<N>): DomainEvent<N> {
  const schema = eventSchemas[name];
  if (!schema) throw new Error(`Unknown event ${name}`);
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    throw new Error(
      `Invalid ${name} payload: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  }
  return { name, data: parsed.data as EventData<N> };
}
