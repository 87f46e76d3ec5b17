// Checking event payloads against the registry (lib/events/registry.ts): at the source, before
// an event is written to the outbox, and at the executor's door, before it is stored.
import type { z } from 'zod';
import {
  type DomainEvent,
  type EventData,
  type EventName,
  eventSchemas,
} from '../events/registry.ts';

/**
 * Events of other producers (tests, plugins) registered at start-up; each still has a schema.
 * The Inngest-internal events (inngest/*) are the SDK's and executor's own and pass as they are.
 */
const extraSchemas = new Map<string, z.ZodType>();

export function registerEventSchema(name: string, schema: z.ZodType): void {
  extraSchemas.set(name, schema);
}

/** The data of an event arriving at the executor, checked; throws InvalidEventError when it is not. */
export function checkIncomingEvent(name: string, data: unknown): Record<string, unknown> {
  if (name.startsWith('inngest/')) return (data ?? {}) as Record<string, unknown>;
  const schema = (eventSchemas as Record<string, z.ZodType>)[name] ?? extraSchemas.get(name);
  if (!schema) throw new InvalidEventError(name, 'no schema is registered for this event');
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    throw new InvalidEventError(
      name,
      parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
    );
  }
  return parsed.data as Record<string, unknown>;
}

export class InvalidEventError extends Error {
  override name = 'InvalidEventError';
  constructor(
    readonly eventName: string,
    detail: string,
  ) {
    super(`Invalid ${eventName} event: ${detail}`);
  }
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
