// A Telegram bot connected through the API, end to end against the fake Bot API: push through
// the app's /webhooks/telegram/<id> (the secret checked, every update stored once however often
// Telegram delivers it) and pull through the durable sync (every update once, the offset ending
// on the last one). The bot token shows up in no answer.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_CONNECTOR_APIS,
  startTestAutomation,
  testVault,
} from '../../../test/helpers/automation.ts';
import { CREATE_CONNECTION } from '../../../test/helpers/connections.ts';
import { createTestApi, TEST_PUBLIC_URL } from '../../../test/helpers/graphql.ts';
import { openTestDb } from '../../../test/helpers/test-db.ts';
import { createWorkspaceWithOwner } from '../../../test/helpers/workspace.ts';
import {
  startFakeTelegram,
  WEBHOOK_SECRET,
  type FakeTelegram,
} from '../../../test/peers/telegram.ts';
import type { Executor } from '../../automation/executor/executor.ts';
import { parseConfig } from '../../config.ts';
import type { Db } from '../../db/port.ts';
import { type App, createApp } from '../../server/app.ts';
import { setUpAuth } from '../../server/auth-setup.ts';
import { cursorUpdateId, UPDATES_SCOPE } from './pull.ts';

let db: Db;
let app: App;
let api: ReturnType<typeof createTestApi>;
/** The API as the pull bot's process sees it (its own fake Bot API). */
let pullApi: ReturnType<typeof createTestApi>;
let executor: Executor;
let dataDir: string;
let ws: Awaited<ReturnType<typeof createWorkspaceWithOwner>>;
let pushPeer: FakeTelegram;
let pullPeer: FakeTelegram;
/** Every body the app and the API answered, checked for the tokens at the end. */
const answers: string[] = [];

/**
 * How many updates each push test sends. The acceptance figure is 1,000 (WAYMARK_TELEGRAM_PUSH_N
 * runs it); the default keeps the file quick on a shared two-core machine.
 */
const PUSH_N = Number(process.env.WAYMARK_TELEGRAM_PUSH_N ?? 200);
/** Over PAGES_PER_RUN pages of 100, so the pull takes more than one bounded run. */
const PULL_N = 2500;

async function connect(peer: FakeTelegram, mode: 'push' | 'pull') {
  const data = await (mode === 'push' ? api : pullApi).as(ws.owner, CREATE_CONNECTION, {
    input: {
      workspaceId: ws.workspaceId,
      kind: 'TELEGRAM',
      name: `Bot (${mode})`,
      credentials: { botToken: peer.token, webhookSecret: WEBHOOK_SECRET },
      settings: { mode },
    },
  });
  answers.push(JSON.stringify(data));
  expect(data.createConnection.__typename).toBe('CreateConnectionSuccess');
  return data.createConnection.connection as {
    id: string;
    webhookUrl: string;
    credentialsHint: string;
  };
}

async function post(connectionId: string, update: unknown, secret?: string) {
  const response = await app(
    new Request(`${TEST_PUBLIC_URL}/webhooks/telegram/${connectionId}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(secret !== undefined ? { 'x-telegram-bot-api-secret-token': secret } : {}),
      },
      body: JSON.stringify(update),
    }),
  );
  answers.push(await response.text());
  return response.status;
}

async function countOf(sql: string, params: string[]) {
  const [row] = await db.asService((tx) => tx.query<{ n: number }>(sql, params));
  return row!.n;
}

const messagesOf = (connectionId: string) =>
  countOf('select count(*)::int as n from conversations.messages where connection_id = $1', [
    connectionId,
  ]);
const deliveriesOf = (connectionId: string) =>
  countOf(
    'select count(*)::int as n from integrations.webhook_deliveries where connection_id = $1',
    [connectionId],
  );

beforeAll(async () => {
  db = await openTestDb();
  [pushPeer, pullPeer] = await Promise.all([startFakeTelegram(), startFakeTelegram()]);
  dataDir = mkdtempSync(join(tmpdir(), 'waymark-telegram-'));
  const config = parseConfig({ WAYMARK_DATA_DIR: dataDir, PUBLIC_URL: TEST_PUBLIC_URL });
  // One fake per connection: Telegram keeps one webhook (or none) per bot.
  const integrationsFor = (peer: FakeTelegram) => ({
    vault: testVault,
    apis: { ...DEFAULT_CONNECTOR_APIS, telegramApiUrl: peer.apiRoot },
  });
  app = createApp({
    db,
    auth: await setUpAuth(config, db),
    integrations: integrationsFor(pushPeer),
    publicUrl: TEST_PUBLIC_URL,
  });
  api = createTestApi(db, { integrations: integrationsFor(pushPeer) });
  pullApi = createTestApi(db, { integrations: integrationsFor(pullPeer) });
  executor = await startTestAutomation(db, { connectorApis: integrationsFor(pullPeer).apis });
  ws = await createWorkspaceWithOwner(db, api);
});

afterAll(async () => {
  await Promise.all([pushPeer.close(), pullPeer.close()]);
  await db.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('a Telegram bot in push mode', () => {
  let connectionId: string;

  it('registers our endpoint with its secret when connected', async () => {
    const connection = await connect(pushPeer, 'push');
    connectionId = connection.id;
    expect(connection.webhookUrl).toBe(`${TEST_PUBLIC_URL}/webhooks/telegram/${connectionId}`);
    expect(pushPeer.webhook()).toEqual({ url: connection.webhookUrl, secretToken: WEBHOOK_SECRET });
    expect(connection.credentialsHint).toBe(pushPeer.token.slice(-4));
  });

  it('refuses updates without the secret or with another, storing nothing', async () => {
    const updates = pushPeer.enqueueScript(PUSH_N, { users: 10 });
    for (const [i, update] of updates.entries()) {
      expect(await post(connectionId, update, i % 2 === 0 ? undefined : 'not-our-secret')).toBe(
        401,
      );
    }
    expect(await deliveriesOf(connectionId)).toBe(0);
    await executor.drain();
    expect(await messagesOf(connectionId)).toBe(0);
  }, 240_000);

  it('stores updates with the secret once, though each was delivered three times', async () => {
    const script = pushPeer.enqueueScript(PUSH_N, { users: 10, firstUserId: 6_000_000 });
    for (let round = 0; round < 3; round++) {
      for (const update of script)
        expect(await post(connectionId, update, WEBHOOK_SECRET)).toBe(200);
    }
    expect(await deliveriesOf(connectionId)).toBe(PUSH_N);
    await executor.drain();
    const edits = script.filter((u) => u.edited_message).length;
    expect(await messagesOf(connectionId)).toBe(PUSH_N - edits);
    expect(
      await countOf(
        'select count(*)::int as n from conversations.messages where connection_id = $1 and edited_at is not null',
        [connectionId],
      ),
    ).toBe(edits);
  }, 240_000);
});

describe('a Telegram bot in pull mode', () => {
  it('pulls everything pending once, in bounded runs, ending on the last update', async () => {
    const updates = pullPeer.enqueueScript(PULL_N, { users: 8 });
    const connection = await connect(pullPeer, 'pull');
    expect(pullPeer.webhook()).toBeUndefined();
    await executor.drain();
    const edits = updates.filter((u) => u.edited_message).length;
    expect(await messagesOf(connection.id)).toBe(PULL_N - edits);
    expect(pullPeer.pendingCount()).toBe(0);
    const [cursor] = await db.asService((tx) =>
      tx.query<{ value: unknown }>(
        'select value from integrations.cursors where connection_id = $1 and scope = $2',
        [connection.id, UPDATES_SCOPE],
      ),
    );
    expect(cursorUpdateId(cursor?.value)).toBe(updates.at(-1)?.update_id);
    const [status] = await db.asService((tx) =>
      tx.query<{ status: string; lastError: string | null }>(
        'select status, last_error as "lastError" from integrations.connections where id = $1',
        [connection.id],
      ),
    );
    expect(status).toEqual({ status: 'connected', lastError: null });
  });
});

describe('the bot tokens', () => {
  it('appear in no answer of the app or the API', () => {
    expect(answers.length).toBeGreaterThan(4 * PUSH_N);
    for (const peer of [pushPeer, pullPeer]) {
      const secretHalf = peer.token.slice(peer.token.indexOf(':') + 1);
      expect(answers.filter((a) => a.includes(secretHalf))).toEqual([]);
    }
  });
});
