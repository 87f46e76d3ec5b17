// The Inngest event types, built once from the event registry (lib/events/registry.ts), so a
// function's `event.data` is inferred from the same zod schema the outbox checks.
//
// How the SDK (inngest@4) takes them, read in node_modules/inngest:
// - `eventType(name, { schema })` (components/triggers/triggers.d.ts) is `new EventType(...)`
//   whose `.name`/`.event` is the name; the schema must be a Standard Schema (zod 4 is) without
//   transforms (its input and output types must match).
// - `createFunction({ triggers: [{ event: events[name], if }] })` types the handler's `event`
//   from the schema (triggers/typeHelpers.d.ts `ProcessSingleTrigger`); the registration only
//   carries the name and `if` (InngestFunction.js `getConfigTriggers`), and before the handler
//   runs the SDK validates the event against the schema (execution/engine.js
//   `validateEventSchemas`; a mismatch is a NonRetriableError).
// - `step.waitForEvent(id, { event: events[name], timeout, if })` types the awaited event
//   (InngestStepTools.d.ts `WaitForEventResult`) and validates it when it arrives.
// - `inngest.send` and `step.sendEvent` take `events[name].create(data, { id })`: the data is
//   typed by the schema, and send() calls the created event's `validate()` before sending.
import { EventType } from 'inngest';
import type { z } from 'zod';
import { type EventName, eventSchemas } from '../lib/events/registry.ts';

type Schemas = typeof eventSchemas;
export type Events = { [N in EventName]: EventType<N, Schemas[N]> };

// eventType()'s no-transform check cannot resolve over a generic name, so it is restated here
// over the whole registry: compilation fails if a schema's input and output types differ.
type Transforming = {
  [N in EventName]: [z.input<Schemas[N]>] extends [z.output<Schemas[N]>] ? never : N;
}[EventName];
const noTransforms: [Transforming] extends [never] ? true : Transforming = true;
void noTransforms;

function typedEvent<N extends EventName>(name: N): EventType<N, Schemas[N]> {
  // What eventType(name, { schema }) returns, without its per-call generic check.
  return new EventType({ name, schema: eventSchemas[name] });
}

// Object.fromEntries loses the key-to-type pairing that typedEvent gives each entry.
export const events = Object.fromEntries(
  (Object.keys(eventSchemas) as EventName[]).map((name) => [name, typedEvent(name)]),
) as Events;
