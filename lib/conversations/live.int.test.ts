// conversationUpdated: the workspace's open inboxes hear of every change (a message stored, a
// reply queued) as it commits, and each subscriber only of conversations they may read.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/port.ts';
import type { TestUser } from '../../test/helpers/factories.ts';
import { createTestApi } from '../../test/helpers/graphql.ts';
import { openTestDb } from '../../test/helpers/test-db.ts';
import { createWorkspaceWithOwner } from '../../test/helpers/workspace.ts';
import { createConnection, inbound, storeMessages } from '../../test/helpers/conversations.ts';
import { notifyConversationUpdated } from './live.ts';

let db: Db;
let api: ReturnType<typeof createTestApi>;
let owner: TestUser;
let member: TestUser;
let workspaceId: string;
let sharedChat: string;
let privateChat: string;

beforeAll(async () => {
  db = await openTestDb();
  api = createTestApi(db);
  const ws = await createWorkspaceWithOwner(db, api);
  owner = ws.owner;
  workspaceId = ws.workspaceId;
  member = await ws.addMember('MEMBER');
  const shared = await createConnection(db, workspaceId);
  const mine = await createConnection(db, workspaceId, { privateTo: member });
  sharedChat = (await storeMessages(db, shared, [inbound('1', 'Hello all')]))[0]!;
  privateChat = (await storeMessages(db, mine, [inbound('2', 'Hello you')]))[0]!;
});
afterAll(() => db.close());

async function subscribe(user: TestUser) {
  const response = await api.yoga.fetch('http://waymark.test/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'text/event-stream',
      authorization: `Bearer ${await api.tokenFor(user)}`,
    },
    body: JSON.stringify({
      query: `subscription($ws: ID!) { conversationUpdated(workspaceId: $ws) { id preview replies { text status } } }`,
      variables: { ws: workspaceId },
    }),
  });
  expect(response.headers.get('content-type')).toMatch(/text\/event-stream/);
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  const stream = { text: '', close: () => reader.cancel() };
  void (async () => {
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (done) return;
      stream.text += decoder.decode(value);
    }
  })();
  return stream;
}

/** Announces the shared conversation until the stream shows it: then it is live. */
async function untilLive(stream: { text: string }) {
  for (let i = 0; !stream.text.includes(sharedChat); i++) {
    if (i > 100) throw new Error('the subscription never went live');
    await db.asService((tx) => notifyConversationUpdated(tx, workspaceId, sharedChat));
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function until(stream: { text: string }, text: string) {
  for (let i = 0; i < 100 && !stream.text.includes(text); i++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('conversationUpdated', () => {
  it('brings queued replies live, and private conversations to their owner only', async () => {
    const ownerStream = await subscribe(owner);
    const memberStream = await subscribe(member);
    await untilLive(ownerStream);
    await untilLive(memberStream);

    await db.asService((tx) => notifyConversationUpdated(tx, workspaceId, privateChat));
    const sent = await api.as(
      owner,
      `mutation($id: ID!) { sendReply(input: {conversationId: $id, text: "Coming"}) { __typename ... on Error { message } } }`,
      { id: sharedChat },
    );
    expect(sent.sendReply.__typename).toBe('SendReplySuccess');
    await until(ownerStream, 'Coming');
    await until(memberStream, privateChat);

    expect(ownerStream.text).toContain('{"text":"Coming","status":"QUEUED"}');
    expect(memberStream.text).toContain(privateChat);
    expect(ownerStream.text).not.toContain(privateChat);
    await ownerStream.close();
    await memberStream.close();
  });

  it('brings a message live as ingestion stores it', async () => {
    const stream = await subscribe(owner);
    await untilLive(stream);

    const shared = await createConnection(db, workspaceId);
    const [conversationId] = await storeMessages(db, shared, [inbound('3', 'Arrived just now')]);
    await until(stream, 'Arrived just now');

    expect(stream.text).toContain(conversationId!);
    expect(stream.text).toContain('Arrived just now');
    await stream.close();
  });
});
