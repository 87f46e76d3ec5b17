// A 5,000-message Telegram backfill through the real sync function on the embedded executor, in
// a worker process killed with SIGKILL again and again (each time once more messages are stored)
// and restarted: every message is stored exactly once, the cursor ends on the last update,
// Telegram holds nothing unconfirmed, and each message was announced by exactly one event.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ChildProcess, startChildProcess } from '../../../test/helpers/child-process.ts';
import { createTestApi } from '../../../test/helpers/graphql.ts';
import { openTestDatabase, testDbKind } from '../../../test/helpers/test-db.ts';
import { createWorkspaceWithOwner } from '../../../test/helpers/workspace.ts';
import {
  type FakeTelegram,
  type ScriptedUser,
  startFakeTelegram,
  WEBHOOK_SECRET,
} from '../../../test/peers/telegram.ts';
import type { Db } from '../../db/port.ts';
import { json } from '../../db/port.ts';
import { cursorUpdateId, UPDATES_SCOPE } from '../telegram/pull.ts';
import { createVault, generateVaultKey } from '../vault.ts';

const WORKER = join(import.meta.dirname, '../../../test/automation/connector-sync-worker.ts');
const MESSAGES = 5_000;
/** Kill the worker once this many messages are stored, and again at each next mark. */
// The last mark leaves room: a busy machine's polling can let the pull run a few pages past it.
const KILL_MARKS = [300, 1_200, 2_300, 3_300, 4_000];

let db: Db;
let url: string;
let peer: FakeTelegram;

// A worker in another process needs a database other processes can reach: Postgres only.
describe.skipIf(testDbKind !== 'postgres')('a Telegram backfill killed with SIGKILL', () => {
  beforeAll(async () => {
    const opened = await openTestDatabase();
    db = opened.db;
    url = opened.url!;
    peer = await startFakeTelegram();
  });
  afterAll(async () => {
    await peer?.close();
    await db?.close();
  });

  async function counts(connectionId: string) {
    const [row] = await db.asService((tx) =>
      tx.query<{ messages: number; distinctIds: number; events: number; cursor: unknown }>(
        `select
           (select count(*)::int from conversations.messages where connection_id = $1) as messages,
           (select count(distinct external_id)::int from conversations.messages
             where connection_id = $1) as "distinctIds",
           (select count(*)::int from automation.outbox
             where name = 'connector/message.received' and data ->> 'connectionId' = $1::text)
             as events,
           (select value from integrations.cursors where connection_id = $1 and scope = $2)
             as cursor`,
        [connectionId, UPDATES_SCOPE],
      ),
    );
    return row!;
  }

  it('stores each of 5,000 messages exactly once, ending on the last update', async () => {
    const { workspaceId } = await createWorkspaceWithOwner(db, createTestApi(db));
    const vaultKey = generateVaultKey();
    const [connection] = await db.asService((tx) =>
      tx.query<{ id: string }>(
        `insert into integrations.connections
           (workspace_id, kind, name, settings, credentials, credentials_hint, next_sync_at)
         values ($1, 'telegram', 'Support bot', '{}', $2::jsonb, $3, now() + interval '1 day')
         returning id`,
        [
          workspaceId,
          json(createVault(vaultKey).seal({ botToken: peer.token, webhookSecret: WEBHOOK_SECRET })),
          peer.token.slice(-4),
        ],
      ),
    );
    const connectionId = connection!.id;
    const users: ScriptedUser[] = Array.from({ length: 7 }, (_, i) => ({
      id: 6_000_000 + i,
      first_name: `Sender${i}`,
    }));
    const updates = peer.enqueue(
      ...Array.from({ length: MESSAGES }, (_, i) =>
        peer.textUpdate(users[i % users.length]!, `backfill message ${i}`),
      ),
    );

    const start = (send: boolean): ChildProcess =>
      startChildProcess(WORKER, {
        SYNC_DB: url,
        SYNC_VAULT_KEY: vaultKey,
        SYNC_CONNECTION_ID: connectionId,
        SYNC_WORKSPACE_ID: workspaceId,
        SYNC_SEND: send ? '1' : '0',
        WAYMARK_TELEGRAM_API_URL: peer.apiRoot,
      });

    // A generous safety limit, not a timing expectation: the loop ends when the data says so.
    const deadline = Date.now() + 150_000;
    const waitUntil = async (done: () => Promise<boolean>, what: string) => {
      while (!(await done())) {
        if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    };

    let worker = start(true);
    const killedAt: number[] = [];
    try {
      await worker.waitFor('SYNCING', 60_000);
      for (const mark of KILL_MARKS) {
        // A random point past the mark: somewhere inside the next page or two.
        const at = mark + Math.floor(Math.random() * 150);
        await waitUntil(async () => (await counts(connectionId)).messages >= at, `${at} messages`);
        worker.kill('SIGKILL');
        await worker.exit;
        // Counted once it is dead: what it had committed when it died.
        killedAt.push((await counts(connectionId)).messages);
        worker = start(false);
        await worker.waitFor('SYNCING', 60_000);
      }
      const last = updates.at(-1)!.update_id;
      await waitUntil(async () => {
        const now = await counts(connectionId);
        return now.messages >= MESSAGES && cursorUpdateId(now.cursor) === last;
      }, 'the backfill to finish');
      // The run that stored the last page also ends the chain: wait for it, then for quiet.
      await waitUntil(async () => {
        const [open] = await db.asService((tx) =>
          tx.query<{ n: number }>(
            `select count(*)::int as n from automation.runs
              where function_id like '%sync-connection'
                and event -> 'data' ->> 'connectionId' = $1
                and status not in ('completed', 'failed', 'cancelled')`,
            [connectionId],
          ),
        );
        return open!.n === 0;
      }, 'the sync runs to end');
    } finally {
      worker.kill('SIGKILL');
      await worker.exit;
    }

    expect(killedAt).toHaveLength(KILL_MARKS.length);
    expect(killedAt.every((n) => n < MESSAGES)).toBe(true);
    const { cursor, ...stored } = await counts(connectionId);
    expect(stored).toEqual({ messages: MESSAGES, distinctIds: MESSAGES, events: MESSAGES });
    expect(cursorUpdateId(cursor)).toBe(updates.at(-1)!.update_id);
    // Every stored message is announced by its own event (no message twice, none missing).
    const [announced] = await db.asService((tx) =>
      tx.query<{ n: number }>(
        `select count(distinct o.data ->> 'messageId')::int as n
           from automation.outbox o
           join conversations.messages m on m.id::text = o.data ->> 'messageId'
          where o.name = 'connector/message.received' and m.connection_id = $1`,
        [connectionId],
      ),
    );
    expect(announced!.n).toBe(MESSAGES);
    // Telegram was told to forget only what was stored, and everything stored was confirmed.
    expect(peer.pendingCount()).toBe(0);
    // Some kill did land between a page being read and committed: that page was read again.
    const offsets = peer.calls
      .filter((c) => c.method === 'getUpdates' && c.params.offset !== undefined)
      .map((c) => Number(c.params.offset));
    expect(offsets.length - new Set(offsets).size).toBeGreaterThan(0);
    const [status] = await db.asService((tx) =>
      tx.query<{ status: string; lastError: string | null }>(
        `select status, last_error as "lastError" from integrations.connections where id = $1`,
        [connectionId],
      ),
    );
    expect(status).toEqual({ status: 'connected', lastError: null });
  }, 200_000);
});
