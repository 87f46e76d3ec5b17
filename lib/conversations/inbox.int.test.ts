// The inbox over GraphQL: conversations as RLS lets each person read them (a private
// connection's only for its owner), filters, paging, read marks, assignment, linked identities
// and queued replies, each refusal changing nothing.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/port.ts';
import type { TestUser } from '../../test/helpers/factories.ts';
import { createTestApi } from '../../test/helpers/graphql.ts';
import { openTestDb } from '../../test/helpers/test-db.ts';
import { createWorkspaceWithOwner } from '../../test/helpers/workspace.ts';
import {
  createConnection,
  createPerson,
  inbound,
  storeMessages,
} from '../../test/helpers/conversations.ts';
import type { IngestTarget } from './ingest.ts';

let db: Db;
let api: ReturnType<typeof createTestApi>;
let ws: Awaited<ReturnType<typeof createWorkspaceWithOwner>>;
let member: TestUser;
let viewer: TestUser;
let stranger: TestUser;
let shared: IngestTarget;
let privateToMember: IngestTarget;
let adaId: string;
let dealId: string;
let adaChat: string;
let otherChat: string;
let privateChat: string;

const LIST = `query($ws: ID!, $filter: ConversationFilter, $first: Int, $after: String) {
  conversations(workspaceId: $ws, filter: $filter, first: $first, after: $after) {
    totalCount
    edges { node { id preview unread channel person { id name } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const ONE = `query($id: ID!) { conversation(id: $id) {
  id channel preview unread messageCount assigneeId
  person { name } organization { name }
  participants { handle name person { name } }
  messages(first: 2) { edges { node { text direction sender { handle person { name } } } } pageInfo { hasNextPage endCursor } }
  replies { text status }
} }`;

async function list(user: TestUser, filter: Record<string, unknown> = {}) {
  const data = await api.as(user, LIST, { ws: ws.workspaceId, filter });
  return data.conversations;
}

async function previews(user: TestUser, filter: Record<string, unknown> = {}) {
  return (await list(user, filter)).edges.map((e: any) => e.node.preview);
}

beforeAll(async () => {
  db = await openTestDb();
  api = createTestApi(db);
  ws = await createWorkspaceWithOwner(db, api);
  member = await ws.addMember('MEMBER');
  viewer = await ws.addMember('VIEWER');
  stranger = (await createWorkspaceWithOwner(db, api, 'Elsewhere')).owner;
  const org = await api.as(
    ws.owner,
    `mutation($ws: ID!) { createOrganization(input: {workspaceId: $ws, name: "Acme"}) {
      ... on CreateOrganizationSuccess { organization { id } } } }`,
    { ws: ws.workspaceId },
  );
  adaId = await createPerson(api, ws.owner, ws.workspaceId, {
    name: 'Ada',
    organizationId: org.createOrganization.organization.id,
  });
  const deal = await api.as(
    ws.owner,
    `mutation($input: CreateDealInput!) { createDeal(input: $input) {
      ... on CreateDealSuccess { deal { id } } } }`,
    { input: { workspaceId: ws.workspaceId, name: 'Acme renewal', personIds: [adaId] } },
  );
  dealId = deal.createDeal.deal.id;
  shared = await createConnection(db, ws.workspaceId);
  privateToMember = await createConnection(db, ws.workspaceId, { privateTo: member });
  adaChat = (
    await storeMessages(db, shared, [
      inbound('100', 'Hi, about the renewal', { minutesAgo: 30 }),
      inbound('100', 'Are you there?', { minutesAgo: 20 }),
      inbound('100', 'Third message', { minutesAgo: 19 }),
    ])
  )[0]!;
  otherChat = (
    await storeMessages(db, shared, [
      inbound('200', 'Someone else', { minutesAgo: 10, name: 'Bob' }),
    ])
  )[0]!;
  privateChat = (
    await storeMessages(db, privateToMember, [
      inbound('300', 'Just for the member', { minutesAgo: 5, name: 'Carol' }),
    ])
  )[0]!;
});
afterAll(() => db.close());

describe('reading the inbox', () => {
  it('lists the workspace conversations newest first, with a preview and a total', async () => {
    const page = await list(viewer);
    expect(page.totalCount).toBe(2);
    expect(page.edges.map((e: any) => e.node.preview)).toEqual(['Someone else', 'Third message']);
    expect(page.edges[0].node).toMatchObject({ channel: 'TELEGRAM', unread: true });
  });

  it("shows a private connection's conversations to its owner only", async () => {
    expect(await previews(member)).toEqual([
      'Just for the member',
      'Someone else',
      'Third message',
    ]);
    expect(await previews(ws.owner)).not.toContain('Just for the member');
    const asOwner = await api.as(ws.owner, ONE, { id: privateChat });
    expect(asOwner.conversation).toBeNull();
  });

  it('shows another workspace nothing, the same as a random id', async () => {
    expect(await list(stranger)).toMatchObject({ totalCount: 0, edges: [] });
    expect((await api.as(stranger, ONE, { id: adaChat })).conversation).toBeNull();
    expect((await api.as(stranger, ONE, { id: randomUUID() })).conversation).toBeNull();
  });

  it('pages through the list with cursors', async () => {
    const first = await api.as(member, LIST, { ws: ws.workspaceId, first: 2 });
    expect(first.conversations.pageInfo.hasNextPage).toBe(true);
    const rest = await api.as(member, LIST, {
      ws: ws.workspaceId,
      first: 2,
      after: first.conversations.pageInfo.endCursor,
    });
    expect(rest.conversations.edges.map((e: any) => e.node.preview)).toEqual(['Third message']);
    expect(rest.conversations.pageInfo.hasNextPage).toBe(false);
  });

  it('pages a conversation’s messages oldest first', async () => {
    const data = await api.as(viewer, ONE, { id: adaChat });
    const messages = data.conversation.messages;
    expect(messages.edges.map((e: any) => e.node.text)).toEqual([
      'Hi, about the renewal',
      'Are you there?',
    ]);
    expect(messages.pageInfo.hasNextPage).toBe(true);
    expect(data.conversation.participants).toEqual([
      { handle: 'telegram:100', name: 'Ada L.', person: null },
    ]);
    expect(data.conversation.messageCount).toBe(3);
  });

  it('filters by channel, and refuses a cursor from another list', async () => {
    expect(await previews(viewer, { channel: 'EMAIL' })).toEqual([]);
    expect(await previews(viewer, { channel: 'TELEGRAM' })).toHaveLength(2);
    const bad = await api.raw(viewer, LIST, { ws: ws.workspaceId, after: 'nonsense' });
    expect(bad.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
  });
});

const READ = `mutation($id: ID!) { markConversationRead(input: {conversationId: $id}) {
  __typename ... on MarkConversationReadSuccess { conversation { unread } } ... on Error { message } } }`;

describe('a conversation’s connection', () => {
  it('is shown to whoever reads the conversation, so the inbox can say when replies are off', async () => {
    const CONNECTION = `query($id: ID!) { conversation(id: $id) { connection { id status } } }`;
    const read = await api.as(viewer, CONNECTION, { id: adaChat });
    expect(read.conversation.connection).toEqual({ id: shared.connectionId, status: 'CONNECTED' });
    await db.asService((tx) =>
      tx.query(`update integrations.connections set status = 'disabled' where id = $1`, [
        shared.connectionId,
      ]),
    );
    try {
      const off = await api.as(member, CONNECTION, { id: adaChat });
      expect(off.conversation.connection.status).toBe('DISABLED');
    } finally {
      await db.asService((tx) =>
        tx.query(`update integrations.connections set status = 'connected' where id = $1`, [
          shared.connectionId,
        ]),
      );
    }
  });
});

describe('read marks', () => {
  it('are per person: what one reads stays unread for the others', async () => {
    const data = await api.as(member, READ, { id: otherChat });
    expect(data.markConversationRead).toEqual({
      __typename: 'MarkConversationReadSuccess',
      conversation: { unread: false },
    });
    expect(await previews(member, { unread: true })).toEqual([
      'Just for the member',
      'Third message',
    ]);
    expect(await previews(viewer, { unread: true })).toEqual(['Someone else', 'Third message']);
    expect(await previews(member, { unread: false })).toEqual(['Someone else']);
  });

  it('turns unread again when a new inbound message arrives', async () => {
    await storeMessages(db, shared, [inbound('200', 'One more thing')]);
    expect(await previews(member, { unread: true })).toContain('One more thing');
  });

  it('cannot be set on a conversation the caller cannot read', async () => {
    const data = await api.as(ws.owner, READ, { id: privateChat });
    expect(data.markConversationRead.__typename).toBe('NotFoundError');
  });
});

const ASSIGN = `mutation($id: ID!, $to: ID) { assignConversation(input: {conversationId: $id, assigneeId: $to}) {
  __typename ... on AssignConversationSuccess { conversation { assigneeId } } ... on Error { message } } }`;

describe('assignment', () => {
  it('gives a conversation to a member, and the filter finds it', async () => {
    const data = await api.as(ws.owner, ASSIGN, { id: adaChat, to: member.id });
    expect(data.assignConversation.conversation.assigneeId).toBe(member.id);
    expect(await previews(viewer, { assigneeId: member.id })).toEqual(['Third message']);
  });

  it('refuses someone outside the workspace, and a viewer, changing nothing', async () => {
    const outsider = await api.as(ws.owner, ASSIGN, { id: adaChat, to: stranger.id });
    expect(outsider.assignConversation).toMatchObject({
      __typename: 'ValidationError',
      message: 'input.assigneeId: is not a member of this workspace',
    });
    const byViewer = await api.as(viewer, ASSIGN, { id: adaChat, to: null });
    expect(byViewer.assignConversation.__typename).toBe('ForbiddenError');
    const byStranger = await api.as(stranger, ASSIGN, { id: adaChat, to: null });
    expect(byStranger.assignConversation.__typename).toBe('NotFoundError');
    const data = await api.as(viewer, ONE, { id: adaChat });
    expect(data.conversation.assigneeId).toBe(member.id);
  });
});

const LINK = `mutation($input: LinkIdentityInput!) { linkIdentity(input: $input) {
  __typename ... on LinkIdentitySuccess { identity { handle channel person { name } } } ... on Error { message } } }`;

describe('linking a handle to a person', () => {
  it('matches the handle’s conversation, participants and messages to the person', async () => {
    const data = await api.as(member, LINK, {
      input: {
        workspaceId: ws.workspaceId,
        channel: 'TELEGRAM',
        handle: 'telegram:100',
        personId: adaId,
      },
    });
    expect(data.linkIdentity.identity).toEqual({
      handle: 'telegram:100',
      channel: 'TELEGRAM',
      person: { name: 'Ada' },
    });
    const one = await api.as(viewer, ONE, { id: adaChat });
    expect(one.conversation.person).toEqual({ name: 'Ada' });
    expect(one.conversation.organization).toEqual({ name: 'Acme' });
    expect(one.conversation.participants[0].person).toEqual({ name: 'Ada' });
    expect(one.conversation.messages.edges[0].node.sender.person).toEqual({ name: 'Ada' });
    expect(await previews(viewer, { personId: adaId })).toEqual(['Third message']);
    expect(await previews(viewer, { dealId })).toEqual(['Third message']);
  });

  it('refuses a viewer, and a person of another workspace', async () => {
    const byViewer = await api.as(viewer, LINK, {
      input: {
        workspaceId: ws.workspaceId,
        channel: 'TELEGRAM',
        handle: 'telegram:200',
        personId: adaId,
      },
    });
    expect(byViewer.linkIdentity.__typename).toBe('ForbiddenError');
    const foreign = await api.as(member, LINK, {
      input: {
        workspaceId: ws.workspaceId,
        channel: 'TELEGRAM',
        handle: 'telegram:200',
        personId: randomUUID(),
      },
    });
    expect(foreign.linkIdentity.__typename).toBe('ValidationError');
    expect((await api.as(viewer, ONE, { id: otherChat })).conversation.person).toBeNull();
  });
});

const REPLY = `mutation($id: ID!, $text: String!) { sendReply(input: {conversationId: $id, text: $text}) {
  __typename ... on SendReplySuccess { reply { id text status } } ... on Error { message } } }`;

async function outbox(): Promise<{ name: string; data: Record<string, string> }[]> {
  return db.asService((tx) =>
    tx.query(
      `select name, data from automation.outbox where name = 'conversation/reply.queued' order by id`,
    ),
  );
}

describe('sending a reply', () => {
  it('queues it trimmed, shows it on the conversation and announces it once', async () => {
    const before = (await outbox()).length;
    const data = await api.as(member, REPLY, { id: adaChat, text: '  On it!  ' });
    expect(data.sendReply.reply).toMatchObject({ text: 'On it!', status: 'QUEUED' });
    const one = await api.as(viewer, ONE, { id: adaChat });
    expect(one.conversation.replies).toEqual([{ text: 'On it!', status: 'QUEUED' }]);
    const events = await outbox();
    expect(events).toHaveLength(before + 1);
    expect(events.at(-1)!.data).toEqual({
      workspaceId: ws.workspaceId,
      conversationId: adaChat,
      outboundId: data.sendReply.reply.id,
    });
  });

  it('refuses empty or too long text, a viewer and a stranger, queueing nothing', async () => {
    const before = (await outbox()).length;
    for (const text of ['   ', 'x'.repeat(40_001)]) {
      const data = await api.as(member, REPLY, { id: adaChat, text });
      expect(data.sendReply.__typename).toBe('ValidationError');
    }
    // Within what Waymark takes, past what Telegram sends: refused now, not failed later.
    const long = await api.as(member, REPLY, { id: adaChat, text: 'x'.repeat(4_097) });
    expect(long.sendReply).toMatchObject({
      __typename: 'ValidationError',
      message: expect.stringMatching(/at most 4096 characters on telegram/),
    });
    expect((await api.as(viewer, REPLY, { id: adaChat, text: 'Hi' })).sendReply.__typename).toBe(
      'ForbiddenError',
    );
    expect((await api.as(stranger, REPLY, { id: adaChat, text: 'Hi' })).sendReply.__typename).toBe(
      'NotFoundError',
    );
    expect(
      (await api.as(ws.owner, REPLY, { id: privateChat, text: 'Hi' })).sendReply.__typename,
    ).toBe('NotFoundError');
    expect(await outbox()).toHaveLength(before);
  });
});
