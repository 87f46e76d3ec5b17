// A mailbox through the whole app: connected over GraphQL (tested against IMAP), pulled by the
// durable sync into conversations, pushed to by an inbound-parse service at /webhooks/email/<id>,
// and read again after a UIDVALIDITY change without a single duplicate.
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
import { createTestApi } from '../../../test/helpers/graphql.ts';
import { openTestDb } from '../../../test/helpers/test-db.ts';
import { createWorkspaceWithOwner } from '../../../test/helpers/workspace.ts';
import {
  IMAP_PASSWORD,
  IMAP_USER,
  mimeMessage,
  startImapPeer,
  type ImapPeer,
} from '../../../test/peers/imap.ts';
import type { Executor } from '../../automation/executor/executor.ts';
import { parseConfig } from '../../config.ts';
import type { Db } from '../../db/port.ts';
import { type App, createApp } from '../../server/app.ts';
import { setUpAuth } from '../../server/auth-setup.ts';

const SECRET = 'inbound-secret-for-tests-0123456789';

let db: Db;
let app: App;
let api: ReturnType<typeof createTestApi>;
let executor: Executor;
let dataDir: string;
let peer: ImapPeer;
let connectionId: string;
let owner: Awaited<ReturnType<typeof createWorkspaceWithOwner>>['owner'];

beforeAll(async () => {
  db = await openTestDb();
  dataDir = mkdtempSync(join(tmpdir(), 'waymark-email-'));
  const config = parseConfig({ WAYMARK_DATA_DIR: dataDir, PUBLIC_URL: 'http://waymark.test' });
  app = createApp({
    db,
    auth: await setUpAuth(config, db),
    integrations: { vault: testVault, apis: DEFAULT_CONNECTOR_APIS },
    publicUrl: 'http://waymark.test',
  });
  api = createTestApi(db);
  executor = await startTestAutomation(db);
  peer = await startImapPeer({
    uidValidity: 7,
    messages: [
      mimeMessage({ messageId: 'root@navy.test', subject: 'Pilot for 40 seats' }),
      mimeMessage({
        messageId: 'second@navy.test',
        subject: 'Re: Pilot for 40 seats',
        inReplyTo: 'root@navy.test',
        references: '<root@navy.test>',
        date: 'Thu, 03 Dec 2026 11:00:00 +0000',
      }),
      mimeMessage({ messageId: 'other@navy.test', subject: 'Invoice', from: 'linus@kernel.test' }),
    ],
  });
  const ws = await createWorkspaceWithOwner(db, api);
  owner = ws.owner;
  const created = await api.as(ws.owner, CREATE_CONNECTION, {
    input: {
      workspaceId: ws.workspaceId,
      kind: 'EMAIL',
      name: 'Sales mailbox',
      credentials: { imapPassword: IMAP_PASSWORD, inboundSecret: SECRET },
      settings: {
        address: IMAP_USER,
        imap: { host: '127.0.0.1', port: peer.port, secure: false, user: IMAP_USER },
      },
    },
  });
  expect(created.createConnection.__typename).toBe('CreateConnectionSuccess');
  expect(JSON.stringify(created)).not.toContain(IMAP_PASSWORD);
  connectionId = created.createConnection.connection.id;
  await executor.drain(); // the pull the creation asked for
});
afterAll(async () => {
  await peer.close();
  await db.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const messages = () =>
  db.asService((tx) =>
    tx.query<{ externalId: string; conversationId: string }>(
      `select external_id as "externalId", conversation_id as "conversationId"
         from conversations.messages where connection_id = $1 order by sent_at, external_id`,
      [connectionId],
    ),
  );

const post = (mime: string, secret?: string) =>
  app(
    new Request(`http://waymark.test/webhooks/email/${connectionId}`, {
      method: 'POST',
      headers: {
        'content-type': 'message/rfc822',
        ...(secret === undefined ? {} : { 'x-waymark-inbound-secret': secret }),
      },
      body: mime,
    }),
  );

describe('a mailbox in the inbox', () => {
  it('pulls the mailbox into conversations by thread', async () => {
    const stored = await messages();
    expect(stored.map((m) => m.externalId).sort()).toEqual([
      'other@navy.test',
      'root@navy.test',
      'second@navy.test',
    ]);
    const byId = new Map(stored.map((m) => [m.externalId, m.conversationId]));
    expect(byId.get('second@navy.test')).toBe(byId.get('root@navy.test'));
    expect(byId.get('other@navy.test')).not.toBe(byId.get('root@navy.test'));
  });

  it('takes an inbound-parse delivery with the secret into its thread, once', async () => {
    const reply = mimeMessage({
      messageId: 'third@navy.test',
      subject: 'Re: Pilot for 40 seats',
      inReplyTo: 'second@navy.test',
      references: '<root@navy.test> <second@navy.test>',
      date: 'Thu, 03 Dec 2026 12:00:00 +0000',
    });
    expect((await post(reply, 'wrong-secret-wrong-secret-wrong')).status).toBe(401);
    expect((await post(reply)).status).toBe(401);
    await executor.drain();
    expect(await messages()).toHaveLength(3);

    expect((await post(reply, SECRET)).status).toBe(200);
    expect((await post(reply, SECRET)).status).toBe(200);
    await executor.drain();
    const stored = await messages();
    expect(stored).toHaveLength(4);
    const byId = new Map(stored.map((m) => [m.externalId, m.conversationId]));
    expect(byId.get('third@navy.test')).toBe(byId.get('root@navy.test'));
  });

  it('keeps a delivery that is not an email as a dead letter', async () => {
    expect((await post('not an email', SECRET)).status).toBe(200);
    await executor.drain();
    const letters = await db.asService((tx) =>
      tx.query<{ error: string }>(
        'select error from integrations.dead_letters where connection_id = $1',
        [connectionId],
      ),
    );
    expect(letters).toHaveLength(1);
    expect(letters[0]?.error).toMatch(/Malformed email/);
    expect(letters[0]?.error).not.toContain(IMAP_PASSWORD);
    expect(await messages()).toHaveLength(4);
  });

  it('reads the mailbox again after a UIDVALIDITY change and stores nothing twice', async () => {
    peer.append(mimeMessage({ messageId: 'fourth@navy.test', subject: 'New one' }));
    await peer.restart({ uidValidity: 8 });
    const sync = await api.as(
      owner,
      `mutation($id: ID!) { syncConnection(input: {id: $id}) { __typename } }`,
      { id: connectionId },
    );
    expect(sync.syncConnection.__typename).toBe('SyncConnectionSuccess');
    await executor.drain();

    const stored = await messages();
    expect(stored.map((m) => m.externalId).sort()).toEqual([
      'fourth@navy.test',
      'other@navy.test',
      'root@navy.test',
      'second@navy.test',
      'third@navy.test',
    ]);
    const [cursor] = await db.asService((tx) =>
      tx.query<{ value: unknown }>(
        `select value from integrations.cursors where connection_id = $1 and scope = 'imap:INBOX'`,
        [connectionId],
      ),
    );
    expect(cursor?.value).toEqual({ uidValidity: '8', lastUid: 4 });
  });
});
