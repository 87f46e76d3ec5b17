// Slack end to end through the app: signed Events API deliveries posted to the real webhook
// endpoint are stored once (retries included), ingested into conversations, and a backfill from
// the fake Slack stores each message once however often it runs.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestAutomation, testVault } from '../../../test/helpers/automation.ts';
import { CREATE_CONNECTION } from '../../../test/helpers/connections.ts';
import { createTestApi } from '../../../test/helpers/graphql.ts';
import { openTestDb } from '../../../test/helpers/test-db.ts';
import { createWorkspaceWithOwner } from '../../../test/helpers/workspace.ts';
import {
  BOT,
  BOT_TOKEN,
  eventCallback,
  SIGNING_SECRET,
  signedDelivery,
  startFakeSlack,
  urlVerification,
  type FakeSlack,
} from '../../../test/peers/slack.ts';
import type { Executor } from '../../automation/executor/executor.ts';
import { parseConfig } from '../../config.ts';
import type { Db } from '../../db/port.ts';
import { createApp, type App } from '../../server/app.ts';
import { setUpAuth } from '../../server/auth-setup.ts';

const CHANNEL = 'C0SALES01';
let db: Db;
let app: App;
let peer: FakeSlack;
let executor: Executor;
let api: ReturnType<typeof createTestApi>;
let ws: Awaited<ReturnType<typeof createWorkspaceWithOwner>>;
let dataDir: string;

beforeAll(async () => {
  peer = await startFakeSlack();
  peer.addChannel(CHANNEL);
  const integrations = {
    vault: testVault,
    apis: { slackApiUrl: peer.url, telegramApiUrl: 'http://127.0.0.1:9/telegram' },
  };
  db = await openTestDb();
  dataDir = mkdtempSync(join(tmpdir(), 'waymark-slack-'));
  const config = parseConfig({ WAYMARK_DATA_DIR: dataDir, PUBLIC_URL: 'http://waymark.test' });
  app = createApp({
    db,
    auth: await setUpAuth(config, db),
    integrations,
    publicUrl: 'http://waymark.test',
  });
  api = createTestApi(db, { integrations });
  executor = await startTestAutomation(db, { connectorApis: integrations.apis });
  ws = await createWorkspaceWithOwner(db, api);
});
afterAll(async () => {
  await db.close();
  await peer.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function connectSlack(settings: Record<string, unknown> = {}): Promise<string> {
  const data = await api.as(ws.owner, CREATE_CONNECTION, {
    input: {
      workspaceId: ws.workspaceId,
      kind: 'SLACK',
      name: 'Acme Slack',
      credentials: { botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET },
      settings,
    },
  });
  const result = data.createConnection;
  if (result.__typename !== 'CreateConnectionSuccess') throw new Error(JSON.stringify(result));
  await executor.drain();
  return result.connection.id as string;
}

const messagesOf = (connectionId: string) =>
  db.asService((tx) =>
    tx.query<{ external_id: string; text: string; direction: string; edited_at: string | null }>(
      `select external_id, text, direction, edited_at from conversations.messages
        where connection_id = $1 order by sent_at, external_id`,
      [connectionId],
    ),
  );

const deliveries = async (connectionId: string) => {
  const [row] = await db.asService((tx) =>
    tx.query<{ n: number }>(
      'select count(*)::int as n from integrations.webhook_deliveries where connection_id = $1',
      [connectionId],
    ),
  );
  return row!.n;
};

describe('Slack through the webhook endpoint', () => {
  it('answers url_verification, stores a message once across retries, and refuses forgeries', async () => {
    const id = await connectSlack();
    const url = `http://waymark.test/webhooks/slack/${id}`;
    const send = (delivery: ReturnType<typeof signedDelivery>) =>
      app(new Request(url, { method: 'POST', headers: delivery.headers, body: delivery.rawBody }));

    const handshake = await send(signedDelivery(urlVerification('challenge-42')));
    expect(handshake.status).toBe(200);
    expect(await handshake.json()).toEqual({ challenge: 'challenge-42' });

    const event = eventCallback({
      type: 'message',
      channel: CHANNEL,
      user: 'U0ADA0001',
      text: 'Is the quote ready?',
      ts: '1700000100.000100',
    });
    for (const retryNum of [undefined, 1, 2, 3])
      expect(
        (await send(signedDelivery(event, retryNum === undefined ? {} : { retryNum }))).status,
      ).toBe(200);
    expect(await deliveries(id)).toBe(1);

    const forged = [
      signedDelivery(
        eventCallback({
          type: 'message',
          channel: CHANNEL,
          user: 'U0EVE',
          text: 'x',
          ts: '1700000101.000100',
        }),
        { tamper: 'flip-body-bit' },
      ),
      signedDelivery(
        eventCallback({
          type: 'message',
          channel: CHANNEL,
          user: 'U0EVE',
          text: 'x',
          ts: '1700000102.000100',
        }),
        { ageSeconds: 6 * 60 },
      ),
      signedDelivery(
        eventCallback({
          type: 'message',
          channel: CHANNEL,
          user: 'U0EVE',
          text: 'x',
          ts: '1700000103.000100',
        }),
        { tamper: 'bad-signature' },
      ),
    ];
    for (const delivery of forged) {
      const response = await send(delivery);
      expect(response.status).toBe(401);
      const text = await response.text();
      expect(text).not.toContain(SIGNING_SECRET);
      expect(text).not.toContain(BOT_TOKEN);
    }
    expect(await deliveries(id)).toBe(1);

    // An edit and our bot's reply in the thread.
    await send(
      signedDelivery(
        eventCallback({
          type: 'message',
          subtype: 'message_changed',
          channel: CHANNEL,
          ts: '1700000110.000100',
          hidden: true,
          message: {
            type: 'message',
            user: 'U0ADA0001',
            text: 'Is the quote ready yet?',
            ts: '1700000100.000100',
            edited: { user: 'U0ADA0001', ts: '1700000110.000000' },
          },
        }),
      ),
    );
    await send(
      signedDelivery(
        eventCallback({
          type: 'message',
          channel: CHANNEL,
          user: BOT.userId,
          bot_id: BOT.botId,
          text: 'Sending it now.',
          ts: '1700000120.000100',
          thread_ts: '1700000100.000100',
        }),
      ),
    );
    await executor.drain();

    const stored = await messagesOf(id);
    expect(stored).toMatchObject([
      {
        external_id: `${CHANNEL}:1700000100.000100`,
        text: 'Is the quote ready yet?',
        direction: 'inbound',
        edited_at: expect.anything(),
      },
      {
        external_id: `${CHANNEL}:1700000120.000100`,
        text: 'Sending it now.',
        direction: 'outbound',
      },
    ]);
    const conversations = await db.asService((tx) =>
      tx.query('select id from conversations.conversations where connection_id = $1', [id]),
    );
    expect(conversations).toHaveLength(1);
  });

  it('backfills a channel from the fake Slack once, however often the pull runs', async () => {
    for (let i = 0; i < 120; i++) peer.addMessage('C0BACKFIL', { text: `history ${i}` });
    const id = await connectSlack({ channels: ['C0BACKFIL'] });
    expect(await messagesOf(id)).toHaveLength(120);
    const sync = await api.as(
      ws.owner,
      `mutation($input: SyncConnectionInput!) { syncConnection(input: $input) { __typename } }`,
      { input: { id } },
    );
    expect(sync.syncConnection.__typename).toBe('SyncConnectionSuccess');
    await executor.drain();
    expect(await messagesOf(id)).toHaveLength(120);
  });
});
