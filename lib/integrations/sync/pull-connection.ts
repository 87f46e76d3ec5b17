// One bounded run of a connection's pull: up to `maxPages` pages, each stored with its cursor
// in one transaction before the next is asked for. A crash repeats at most the page in flight
// (its messages are unique per connection + external id, so nothing is stored twice); a long
// backfill is many short runs, each continuing from the committed cursors.
import type { Db } from '../../db/port.ts';
import { storeInboundMessages } from '../../conversations/ingest.ts';
import { ConnectorError } from '../connector.ts';
import { failureText } from '../connections/errors.ts';
import { readCursors, writeCursor } from '../cursors.ts';
import { insertDeadLetters } from '../dead-letters/sql.ts';
import { openConnection } from '../open-connection.ts';
import type { IntegrationServices } from '../services.ts';
import { ingestTarget } from '../store-normalized.ts';
import { markSyncFailed, markSynced, markSyncing } from './sql.ts';

export const PAGES_PER_RUN = 20;

export type PullOutcome =
  | { status: 'done' | 'more'; pages: number; stored: number; deadLetters: number }
  | { status: 'failed'; pages: number; stored: number; error: string; retryAfterSeconds?: number }
  | { status: 'skipped' };

export async function pullConnection(
  db: Db,
  services: IntegrationServices,
  connectionId: string,
  options: { maxPages?: number; signal?: AbortSignal } = {},
): Promise<PullOutcome> {
  const maxPages = options.maxPages ?? PAGES_PER_RUN;
  const opened = await db.asService(async (tx) => {
    const open = await openConnection(tx, services, connectionId, options.signal);
    if (!open?.connector.pull || open.connection.status === 'disabled') return undefined;
    await markSyncing(tx, connectionId);
    return { open, cursors: await readCursors(tx, connectionId) };
  });
  if (!opened) return { status: 'skipped' };
  const { open, cursors } = opened;
  const { connection } = open;
  const target = ingestTarget(open);

  let pages = 0;
  let stored = 0;
  let deadLetters = 0;
  try {
    for await (const page of open.connector.pull!(open.env, cursors)) {
      stored += await db.asService(async (tx) => {
        const result = await storeInboundMessages(tx, target, page.messages);
        await insertDeadLetters(
          tx,
          connection,
          (page.malformed ?? []).map((m) => ({ source: 'pull' as const, ...m })),
        );
        await writeCursor(tx, connection, page.scope, page.cursor);
        return result.stored.length;
      });
      deadLetters += page.malformed?.length ?? 0;
      pages++;
      // Leaving the loop closes the connector's iterator; the next run resumes from the cursors.
      if (pages >= maxPages) {
        return { status: 'more', pages, stored, deadLetters };
      }
    }
  } catch (error) {
    if (!(error instanceof ConnectorError)) throw error;
    const text = failureText(error, open.env.credentials);
    // The platform refused (a revoked token, a rate limit): it shows on the connection, and
    // nothing else stops. The pages stored before it stay stored.
    await db.asService((tx) => markSyncFailed(tx, connectionId, text));
    return {
      status: 'failed',
      pages,
      stored,
      error: text,
      ...(error.retryable && error.retryAfterSeconds !== undefined
        ? { retryAfterSeconds: error.retryAfterSeconds }
        : {}),
    };
  }
  await db.asService((tx) => markSynced(tx, connectionId));
  return { status: 'done', pages, stored, deadLetters };
}
