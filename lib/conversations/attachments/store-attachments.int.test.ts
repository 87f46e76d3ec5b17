// Attachments end to end: a Telegram document pulled from the fake Bot API is fetched by the
// store-attachments function into the local storage, recorded on its message, and offered over
// GraphQL as a five-minute download link that the app's /files/ route serves; nobody outside the
// workspace gets a link. A file over the limit is refused with its reason, a failed fetch is
// retried, and a second run stores nothing twice.
import { randomBytes } from 'node:crypto';
import type { Message } from 'grammy/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type AttachmentsApp,
  CONVERSATION_ATTACHMENTS,
  startAttachmentsApp,
} from '../../../test/helpers/attachments.ts';
import { DEFAULT_CONNECTOR_APIS } from '../../../test/helpers/automation.ts';
import { CREATE_CONNECTION } from '../../../test/helpers/connections.ts';
import { createTestApi, TEST_PUBLIC_URL } from '../../../test/helpers/graphql.ts';
import { openTestDb } from '../../../test/helpers/test-db.ts';
import { createWorkspaceWithOwner } from '../../../test/helpers/workspace.ts';
import {
  type FakeTelegram,
  startFakeTelegram,
  WEBHOOK_SECRET,
} from '../../../test/peers/telegram.ts';
import type { Db } from '../../db/port.ts';
import type { IntegrationServices } from '../../integrations/services.ts';
import type { App } from '../../server/app.ts';
import { createSupabaseStorage } from '../../storage/supabase-storage.ts';
import { startFakeSupabaseStorage } from '../../../test/peers/supabase-storage.ts';
import { storeMessages, inbound } from '../../../test/helpers/conversations.ts';
import { storeAttachment } from './store-attachment.ts';

let db: Db;
let app: App;
let api: ReturnType<typeof createTestApi>;
let peer: FakeTelegram;
let fixture: AttachmentsApp;
let integrations: IntegrationServices;
let ws: Awaited<ReturnType<typeof createWorkspaceWithOwner>>;
let outsider: Awaited<ReturnType<typeof createWorkspaceWithOwner>>;

const PDF = Buffer.from(`%PDF-1.7 the renewal quote ${randomBytes(8).toString('hex')}`);
const ADA = { id: 5_100_001, first_name: 'Ada', last_name: 'Lovelace' };

const CONVERSATION = CONVERSATION_ATTACHMENTS;
const settle = () => fixture.settle();
const messageRow = (text: string) => fixture.messageRow(text);

function documentUpdate(text: string, document: Record<string, unknown>) {
  return peer.textUpdate(ADA, text, { document } as unknown as Partial<Message>);
}

beforeAll(async () => {
  db = await openTestDb();
  peer = await startFakeTelegram();
  fixture = await startAttachmentsApp(db, {
    ...DEFAULT_CONNECTOR_APIS,
    telegramApiUrl: peer.apiRoot,
  });
  ({ app, api, integrations } = fixture);
  ws = await createWorkspaceWithOwner(db, api);
  outsider = await createWorkspaceWithOwner(db, api, 'Elsewhere');

  const fileId = peer.addFile(PDF, 'documents/file_1.pdf');
  const hugeId = peer.addFile(Buffer.from('small, but declared huge'), 'documents/huge.bin');
  const flakyId = peer.addFile(Buffer.from('second try'), 'documents/flaky.txt');
  peer.enqueue(
    documentUpdate('Here is the quote', {
      file_id: fileId,
      file_unique_id: 'u-quote',
      file_name: 'quote.pdf',
      mime_type: 'application/pdf',
      file_size: PDF.byteLength,
    }),
    documentUpdate('A big one', {
      file_id: hugeId,
      file_unique_id: 'u-huge',
      file_name: 'huge.bin',
      file_size: 25 * 1024 * 1024,
    }),
  );
  // The flaky file's first getFile is answered 502: the step is retried and stores it once.
  peer.failNext('getFile', { errorCode: 502, description: 'Bad Gateway' });
  peer.enqueue(
    documentUpdate('Try again', {
      file_id: flakyId,
      file_unique_id: 'u-flaky',
      file_name: 'notes.txt',
      mime_type: 'text/plain',
      file_size: 10,
    }),
  );
  const created = await api.as(ws.owner, CREATE_CONNECTION, {
    input: {
      workspaceId: ws.workspaceId,
      kind: 'TELEGRAM',
      name: 'Bot',
      credentials: { botToken: peer.token, webhookSecret: WEBHOOK_SECRET },
      settings: { mode: 'pull' },
    },
  });
  expect(created.createConnection.__typename).toBe('CreateConnectionSuccess');
  await settle();
}, 60_000);

afterAll(async () => {
  await peer.close();
  await db.close();
  fixture.close();
});

describe('a Telegram document', () => {
  it('is stored under its workspace, message and hash, and recorded on the message', async () => {
    const message = await messageRow('Here is the quote');
    const [attachment] = message.attachments;
    expect(attachment).toMatchObject({ name: 'quote.pdf', mime: 'application/pdf' });
    expect(attachment!.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(attachment!.storageKey).toBe(`${ws.workspaceId}/${message.id}/${attachment!.sha256}`);
    const stored = await integrations.storage!.get(attachment!.storageKey!);
    expect(Buffer.from(stored!.bytes).equals(PDF)).toBe(true);
    expect(stored!.contentType).toBe('application/pdf');
  });

  it('comes with a download link over GraphQL that serves its bytes', async () => {
    const { conversationId } = await messageRow('Here is the quote');
    const data = await api.as(ws.owner, CONVERSATION, { id: conversationId });
    const node = data.conversation.messages.edges
      .map((e: { node: { text: string } }) => e.node)
      .find((n: { text: string }) => n.text === 'Here is the quote');
    const [attachment] = node.attachments;
    expect(attachment).toMatchObject({ name: 'quote.pdf', stored: true });
    expect(attachment.url).toMatch(new RegExp(`^${TEST_PUBLIC_URL}/files/${ws.workspaceId}/`));

    const response = await app(new Request(attachment.url));
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer()).equals(PDF)).toBe(true);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toContain('filename="quote.pdf"');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');

    const forged = attachment.url.replace(/signature=[^&]+/, `signature=${'A'.repeat(43)}`);
    expect((await app(new Request(forged))).status).toBe(403);
  });

  it('gets no link for someone of another workspace', async () => {
    const { conversationId } = await messageRow('Here is the quote');
    const data = await api.as(outsider.owner, CONVERSATION, { id: conversationId });
    expect(data.conversation).toBeNull();
    const listed = await api.as(
      outsider.owner,
      `query($ws: ID!) { conversations(workspaceId: $ws, first: 3) {
         edges { node { messages(first: 3) { edges { node { attachments { url } } } } } } } }`,
      { ws: ws.workspaceId },
    );
    expect(listed.conversations.edges).toEqual([]);
  });

  it('is not stored again when the function runs again', async () => {
    const message = await messageRow('Here is the quote');
    const before = peer.calls.filter((c) => c.method === 'getFile').length;
    expect(await storeAttachment({ db, integrations }, message.id, 0)).toEqual({
      outcome: 'skipped',
      why: 'already_done',
    });
    expect(peer.calls.filter((c) => c.method === 'getFile').length).toBe(before);
    expect((await messageRow('Here is the quote')).attachments).toEqual(message.attachments);
  });
});

describe('a file the channel could not hand over at once', () => {
  it('is stored after a retry', async () => {
    const message = await messageRow('Try again');
    expect(message.attachments[0]).toMatchObject({ name: 'notes.txt' });
    expect(message.attachments[0]!.storageKey).toBeDefined();
    const stored = await integrations.storage!.get(message.attachments[0]!.storageKey!);
    expect(Buffer.from(stored!.bytes).toString()).toBe('second try');
  });
});

describe('a file over 20 MB', () => {
  it('is refused before it is fetched, with the reason on the attachment and no link', async () => {
    const message = await messageRow('A big one');
    expect(message.attachments[0]!.storageKey).toBeUndefined();
    expect(message.attachments[0]!.storeError).toMatch(/^file_too_large: /);
    const data = await api.as(ws.owner, CONVERSATION, { id: message.conversationId });
    const node = data.conversation.messages.edges
      .map((e: { node: { text: string } }) => e.node)
      .find((n: { text: string }) => n.text === 'A big one');
    expect(node.attachments[0]).toMatchObject({ stored: false, url: null });
  });
});

describe("the storage policy's check (storage.objects on Supabase)", () => {
  const canRead = async (user: { id: string; email: string }, name: string) => {
    const [row] = await db.asUser(
      { sub: user.id, role: 'authenticated', email: user.email },
      (tx) =>
        tx.query<{ ok: boolean }>('select conversations.can_read_attachment_object($1) as ok', [
          name,
        ]),
    );
    return row!.ok;
  };

  it('lets a member read an object of their message, and nobody else, nor a malformed name', async () => {
    const { attachments } = await messageRow('Here is the quote');
    const key = attachments[0]!.storageKey!;
    expect(await canRead(ws.owner, key)).toBe(true);
    expect(await canRead(outsider.owner, key)).toBe(false);
    // The outsider's own workspace id in front of the message's id changes nothing.
    expect(await canRead(outsider.owner, key.replace(ws.workspaceId, outsider.workspaceId))).toBe(
      false,
    );
    expect(await canRead(ws.owner, key.replace(ws.workspaceId, outsider.workspaceId))).toBe(false);
    for (const name of ['', 'x', `${key}/more`, '../x', `${ws.workspaceId}/not-a-uuid/abc`]) {
      expect(await canRead(ws.owner, name)).toBe(false);
    }
  });
});

describe('with Supabase Storage', () => {
  it('stores the file in the private bucket and links it with a Supabase signed URL', async () => {
    const supabase = await startFakeSupabaseStorage();
    try {
      const viaSupabase: IntegrationServices = {
        ...integrations,
        storage: createSupabaseStorage({
          url: supabase.url,
          serviceRoleKey: supabase.serviceRoleKey,
        }),
      };
      const [connection] = await db.asService((tx) =>
        tx.query<{ id: string }>(
          `select id from integrations.connections where workspace_id = $1`,
          [ws.workspaceId],
        ),
      );
      const bytes = Buffer.from('a signed contract');
      const fileId = peer.addFile(bytes, 'documents/contract.pdf');
      const message = inbound('supabase-chat', 'The signed contract');
      message.attachments = [
        { name: 'contract.pdf', mime: 'application/pdf', size: bytes.byteLength, source: fileId },
      ];
      await storeMessages(
        db,
        {
          workspaceId: ws.workspaceId,
          connectionId: connection!.id,
          channel: 'telegram',
          privateOwnerId: null,
        },
        [message],
      );
      const stored = await messageRow('The signed contract');
      const outcome = await storeAttachment({ db, integrations: viaSupabase }, stored.id, 0);
      expect(outcome).toMatchObject({ outcome: 'stored' });
      const key = (outcome as { storageKey: string }).storageKey;
      expect(supabase.object('attachments', key)?.contentType).toBe('application/pdf');

      const supabaseApi = createTestApi(db, { integrations: viaSupabase });
      const data = await supabaseApi.as(ws.owner, CONVERSATION, { id: stored.conversationId });
      const [attachment] = data.conversation.messages.edges[0].node.attachments;
      expect(attachment.url).toMatch(
        new RegExp(`^${supabase.url}/storage/v1/object/sign/attachments/${ws.workspaceId}/`),
      );
      const response = await fetch(attachment.url);
      expect(response.status).toBe(200);
      expect(Buffer.from(await response.arrayBuffer()).equals(bytes)).toBe(true);
      expect(response.headers.get('content-disposition')).toBe('attachment; filename=contract.pdf');
    } finally {
      await supabase.close();
    }
  });
});
