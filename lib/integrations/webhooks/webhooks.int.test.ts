// The webhook endpoint through the whole app: verify, store once, acknowledge; ingestion later
// turns each delivery into messages once, and a payload its connector cannot read becomes a dead
// letter an admin replays. The behaviours are the endpoint's own, shown with a tiny test adapter.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_CONNECTOR_APIS,
  startTestAutomation,
  testVault,
} from '../../../test/helpers/automation.ts';
import { createConnection } from '../../../test/helpers/connections.ts';
import { createTestApi } from '../../../test/helpers/graphql.ts';
import { registerTestConnector } from '../../../test/helpers/test-connector.ts';
import { registerConnector } from '../registry.ts';
import { openTestDb } from '../../../test/helpers/test-db.ts';
import { createWorkspaceWithOwner } from '../../../test/helpers/workspace.ts';
import type { Executor } from '../../automation/executor/executor.ts';
import { parseConfig } from '../../config.ts';
import type { Db } from '../../db/port.ts';
import { type App, createApp } from '../../server/app.ts';
import { setUpAuth } from '../../server/auth-setup.ts';

const TOKEN = 'tg-secret-token-AbCd';
const control = registerTestConnector('telegram');

let db: Db;
let app: App;
let api: ReturnType<typeof createTestApi>;
let executor: Executor;
let dataDir: string;
let ws: Awaited<ReturnType<typeof createWorkspaceWithOwner>>;
let connectionId: string;
let nudges = 0;

beforeAll(async () => {
  db = await openTestDb();
  dataDir = mkdtempSync(join(tmpdir(), 'waymark-webhooks-'));
  const config = parseConfig({ WAYMARK_DATA_DIR: dataDir, PUBLIC_URL: 'http://waymark.test' });
  app = createApp({
    db,
    auth: await setUpAuth(config, db),
    integrations: { vault: testVault, apis: DEFAULT_CONNECTOR_APIS },
    publicUrl: 'http://waymark.test',
    afterMutation: () => nudges++,
  });
  api = createTestApi(db);
  executor = await startTestAutomation(db);
  ws = await createWorkspaceWithOwner(db, api);
  connectionId = await createConnection(api, ws.owner, {
    workspaceId: ws.workspaceId,
    kind: 'TELEGRAM',
    credentials: { token: TOKEN },
  });
  await executor.drain(); // the "created" pull finds nothing queued
});
afterAll(async () => {
  await db.close();
  rmSync(dataDir, { recursive: true, force: true });
});

function post(
  body: string | ReadableStream,
  options: { kind?: string; id?: string; secret?: string } = {},
) {
  return app(
    new Request(
      `http://waymark.test/webhooks/${options.kind ?? 'telegram'}/${options.id ?? connectionId}`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-test-secret': options.secret ?? TOKEN },
        body,
        ...(typeof body === 'string' ? {} : { duplex: 'half' }),
      } as RequestInit,
    ),
  );
}

const count = async (table: string) => {
  const [row] = await db.asService((tx) =>
    tx.query<{ n: number }>(`select count(*)::int as n from ${table}`),
  );
  return row!.n;
};

describe('the webhook endpoint', () => {
  it('stores a verified delivery, acknowledges it, and ingestion stores its messages once', async () => {
    const body = JSON.stringify({
      items: [
        { id: 'u1', text: 'Hello' },
        { id: 'u2', text: 'There' },
      ],
    });
    const before = nudges;
    const response = await post(body);
    expect(response.status).toBe(200);
    expect(nudges).toBe(before + 1);
    expect(await count('integrations.webhook_deliveries')).toBe(2);

    // The platform retries the same delivery: 200, nothing new.
    const replayed = await post(body);
    expect(replayed.status).toBe(200);
    expect(await count('integrations.webhook_deliveries')).toBe(2);
    expect(nudges).toBe(before + 1);

    await executor.drain();
    const messages = await db.asService((tx) =>
      tx.query<{ text: string }>(
        'select text from conversations.messages where connection_id = $1 order by sent_at',
        [connectionId],
      ),
    );
    expect(messages.map((m) => m.text)).toEqual(['Hello', 'There']);
    const unprocessed = await db.asService((tx) =>
      tx.query('select 1 from integrations.webhook_deliveries where processed_at is null'),
    );
    expect(unprocessed).toEqual([]);
  });

  it('refuses a bad secret with 401 and stores nothing', async () => {
    const before = await count('integrations.webhook_deliveries');
    const response = await post(JSON.stringify({ items: [{ id: 'x1', text: 'forged' }] }), {
      secret: 'wrong-secret',
    });
    expect(response.status).toBe(401);
    expect(await response.text()).not.toContain(TOKEN);
    expect(await count('integrations.webhook_deliveries')).toBe(before);
  });

  it('verifies with the credentials stored now, not the ones it verified with before', async () => {
    // The endpoint keeps opened connections in memory; the API changing them is another path
    // (another process in production), which the endpoint must notice at the next delivery.
    const id = await createConnection(api, ws.owner, {
      workspaceId: ws.workspaceId,
      kind: 'TELEGRAM',
      credentials: { token: TOKEN },
    });
    const stored = async () => {
      const [row] = await db.asService((tx) =>
        tx.query<{ n: number }>(
          'select count(*)::int as n from integrations.webhook_deliveries where connection_id = $1',
          [id],
        ),
      );
      return row!.n;
    };
    const item = (n: number) => JSON.stringify({ items: [{ id: `rot-${n}`, text: `Hi ${n}` }] });
    expect((await post(item(1), { id })).status).toBe(200);

    const ROTATED = 'tg-rotated-token-EfGh';
    await api.as(
      ws.owner,
      `mutation($id: ID!, $c: JSONObject!) { updateConnectionCredentials(input: {id: $id, credentials: $c}) { __typename } }`,
      { id, c: { token: ROTATED } },
    );
    expect((await post(item(2), { id })).status).toBe(401);
    expect((await post(item(3), { id, secret: ROTATED })).status).toBe(200);
    expect(await stored()).toBe(2);

    await api.as(
      ws.owner,
      `mutation($id: ID!) { updateConnection(input: {id: $id, disabled: true}) { __typename } }`,
      { id },
    );
    expect((await post(item(4), { id, secret: ROTATED })).status).toBe(404);
    expect(await stored()).toBe(2);
  });

  it('answers a handshake the connector answers, storing nothing', async () => {
    const response = await post(JSON.stringify({ challenge: 'c-42' }));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ challenge: 'c-42' });
  });

  it('answers 404 for an unknown connection, another kind, a kind without webhooks and a deleted one', async () => {
    const body = JSON.stringify({ items: [] });
    expect((await post(body, { id: '00000000-0000-4000-8000-000000000000' })).status).toBe(404);
    expect((await post(body, { id: 'not-a-uuid' })).status).toBe(404);
    expect((await post(body, { kind: 'email' })).status).toBe(404);
    expect((await post(body, { kind: 'sms' })).status).toBe(404);
    const doomed = await createConnection(api, ws.owner, {
      workspaceId: ws.workspaceId,
      kind: 'TELEGRAM',
      credentials: { token: TOKEN },
    });
    expect((await post(body, { id: doomed })).status).toBe(200);
    await api.as(
      ws.owner,
      `mutation($id: ID!) { deleteConnection(input: {id: $id}) { __typename } }`,
      {
        id: doomed,
      },
    );
    expect((await post(body, { id: doomed })).status).toBe(404);
  });

  it('answers 404 for a connector without a push path, and shows it no webhook URL', async () => {
    const { webhook: _, ...pullOnly } = control.connector;
    registerConnector({ ...pullOnly, kind: 'slack' });
    const id = await createConnection(api, ws.owner, {
      workspaceId: ws.workspaceId,
      kind: 'SLACK',
      credentials: { token: TOKEN },
    });
    const body = JSON.stringify({ items: [{ id: 's1', text: 'pushed' }] });
    expect((await post(body, { kind: 'slack', id })).status).toBe(404);
    const data = await api.as(ws.owner, `query($id: ID!) { connection(id: $id) { webhookUrl } }`, {
      id,
    });
    expect(data.connection.webhookUrl).toBeNull();
  });

  it('answers 413 to a body over 1 MB, declared or streamed, without storing it', async () => {
    const before = await count('integrations.webhook_deliveries');
    const big = JSON.stringify({ items: [{ id: 'big', text: 'x'.repeat(1024 * 1024) }] });
    expect((await post(big)).status).toBe(413);
    // No content-length: the read stops once the limit is passed.
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 64 * 1024;
        controller.enqueue(new Uint8Array(64 * 1024).fill(32));
        if (sent > 8 * 1024 * 1024) controller.close();
      },
    });
    expect((await post(stream)).status).toBe(413);
    expect(sent).toBeLessThan(8 * 1024 * 1024);
    expect(await count('integrations.webhook_deliveries')).toBe(before);
  });

  it('puts a payload its connector cannot read in the dead letters, which an admin replays', async () => {
    const response = await post(JSON.stringify({ items: [{ id: 'm1' }] }));
    expect(response.status).toBe(200);
    await executor.drain();
    const LETTERS = `query($id: ID!) { connection(id: $id) { deadLetters(first: 10) { edges { node {
      id source externalId error replayCount replayedAt resolvedAt } } } } }`;
    const listed = await api.as(ws.owner, LETTERS, { id: connectionId });
    const [letter] = listed.connection.deadLetters.edges.map((e: { node: unknown }) => e.node);
    expect(letter).toMatchObject({
      source: 'webhook',
      externalId: 'm1',
      error: 'item m1 has no text',
      replayCount: 0,
      resolvedAt: null,
    });
    // Members do not see them.
    const member = await ws.addMember('MEMBER');
    const byMember = await api.as(member, LETTERS, { id: connectionId });
    expect(byMember.connection.deadLetters.edges).toEqual([]);

    const REPLAY = `mutation($id: ID!) { replayDeadLetter(input: {id: $id}) { __typename
      ... on ReplayDeadLetterSuccess { deadLetter { replayCount resolvedAt error } } } }`;
    const stillBroken = await api.as(ws.owner, REPLAY, { id: letter.id });
    expect(stillBroken.replayDeadLetter.deadLetter).toMatchObject({
      replayCount: 1,
      resolvedAt: null,
      error: 'item m1 has no text',
    });
    expect((await api.as(member, REPLAY, { id: letter.id })).replayDeadLetter.__typename).toBe(
      'NotFoundError',
    );

    control.acceptEmpty = true; // the cause is fixed
    const fixed = await api.as(ws.owner, REPLAY, { id: letter.id });
    expect(fixed.replayDeadLetter.deadLetter.replayCount).toBe(2);
    expect(fixed.replayDeadLetter.deadLetter.resolvedAt).not.toBeNull();
    const stored = await db.asService((tx) =>
      tx.query("select 1 from conversations.messages where external_id = 'm1'"),
    );
    expect(stored).toHaveLength(1);
    control.acceptEmpty = false;
  });
});
