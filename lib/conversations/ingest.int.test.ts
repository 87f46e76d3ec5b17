// Ingestion stores each message once, groups it into its thread's conversation (a quiet gap
// starts a new one), matches senders to people, and announces each new message once.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../db/port.ts';
import { createTestApi } from '../../test/helpers/graphql.ts';
import { openTestDb } from '../../test/helpers/test-db.ts';
import { createWorkspaceWithOwner } from '../../test/helpers/workspace.ts';
import { type IngestTarget, storeInboundMessages } from './ingest.ts';
import type { InboundMessage } from './message.ts';

let db: Db;
let api: ReturnType<typeof createTestApi>;
let target: IngestTarget;
let adaId: string;
let acmeId: string;
let ownerId: string;

const HOUR = 3_600_000;
const T0 = Date.parse('2026-12-01T09:00:00Z');

function telegram(n: number, overrides: Partial<InboundMessage> = {}): InboundMessage {
  return {
    externalId: `42:${n}`,
    externalThreadId: '42',
    quietGapSeconds: 4 * 3600,
    direction: 'inbound',
    from: { handle: 'telegram:7', name: 'Ada L.' },
    to: [],
    sentAt: new Date(T0 + n * 60_000).toISOString(),
    text: `message ${n}`,
    attachments: [],
    headers: { message_id: String(n), chat_id: '42' },
    ...overrides,
  };
}

function email(id: string, thread: string, from: string, at: number): InboundMessage {
  return {
    externalId: id,
    externalThreadId: thread,
    direction: 'inbound',
    from: { handle: from },
    to: [{ handle: 'sales@waymark.test' }],
    sentAt: new Date(at).toISOString(),
    subject: 'Renewal',
    text: 'Hello',
    attachments: [],
    headers: {},
  };
}

function store(messages: InboundMessage[], on: IngestTarget = target) {
  return db.asService((tx) => storeInboundMessages(tx, on, messages));
}

async function rows<T>(sql: string, params: (string | null)[] = []): Promise<T[]> {
  return db.asService((tx) => tx.query(sql, params)) as Promise<T[]>;
}

beforeAll(async () => {
  db = await openTestDb();
  api = createTestApi(db);
  const { owner, workspaceId } = await createWorkspaceWithOwner(db, api);
  ownerId = owner.id;
  const created = await api.as(
    owner,
    `mutation($org: CreateOrganizationInput!) {
      createOrganization(input: $org) { ... on CreateOrganizationSuccess { organization { id } } }
    }`,
    { org: { workspaceId, name: 'Acme' } },
  );
  acmeId = created.createOrganization.organization.id;
  const person = await api.as(
    owner,
    `mutation($input: CreatePersonInput!) {
      createPerson(input: $input) { ... on CreatePersonSuccess { person { id } } }
    }`,
    {
      input: { workspaceId, name: 'Ada', organizationId: acmeId, emails: ['Ada@Acme.test'] },
    },
  );
  adaId = person.createPerson.person.id;
  const [connection] = await rows<{ id: string }>(
    `insert into integrations.connections (workspace_id, kind, name, credentials)
     values ($1, 'telegram', 'Support', '{}') returning id`,
    [workspaceId],
  );
  target = {
    workspaceId,
    connectionId: connection!.id,
    channel: 'telegram',
    privateOwnerId: null,
  };
});
afterAll(() => db.close());

beforeEach(async () => {
  await rows(`delete from conversations.conversations where connection_id = $1`, [
    target.connectionId,
  ]);
  await rows(`delete from conversations.identities where workspace_id = $1`, [target.workspaceId]);
  await rows(`delete from automation.outbox where name = 'connector/message.received'`);
});

describe('storeInboundMessages', () => {
  it('stores a message once however often it arrives, and announces it once', async () => {
    const first = await store([telegram(1), telegram(2)]);
    const again = await store([telegram(2), telegram(1), telegram(2)]);

    expect(first.stored).toHaveLength(2);
    expect(again).toEqual({ stored: [], duplicates: 2 });
    const messages = await rows<{ text: string }>(
      `select text from conversations.messages where connection_id = $1 order by sent_at`,
      [target.connectionId],
    );
    expect(messages.map((m) => m.text)).toEqual(['message 1', 'message 2']);
    const events = await rows<{ data: { messageId: string } }>(
      `select data from automation.outbox where name = 'connector/message.received'`,
    );
    expect(events.map((e) => e.data.messageId).sort()).toEqual(
      first.stored.map((s) => s.id).sort(),
    );
  });

  it('keeps a chat one conversation until it goes quiet for longer than the gap', async () => {
    await store([telegram(1), telegram(30)]);
    // 5 hours after message 30: past the 4-hour gap.
    await store([telegram(330)]);
    await store([telegram(331)]);

    const conversations = await rows<{ message_count: number }>(
      `select message_count from conversations.conversations where connection_id = $1
        order by last_message_at`,
      [target.connectionId],
    );
    expect(conversations.map((c) => c.message_count)).toEqual([2, 2]);
  });

  it('applies an edit and a deletion to the stored message, adding nothing', async () => {
    await store([telegram(1)]);
    const edited = await store([
      telegram(1, { text: 'message 1 (fixed)', editedAt: new Date(T0 + HOUR).toISOString() }),
    ]);

    expect(edited.stored).toEqual([]);
    const [message] = await rows<{ text: string; edited_at: string | null }>(
      `select text, edited_at from conversations.messages where connection_id = $1`,
      [target.connectionId],
    );
    expect(message).toEqual({ text: 'message 1 (fixed)', edited_at: expect.anything() });

    await store([telegram(1, { deleted: true })]);
    const [deleted] = await rows<{ deleted_at: string | null; text: string }>(
      `select deleted_at, text from conversations.messages where connection_id = $1`,
      [target.connectionId],
    );
    expect(deleted!.deleted_at).not.toBeNull();
  });

  it('matches an email sender to the person with that address, whatever its case', async () => {
    await store([email('m1@acme.test', 'm1@acme.test', 'ada@acme.test', T0)]);

    const [conversation] = await rows<{ person_id: string; organization_id: string }>(
      `select person_id, organization_id from conversations.conversations where connection_id = $1`,
      [target.connectionId],
    );
    expect(conversation).toEqual({ person_id: adaId, organization_id: acmeId });
    const participants = await rows<{ handle: string; person_id: string | null }>(
      `select handle, person_id from conversations.participants order by handle`,
    );
    expect(participants).toEqual(
      expect.arrayContaining([
        { handle: 'ada@acme.test', person_id: adaId },
        { handle: 'sales@waymark.test', person_id: null },
      ]),
    );
  });

  it('matches a chat handle once it is linked to a person, and leaves strangers unmatched', async () => {
    await store([telegram(1)]);
    await rows(
      `insert into conversations.identities (workspace_id, channel, handle, person_id)
       values ($1, 'telegram', 'telegram:7', $2)`,
      [target.workspaceId, adaId],
    );
    // A new conversation (past the gap) from the linked handle, and one from a stranger.
    await store([
      telegram(400),
      telegram(401, { externalThreadId: '43', externalId: '43:1', from: { handle: 'telegram:8' } }),
    ]);

    const conversations = await rows<{ external_thread_id: string; person_id: string | null }>(
      `select external_thread_id, person_id from conversations.conversations
        where connection_id = $1 order by last_message_at`,
      [target.connectionId],
    );
    expect(conversations).toEqual([
      { external_thread_id: '42', person_id: null },
      { external_thread_id: '42', person_id: adaId },
      { external_thread_id: '43', person_id: null },
    ]);
  });

  it('refuses a malformed message and stores nothing of its batch', async () => {
    const bad = { ...telegram(2), sentAt: 'yesterday' };

    await expect(store([telegram(1), bad])).rejects.toMatchObject({ name: 'ValidationError' });
    const [count] = await rows<{ n: number }>(
      `select count(*)::int as n from conversations.messages where connection_id = $1`,
      [target.connectionId],
    );
    expect(count!.n).toBe(0);
  });

  it('keeps a private connection’s conversations with its owner', async () => {
    await store([telegram(1)], { ...target, privateOwnerId: ownerId });

    const [conversation] = await rows<{ private_owner_id: string }>(
      `select private_owner_id from conversations.conversations where connection_id = $1`,
      [target.connectionId],
    );
    expect(conversation!.private_owner_id).toBe(ownerId);
  });
});
