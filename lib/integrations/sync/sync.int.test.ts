// Pull sync through the real durable functions: each page's messages and its cursor commit
// together, a long backfill runs as many bounded runs, and a platform refusal shows on the
// connection (stored pages stay stored) without stopping anything else.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestAutomation } from '../../../test/helpers/automation.ts';
import { createConnection } from '../../../test/helpers/connections.ts';
import { createTestApi } from '../../../test/helpers/graphql.ts';
import { registerTestConnector, type TestItem } from '../../../test/helpers/test-connector.ts';
import { openTestDb } from '../../../test/helpers/test-db.ts';
import { createWorkspaceWithOwner } from '../../../test/helpers/workspace.ts';
import type { Executor } from '../../automation/executor/executor.ts';
import type { Db } from '../../db/port.ts';
import { ConnectorError } from '../connector.ts';
import { claimDuePulls } from './due.ts';
import { PAGES_PER_RUN } from './pull-connection.ts';

const control = registerTestConnector('email');
const TOKEN = 'imap-password-WxYz';

let db: Db;
let api: ReturnType<typeof createTestApi>;
let executor: Executor;
let ws: Awaited<ReturnType<typeof createWorkspaceWithOwner>>;

beforeAll(async () => {
  db = await openTestDb();
  api = createTestApi(db);
  executor = await startTestAutomation(db);
  ws = await createWorkspaceWithOwner(db, api);
});
afterAll(() => db.close());

let serial = 0;
function page(n: number, malformed: TestItem[] = []) {
  return {
    scope: 'main',
    items: Array.from({ length: n }, () => ({ id: `p${++serial}`, text: `pulled ${serial}` })),
    malformed,
  };
}

async function state(connectionId: string) {
  return db.asService(async (tx) => {
    const [messages] = await tx.query<{ n: number }>(
      'select count(*)::int as n from conversations.messages where connection_id = $1',
      [connectionId],
    );
    const [cursor] = await tx.query<{ value: unknown }>(
      `select value from integrations.cursors where connection_id = $1 and scope = 'main'`,
      [connectionId],
    );
    const [connection] = await tx.query<{
      status: string;
      lastError: string | null;
      lastSyncAt: Date | null;
    }>(
      `select status, last_error as "lastError", last_sync_at as "lastSyncAt"
         from integrations.connections where id = $1`,
      [connectionId],
    );
    const [dead] = await tx.query<{ n: number }>(
      'select count(*)::int as n from integrations.dead_letters where connection_id = $1',
      [connectionId],
    );
    return { messages: messages!.n, cursor: cursor?.value, deadLetters: dead!.n, ...connection! };
  });
}

describe('pull sync', () => {
  it('stores each page with its cursor, in bounded runs, and marks the connection synced', async () => {
    control.pages = Array.from({ length: PAGES_PER_RUN + 5 }, () => page(3));
    control.pages[1] = page(3, [{ id: 'broken-1' }]);
    const id = await createConnection(api, ws.owner, {
      workspaceId: ws.workspaceId,
      kind: 'EMAIL',
      credentials: { token: TOKEN },
    });
    await executor.drain();
    const after = await state(id);
    expect(after).toMatchObject({
      messages: (PAGES_PER_RUN + 5) * 3,
      cursor: PAGES_PER_RUN + 5,
      deadLetters: 1,
      status: 'connected',
      lastError: null,
    });
    expect(after.lastSyncAt).not.toBeNull();
    // Two runs: the first stopped after PAGES_PER_RUN pages and asked for the rest.
    const runs = await db.asService((tx) =>
      tx.query(
        `select status from automation.runs
          where function_id like '%sync-connection' and event -> 'data' ->> 'connectionId' = $1`,
        [id],
      ),
    );
    expect(runs).toEqual([{ status: 'completed' }, { status: 'completed' }]);

    // Sync now with nothing new: nothing stored twice, the cursor stays.
    await api.as(
      ws.owner,
      `mutation($id: ID!) { syncConnection(input: {id: $id}) { __typename } }`,
      { id },
    );
    await executor.drain();
    expect(await state(id)).toMatchObject({
      messages: (PAGES_PER_RUN + 5) * 3,
      cursor: PAGES_PER_RUN + 5,
    });
  });

  it('shows a revoked token on the connection, keeping what was stored before it', async () => {
    control.pages = [page(2), page(2), page(2)];
    control.failPullAfter = {
      pages: 1,
      error: new ConnectorError(`invalid_auth: token ${TOKEN} was revoked`, 'invalid_auth', false),
    };
    const id = await createConnection(api, ws.owner, {
      workspaceId: ws.workspaceId,
      kind: 'EMAIL',
      credentials: { token: TOKEN },
    });
    await executor.drain();
    const after = await state(id);
    expect(after).toMatchObject({ messages: 2, cursor: 1, status: 'error' });
    expect(after.lastError).toContain('was revoked');
    expect(after.lastError).not.toContain(TOKEN);

    // The platform works again: the next pull continues from the cursor.
    control.failPullAfter = undefined;
    await api.as(
      ws.owner,
      `mutation($id: ID!) { syncConnection(input: {id: $id}) { __typename } }`,
      { id },
    );
    await executor.drain();
    expect(await state(id)).toMatchObject({
      messages: 6,
      cursor: 3,
      status: 'connected',
      lastError: null,
    });
  });

  it('shows a sync that failed on an internal error as failed, not syncing forever', async () => {
    control.pages = [page(2), page(2)];
    // Not the platform's refusal: a bug or an outage of ours, which the step retries, then gives up.
    control.failPullAfter = { pages: 0, error: new TypeError('a bug of ours') };
    const id = await createConnection(api, ws.owner, {
      workspaceId: ws.workspaceId,
      kind: 'EMAIL',
      credentials: { token: TOKEN },
    });
    // The retries wait their (test-short) backoff: drain until the run gave up.
    await executor.drain();
    for (let i = 0; i < 200 && (await state(id)).status === 'syncing'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      await executor.drain();
    }
    control.failPullAfter = undefined;
    const after = await state(id);
    expect(after).toMatchObject({ messages: 0, status: 'error' });
    expect(after.lastError).toMatch(/stopped after retries \(TypeError\)/);
    expect(after.lastError).not.toContain('a bug of ours');
  });

  it('claims due connections once, moving their next pull one interval on', async () => {
    control.pages = [];
    const id = await createConnection(api, ws.owner, {
      workspaceId: ws.workspaceId,
      kind: 'EMAIL',
      credentials: { token: TOKEN },
    });
    const first = await db.asService((tx) => claimDuePulls(tx));
    expect(first.map((c) => c.id)).toContain(id);
    const second = await db.asService((tx) => claimDuePulls(tx));
    expect(second.map((c) => c.id)).not.toContain(id);
    await api.as(
      ws.owner,
      `mutation($id: ID!) { updateConnection(input: {id: $id, disabled: true}) { __typename } }`,
      { id },
    );
    await db.asService((tx) =>
      tx.query('update integrations.connections set next_sync_at = now() where id = $1', [id]),
    );
    expect((await db.asService((tx) => claimDuePulls(tx))).map((c) => c.id)).not.toContain(id);
  });
});
