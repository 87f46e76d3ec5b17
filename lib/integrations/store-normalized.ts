// One stored payload (a webhook item or a dead letter) through its connector into
// conversations: normalize, check the shape, store. Shared by webhook ingestion and replay.
import { z } from 'zod';
import type { Tx } from '../db/port.ts';
import { storeInboundMessages, type IngestResult } from '../conversations/ingest.ts';
import { InboundMessageSchema } from '../conversations/message.ts';
import { failureText } from './connections/errors.ts';
import type { OpenConnection } from './open-connection.ts';

const MessagesSchema = z.array(InboundMessageSchema);

export type Normalized = { ok: true; result: IngestResult } | { ok: false; error: string };

/** The connection's target in conversations: a private connection's rows are its owner's. */
export function ingestTarget({ connection }: OpenConnection) {
  return {
    workspaceId: connection.workspaceId,
    connectionId: connection.id,
    channel: connection.kind,
    privateOwnerId: connection.private ? connection.ownerId : null,
  };
}

/**
 * Normalizes and stores one payload in tx (as the service). A payload the connector cannot read,
 * or that reads into messages of the wrong shape, is an error result for a dead letter; a
 * failure of the database still throws (the step retries it).
 */
export async function storeNormalized(
  tx: Tx,
  open: OpenConnection,
  payload: unknown,
): Promise<Normalized> {
  let messages: z.input<typeof MessagesSchema>;
  try {
    messages = await open.connector.normalize(open.env, payload);
    const checked = MessagesSchema.safeParse(messages);
    if (!checked.success) {
      return {
        ok: false,
        error: `Not a message: ${checked.error.issues[0]?.message ?? 'invalid'}`,
      };
    }
  } catch (error) {
    return { ok: false, error: failureText(error, open.env.credentials) };
  }
  return { ok: true, result: await storeInboundMessages(tx, ingestTarget(open), messages) };
}
