// Writes events to the outbox inside the caller's transaction: an event exists exactly when the
// change it describes committed. Delivery is the executor's job.
import { json, type Tx } from '../db/port.ts';
import type { DomainEvent, EventData, EventName } from '../events/registry.ts';
import { checkEvent } from './event-checks.ts';

export interface EmitScope {
  workspaceId: string;
  userId: string;
}

/** Validates and queues events in one statement. */
export async function emitEvents(tx: Tx, scope: EmitScope, events: DomainEvent[]): Promise<void> {
  if (events.length === 0) return;
  const checked = events.map((e) => checkEvent(e.name, e.data as EventData<typeof e.name>));
  await tx.query(
    `insert into automation.outbox (workspace_id, name, data, user_id)
     select $1::uuid, e ->> 'name', e -> 'data', $2::uuid from jsonb_array_elements($3::jsonb) e`,
    [scope.workspaceId, scope.userId, json(checked)],
  );
}

export function emitEvent<N extends EventName>(
  tx: Tx,
  scope: EmitScope,
  name: N,
  data: EventData<N>,
) {
  return emitEvents(tx, scope, [{ name, data } as DomainEvent]);
}
