// Reply delivery on the embedded executor, through a connector registered by the test (the real
// adapters are tested with their loopback peers): a reply is sent once, retried after a
// retryable refusal, failed with the channel's reason after a final one, and never sent again
// when an earlier attempt was interrupted mid-send.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Executor } from '../../lib/automation/executor/executor.ts';
import { INTERRUPTED } from '../../lib/conversations/replies/delivery.ts';
import type { Db } from '../../lib/db/port.ts';
import {
  type Connector,
  ConnectorError,
  type ReplyTarget,
} from '../../lib/integrations/connector.ts';
import { registerConnector } from '../../lib/integrations/registry.ts';
import { startTestAutomation, testVault } from '../../test/helpers/automation.ts';
import { createConnection, inbound, storeMessages } from '../../test/helpers/conversations.ts';
import type { TestUser } from '../../test/helpers/factories.ts';
import { createTestApi } from '../../test/helpers/graphql.ts';
import { openTestDb } from '../../test/helpers/test-db.ts';
import { createWorkspaceWithOwner } from '../../test/helpers/workspace.ts';
import type { IngestTarget } from '../../lib/conversations/ingest.ts';

const TOKEN = 'bot-secret-token-4242';

/** What the fake channel does with each reply text, in order; then it accepts. */
const script = new Map<string, ('ok' | ConnectorError)[]>();
const sends: { target: ReplyTarget; text: string; idempotencyKey: string }[] = [];

const testConnector: Connector<{ token: string }, object> = {
  kind: 'telegram',
  credentials: z.object({ token: z.string() }),
  settings: z.object({}),
  hint: (c) => c.token.slice(-4),
  test: async () => ({ accountName: 'Test bot' }),
  normalize: async () => [],
  send: async (env, target, reply) => {
    if (env.credentials.token !== TOKEN) throw new Error('credentials were not opened');
    const next = script.get(reply.text)?.shift() ?? 'ok';
    if (next instanceof ConnectorError) throw next;
    sends.push({ target, ...reply });
    return {
      externalId: `${target.externalThreadId}:out-${sends.length}`,
      sentAt: new Date().toISOString(),
    };
  },
};

let db: Db;
let api: ReturnType<typeof createTestApi>;
let executor: Executor;
let member: TestUser;
let connection: IngestTarget;
let workspaceId: string;

beforeAll(async () => {
  registerConnector(testConnector);
  db = await openTestDb();
  api = createTestApi(db);
  executor = await startTestAutomation(db);
  const ws = await createWorkspaceWithOwner(db, api);
  workspaceId = ws.workspaceId;
  member = await ws.addMember('MEMBER');
  connection = await createConnection(db, workspaceId);
  await db.asService((tx) =>
    tx.query('update integrations.connections set credentials = $2::jsonb where id = $1', [
      connection.connectionId,
      JSON.stringify(testVault.seal({ token: TOKEN })),
    ]),
  );
});
afterAll(() => db.close());

async function settle() {
  for (let i = 0; i < 50; i++) {
    if ((await executor.drain()) === 0) return;
  }
}

let chats = 0;
async function conversationWithAda(): Promise<string> {
  const chat = `chat-${++chats}`;
  const [id] = await storeMessages(db, connection, [
    inbound(chat, 'Can you send the quote?', { minutesAgo: 5 }),
  ]);
  return id!;
}

const REPLY = `mutation($id: ID!, $text: String!) { sendReply(input: {conversationId: $id, text: $text}) {
  ... on SendReplySuccess { reply { id } } } }`;

async function reply(conversationId: string, text: string): Promise<string> {
  const data = await api.as(member, REPLY, { id: conversationId, text });
  return data.sendReply.reply.id;
}

async function outbound(id: string) {
  const [row] = await db.asService((tx) =>
    tx.query<{ status: string; attempts: number; error: string | null; messageId: string | null }>(
      `select status, attempts, error, message_id as "messageId"
         from conversations.outbound_messages where id = $1`,
      [id],
    ),
  );
  return row!;
}

const VIEW = `query($id: ID!) { conversation(id: $id) {
  messageCount replies { status error }
  messages(first: 10) { edges { node { direction text } } }
} }`;

describe('delivering a reply', () => {
  it('sends it once into the thread, answering the latest message, and stores it as outbound', async () => {
    const conversationId = await conversationWithAda();
    const id = await reply(conversationId, 'Here is the quote');
    await settle();
    await settle();
    const mine = sends.filter((s) => s.text === 'Here is the quote');
    expect(mine).toHaveLength(1);
    expect(mine[0]!.target).toMatchObject({
      externalThreadId: 'chat-1',
      participants: ['telegram:chat-1'],
      replyTo: { from: 'telegram:chat-1', headers: { chat_id: 'chat-1' } },
    });
    expect(mine[0]!.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
    expect(await outbound(id)).toMatchObject({ status: 'sent', attempts: 1, error: null });
    expect((await outbound(id)).messageId).not.toBeNull();
    const view = await api.as(member, VIEW, { id: conversationId });
    expect(view.conversation.replies).toEqual([]);
    expect(view.conversation.messageCount).toBe(2);
    expect(view.conversation.messages.edges.map((e: any) => e.node)).toEqual([
      { direction: 'INBOUND', text: 'Can you send the quote?' },
      { direction: 'OUTBOUND', text: 'Here is the quote' },
    ]);
  });

  it('retries after a retryable refusal and sends it once', async () => {
    script.set('Busy line', [new ConnectorError('Too Many Requests', 'rate_limited', true, 1)]);
    const conversationId = await conversationWithAda();
    const id = await reply(conversationId, 'Busy line');
    await settle();
    expect(sends.filter((s) => s.text === 'Busy line')).toHaveLength(1);
    expect(await outbound(id)).toMatchObject({ status: 'sent', attempts: 2, error: null });
  });

  it('fails it with the channel’s reason after a final refusal, and the connection shows it', async () => {
    script.set('To a blocked bot', [
      new ConnectorError('Forbidden: bot was blocked by the user', 'blocked', false),
    ]);
    const conversationId = await conversationWithAda();
    const id = await reply(conversationId, 'To a blocked bot');
    await settle();
    expect(sends.filter((s) => s.text === 'To a blocked bot')).toHaveLength(0);
    expect(await outbound(id)).toMatchObject({
      status: 'failed',
      attempts: 1,
      error: 'blocked: Forbidden: bot was blocked by the user',
    });
    const view = await api.as(member, VIEW, { id: conversationId });
    expect(view.conversation.replies).toEqual([
      { status: 'FAILED', error: 'blocked: Forbidden: bot was blocked by the user' },
    ]);
    const [conn] = await db.asService((tx) =>
      tx.query<{ last_error: string; status: string }>(
        'select last_error, status from integrations.connections where id = $1',
        [connection.connectionId],
      ),
    );
    expect(conn!.last_error).toBe('blocked: Forbidden: bot was blocked by the user');
    expect(JSON.stringify(view)).not.toContain(TOKEN);
    // Nothing else stops: the next reply goes out.
    const next = await reply(conversationId, 'Trying again later');
    await settle();
    expect(await outbound(next)).toMatchObject({ status: 'sent' });
  });

  it('fails a reply through a disabled connection at once, without opening its credentials', async () => {
    const conversationId = await conversationWithAda();
    const disabled = (on: boolean) =>
      db.asService((tx) =>
        tx.query(
          `update integrations.connections set status = $2, credentials = $3::jsonb where id = $1`,
          [
            connection.connectionId,
            on ? 'disabled' : 'connected',
            // Disabled connections may hold nothing that opens (the demo's sample mailbox).
            on ? '{}' : JSON.stringify(testVault.seal({ token: TOKEN })),
          ],
        ),
      );
    await disabled(true);
    try {
      const id = await reply(conversationId, 'Through a disabled mailbox');
      await settle();
      expect(await outbound(id)).toMatchObject({
        status: 'failed',
        error: 'connection_disabled: the connection is disabled; enable it to send',
      });
      expect(sends.filter((s) => s.text === 'Through a disabled mailbox')).toHaveLength(0);
    } finally {
      await disabled(false);
    }
  });

  it('never sends again a reply found mid-send after a crash: it becomes unknown', async () => {
    const conversationId = await conversationWithAda();
    const id = await reply(conversationId, 'Sent before the crash?');
    // The claim committed, then the process died before the platform's answer was recorded.
    await db.asService((tx) =>
      tx.query(
        `update conversations.outbound_messages set status = 'sending', attempts = 1 where id = $1`,
        [id],
      ),
    );
    await settle();
    expect(sends.filter((s) => s.text === 'Sent before the crash?')).toHaveLength(0);
    expect(await outbound(id)).toMatchObject({
      status: 'unknown',
      attempts: 1,
      error: INTERRUPTED,
    });
  });
});
