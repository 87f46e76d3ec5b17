// The connections webhooks are verified with, kept open in memory. Reading a connection and
// decrypting its credentials was half of every acknowledgement's cost, and a platform sends a
// connection's deliveries in bursts. Nothing rests on this copy being current: accept_webhook
// stores nothing unless, at the insert, the connection is still live and its credentials and
// settings still have the fingerprint verified with; a refused signature is checked once more
// against a fresh read (a secret rotated in another process is picked up at its first delivery).
import type { Db } from '../../db/port.ts';
import type { Channel } from '../../conversations/message.ts';
import { openConnection, type OpenConnection } from '../open-connection.ts';
import type { IntegrationServices } from '../services.ts';

const TTL_MS = 60_000;
const MAX_ENTRIES = 1_000;

export interface OpenedConnections {
  /** The live connection of that kind as kept in memory; undefined when none is kept. */
  remembered(id: string, kind: Channel): OpenConnection | undefined;
  /** The live connection of that kind with a webhook, read now (and kept); undefined when there is none. */
  load(id: string, kind: Channel): Promise<OpenConnection | undefined>;
  forget(id: string): void;
}

export function createOpenedConnections(
  db: Db,
  integrations: IntegrationServices,
  now: () => number = Date.now,
): OpenedConnections {
  const entries = new Map<string, { open: OpenConnection; expires: number }>();

  async function load(id: string, kind: Channel) {
    const open = await db.asService((tx) => openLive(tx, integrations, id, kind));
    entries.delete(id);
    if (!open) return undefined;
    // Oldest first in a Map: dropping the first key keeps the newest MAX_ENTRIES.
    if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
    entries.set(id, { open, expires: now() + TTL_MS });
    return open;
  }

  return {
    remembered(id, kind) {
      const entry = entries.get(id);
      return entry && entry.expires > now() && entry.open.connection.kind === kind
        ? entry.open
        : undefined;
    },
    load,
    forget(id) {
      entries.delete(id);
    },
  };
}

/** The live connection of that kind with a webhook; undefined when unknown, deleted, disabled or not pushing. */
async function openLive(
  tx: Parameters<typeof openConnection>[0],
  integrations: IntegrationServices,
  id: string,
  kind: Channel,
): Promise<OpenConnection | undefined> {
  try {
    const open = await openConnection(tx, integrations, id);
    if (!open || open.connection.kind !== kind || open.connection.status === 'disabled') return;
    return open.connector.webhook ? open : undefined;
  } catch (error) {
    // No connector registered for the kind: as if the route did not exist.
    if (error instanceof Error && error.message.startsWith('No connector is registered'))
      return undefined;
    throw error;
  }
}
