// Email attachments end to end: a message with files pulled from the IMAP peer is fetched again
// by the store-attachments function (the email connector downloads it by UID and re-parses it),
// put in the local storage and offered over GraphQL as a link serving the same bytes. A message
// whose mailbox was renumbered before its files were fetched gets a recorded, final refusal, not
// the bytes of whatever message now holds its UID.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type AttachmentsApp,
  CONVERSATION_ATTACHMENTS,
  startAttachmentsApp,
} from '../../../test/helpers/attachments.ts';
import { CREATE_CONNECTION } from '../../../test/helpers/connections.ts';
import { storeMessages } from '../../../test/helpers/conversations.ts';
import type { createTestApi } from '../../../test/helpers/graphql.ts';
import { openTestDb } from '../../../test/helpers/test-db.ts';
import { createWorkspaceWithOwner } from '../../../test/helpers/workspace.ts';
import {
  IMAP_PASSWORD,
  IMAP_USER,
  mimeWithAttachments,
  startImapPeer,
  type ImapPeer,
} from '../../../test/peers/imap.ts';
import type { Db } from '../../db/port.ts';
import { formatImapAttachmentSource } from '../../integrations/email/attachment-source.ts';
import { messageFromMime, sha256Of } from '../../integrations/email/mime.ts';
import type { IntegrationServices } from '../../integrations/services.ts';
import type { App } from '../../server/app.ts';
import { storeAttachment } from './store-attachment.ts';

let db: Db;
let app: App;
let api: ReturnType<typeof createTestApi>;
let peer: ImapPeer;
let fixture: AttachmentsApp;
let integrations: IntegrationServices;
let ws: Awaited<ReturnType<typeof createWorkspaceWithOwner>>;
let connectionId: string;

const PDF = Buffer.concat([Buffer.from('%PDF-1.7 the renewal quote\n'), randomBytes(4000)]);
const SHEET = Buffer.from(`seats,price\n40,${randomBytes(4).readUInt16BE()}\n`);

const CONVERSATION = CONVERSATION_ATTACHMENTS;
const settle = () => fixture.settle();
const messageRow = (text: string) => fixture.messageRow(text);

beforeAll(async () => {
  db = await openTestDb();
  fixture = await startAttachmentsApp(db);
  ({ app, api, integrations } = fixture);
  peer = await startImapPeer({
    uidValidity: 7,
    messages: [
      mimeWithAttachments({
        messageId: 'quote@navy.test',
        text: 'The renewal quote',
        files: [
          { name: 'quote.pdf', mime: 'application/pdf', bytes: PDF },
          { name: 'seats.csv', mime: 'text/csv', bytes: SHEET },
        ],
      }),
    ],
  });
  ws = await createWorkspaceWithOwner(db, api);
  const created = await api.as(ws.owner, CREATE_CONNECTION, {
    input: {
      workspaceId: ws.workspaceId,
      kind: 'EMAIL',
      name: 'Sales mailbox',
      credentials: {
        imapPassword: IMAP_PASSWORD,
        inboundSecret: 'inbound-secret-for-tests-0123456789',
      },
      settings: {
        address: IMAP_USER,
        imap: { host: '127.0.0.1', port: peer.port, secure: false, user: IMAP_USER },
      },
    },
  });
  expect(created.createConnection.__typename).toBe('CreateConnectionSuccess');
  connectionId = created.createConnection.connection.id;
  await settle(); // the pull the creation asked for, then store-attachments for its message
}, 60_000);

afterAll(async () => {
  await peer.close();
  await db.close();
  fixture.close();
});

describe('a pulled email with files', () => {
  it('has each file stored under its workspace, message and hash', async () => {
    const message = await messageRow('The renewal quote');
    expect(message.attachments).toMatchObject([
      { name: 'quote.pdf', mime: 'application/pdf', size: PDF.length, sha256: sha256Of(PDF) },
      { name: 'seats.csv', mime: 'text/csv', size: SHEET.length, sha256: sha256Of(SHEET) },
    ]);
    for (const [attachment, bytes] of [
      [message.attachments[0]!, PDF],
      [message.attachments[1]!, SHEET],
    ] as const) {
      expect(attachment.source).toMatch(/^imap:INBOX:7:1:[01]:[0-9a-f]{64}$/);
      expect(attachment.storeError).toBeUndefined();
      expect(attachment.storageKey).toBe(`${ws.workspaceId}/${message.id}/${sha256Of(bytes)}`);
      const stored = await integrations.storage!.get(attachment.storageKey!);
      expect(Buffer.from(stored!.bytes).equals(bytes)).toBe(true);
    }
  });

  it('comes with download links over GraphQL that serve the same bytes', async () => {
    const { conversationId } = await messageRow('The renewal quote');
    const data = await api.as(ws.owner, CONVERSATION, { id: conversationId });
    const [node] = data.conversation.messages.edges.map((e: { node: unknown }) => e.node);
    expect(node.attachments).toMatchObject([
      { name: 'quote.pdf', stored: true },
      { name: 'seats.csv', stored: true },
    ]);
    const response = await app(new Request(node.attachments[0].url));
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer()).equals(PDF)).toBe(true);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toContain('filename="quote.pdf"');
    const sheet = await app(new Request(node.attachments[1].url));
    expect(Buffer.from(await sheet.arrayBuffer()).equals(SHEET)).toBe(true);
  });
});

describe('an email whose mailbox was renumbered before its files were fetched', () => {
  it('gets a recorded refusal, not retried and not another message’s bytes', async () => {
    // Pulled under UIDVALIDITY 7 at UID 2 (as the pull would have kept it); then the server
    // rebuilt its index, and UID 2 now names another message, with another file at index 0.
    const raw = mimeWithAttachments({
      messageId: 'renumbered@navy.test',
      text: 'Before the renumbering',
      files: [{ name: 'contract.pdf', mime: 'application/pdf', bytes: Buffer.from('signed v1') }],
    });
    const uid = peer.append(
      mimeWithAttachments({
        messageId: 'other@navy.test',
        text: 'Someone else',
        files: [{ name: 'other.pdf', mime: 'application/pdf', bytes: Buffer.from('not yours') }],
      }),
    );
    expect(uid).toBe(2);
    const message = await messageFromMime(raw, {
      ownAddress: IMAP_USER,
      attachmentSource: (index, sha256) =>
        formatImapAttachmentSource({ mailbox: 'INBOX', uidValidity: '7', uid, index, sha256 }),
    });
    await peer.restart({ uidValidity: 8 });
    await storeMessages(
      db,
      { workspaceId: ws.workspaceId, connectionId, channel: 'email', privateOwnerId: null },
      [message],
    );
    await settle();

    const stored = await messageRow('Before the renumbering');
    const [attachment] = stored.attachments;
    expect(attachment!.storageKey).toBeUndefined();
    expect(attachment!.storeError).toMatch(/^mailbox_renumbered: /);
    expect(attachment!.storeError).not.toContain(IMAP_PASSWORD);

    // The step ended with the refusal as its result, at its first attempt.
    const steps = await db.asService((tx) =>
      tx.query<{ status: string; attempts: number; memo: { data?: { outcome?: string } } }>(
        `select s.status, s.attempts, s.memo from automation.run_steps s
           join automation.runs r on r.id = s.run_id
          where r.function_id like '%store-attachments' and s.name = 'store-attachment-0'
            and r.event -> 'data' ->> 'messageId' = $1`,
        [stored.id],
      ),
    );
    expect(steps).toHaveLength(1);
    expect(steps[0]).toMatchObject({ status: 'completed', memo: { data: { outcome: 'refused' } } });
    expect(steps[0]!.attempts).toBeLessThanOrEqual(1);

    // Running it again fetches nothing.
    expect(await storeAttachment({ db, integrations }, stored.id, 0)).toEqual({
      outcome: 'skipped',
      why: 'already_done',
    });
    const data = await api.as(ws.owner, CONVERSATION, { id: stored.conversationId });
    const node = data.conversation.messages.edges
      .map((e: { node: { text: string } }) => e.node)
      .find((n: { text: string }) => n.text.trim() === 'Before the renumbering');
    expect(node.attachments[0]).toMatchObject({ name: 'contract.pdf', stored: false, url: null });
  });
});
