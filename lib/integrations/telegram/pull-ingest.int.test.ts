// A Telegram pull into the real ingestion, each page stored with its cursor in one transaction,
// as the sync function does it: a run that dies mid-way loses nothing and stores nothing twice,
// because Telegram only forgets a page once the next getUpdates carries the committed offset.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi } from '../../../test/helpers/graphql.ts';
import { openTestDb } from '../../../test/helpers/test-db.ts';
import { createWorkspaceWithOwner } from '../../../test/helpers/workspace.ts';
import {
  startFakeTelegram,
  telegramEnvFor,
  type FakeTelegram,
} from '../../../test/peers/telegram.ts';
import { storeInboundMessages, type IngestTarget } from '../../conversations/ingest.ts';
import type { Db } from '../../db/port.ts';
import { json } from '../../db/port.ts';
import { telegramConnector as telegram } from './connector.ts';
import { cursorUpdateId, UPDATES_SCOPE } from './pull.ts';

let db: Db;
let peer: FakeTelegram;
let target: IngestTarget;

class SimulatedCrash extends Error {}

async function committedCursor(): Promise<number | undefined> {
  const [row] = await db.asService((tx) =>
    tx.query<{ value: unknown }>(
      `select value from integrations.cursors where connection_id = $1 and scope = $2`,
      [target.connectionId, UPDATES_SCOPE],
    ),
  );
  return cursorUpdateId(row?.value);
}

/** One sync run: every page and its cursor committed together; `crashAfter` pages, the next dies before commit. */
async function syncRun(crashAfter = Infinity): Promise<number> {
  const cursor = await committedCursor();
  const cursors = new Map<string, unknown>(cursor === undefined ? [] : [[UPDATES_SCOPE, cursor]]);
  let pages = 0;
  for await (const page of telegram.pull!(telegramEnvFor(peer), cursors)) {
    await db.asService(async (tx) => {
      await storeInboundMessages(tx, target, page.messages);
      await tx.query(
        `insert into integrations.cursors (connection_id, workspace_id, scope, value)
         values ($1, $2, $3, $4::jsonb)
         on conflict (connection_id, scope) do update set value = excluded.value, updated_at = now()`,
        [target.connectionId, target.workspaceId, page.scope, json(page.cursor)],
      );
      if (pages === crashAfter) throw new SimulatedCrash('killed before commit');
    });
    pages++;
  }
  return pages;
}

beforeAll(async () => {
  db = await openTestDb();
  peer = await startFakeTelegram();
  const { workspaceId } = await createWorkspaceWithOwner(db, createTestApi(db));
  const [connection] = await db.asService((tx) =>
    tx.query<{ id: string }>(
      `insert into integrations.connections (workspace_id, kind, name, credentials)
       values ($1, 'telegram', 'Support bot', '{}') returning id`,
      [workspaceId],
    ),
  );
  target = { workspaceId, connectionId: connection!.id, channel: 'telegram', privateOwnerId: null };
});

afterAll(async () => {
  await peer.close();
  await db.close();
});

describe('pulling Telegram into the inbox', () => {
  it('stores every message once across a run that died mid-way, and ends on the last update', async () => {
    const updates = peer.enqueueScript(1200, { users: 6 });
    await expect(syncRun(5)).rejects.toThrow(SimulatedCrash);
    // The page in flight was never confirmed: Telegram still holds it and everything after.
    expect(peer.pendingCount()).toBe(1200 - 500);
    expect(await committedCursor()).toBe(updates[499]?.update_id);

    expect(await syncRun()).toBe(7);
    expect(await committedCursor()).toBe(updates.at(-1)?.update_id);
    expect(peer.pendingCount()).toBe(0);

    const edits = updates.filter((u) => u.edited_message).length;
    const [counts] = await db.asService((tx) =>
      tx.query<{ messages: number; distinct_ids: number; conversations: number; edited: number }>(
        `select count(*)::int as messages, count(distinct external_id)::int as distinct_ids,
                count(distinct conversation_id)::int as conversations,
                count(*) filter (where edited_at is not null)::int as edited
           from conversations.messages where connection_id = $1`,
        [target.connectionId],
      ),
    );
    expect(counts).toEqual({
      messages: 1200 - edits,
      distinct_ids: 1200 - edits,
      conversations: 6,
      edited: edits,
    });

    // A run with nothing new stores nothing and leaves the cursor where it was.
    expect(await syncRun()).toBe(0);
    expect(await committedCursor()).toBe(updates.at(-1)?.update_id);
  });
});
