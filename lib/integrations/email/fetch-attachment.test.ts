// Email attachments fetched again over IMAP: the source a pulled attachment gets, and its bytes
// downloaded by it from hoodiecrow and from dovecot; a renumbered mailbox, a vanished message or
// a too-small limit is a final refusal, never other bytes.
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { dovecotAvailable, startDovecotPeer } from '../../../test/peers/dovecot.ts';
import {
  IMAP_PASSWORD,
  IMAP_USER,
  mimeMessage,
  mimeWithAttachments,
  startImapPeer,
  type ImapPeer,
} from '../../../test/peers/imap.ts';
import { ConnectorError, type PullPage } from '../connector.ts';
import { formatImapAttachmentSource, parseImapAttachmentSource } from './attachment-source.ts';
import { emailConnector } from './connector.ts';
import { sha256Of } from './mime.ts';
import { EmailSettingsSchema } from './settings.ts';

const SHA = 'a'.repeat(64);

describe('an IMAP attachment source', () => {
  it('round-trips, with a mailbox name holding colons and non-ASCII', () => {
    const parts = { mailbox: 'Clients: Ça va/2026', uidValidity: '4294967295', uid: 42, index: 3 };
    const source = formatImapAttachmentSource({ ...parts, sha256: SHA });
    expect(source).toBe(`imap:Clients%3A%20%C3%87a%20va%2F2026:4294967295:42:3:${SHA}`);
    expect(parseImapAttachmentSource(source)).toEqual({ ...parts, sha256: SHA });
  });

  it('is refused when it is not one we wrote', () => {
    for (const source of [
      '',
      'BQACAgIAAxkBAAIB',
      'https://files.slack.com/files-pri/T1-F1/quote.pdf',
      `imap:INBOX:7:42:0`,
      `imap:INBOX:7:0:0:${SHA}`,
      `imap::7:42:0:${SHA}`,
      `imap:INBOX:x:42:0:${SHA}`,
      `imap:INBOX:7:42:100:${SHA}`,
      `imap:INBOX:7:42:0:${SHA.toUpperCase()}`,
      `imap:%E0%A4%A:7:42:0:${SHA}`,
      `imap:INBOX:7:42:0:${SHA}:extra`,
    ]) {
      expect(parseImapAttachmentSource(source), source).toBeUndefined();
    }
    expect(() =>
      formatImapAttachmentSource({
        mailbox: 'INBOX',
        uidValidity: '7',
        uid: 0,
        index: 0,
        sha256: SHA,
      }),
    ).toThrow();
  });
});

const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(3000)]);
const CSV = Buffer.from('seat,price\n40,1200\n');
const WITH_FILES = mimeWithAttachments({
  messageId: 'files@navy.test',
  files: [
    { name: 'quote.pdf', mime: 'application/pdf', bytes: PDF },
    { name: 'seats.csv', mime: 'text/csv', bytes: CSV },
  ],
});

function envFor(peer: ImapPeer) {
  return {
    connectionId: '00000000-0000-4000-8000-000000000001',
    credentials: { imapPassword: IMAP_PASSWORD, inboundSecret: 'inbound-secret-0123456789abcdef' },
    settings: EmailSettingsSchema.parse({
      address: IMAP_USER,
      imap: { host: '127.0.0.1', port: peer.port, secure: false, user: IMAP_USER },
    }),
    apis: { slackApiUrl: 'http://127.0.0.1:1/', telegramApiUrl: 'http://127.0.0.1:1' },
  };
}

async function pulledAttachments(peer: ImapPeer) {
  const pages: PullPage[] = [];
  for await (const page of emailConnector.pull!(envFor(peer), new Map())) pages.push(page);
  return pages.flatMap((p) => p.messages).flatMap((m) => m.attachments ?? []);
}

const fetchFile = (peer: ImapPeer, source: string, maxBytes = 20 * 1024 * 1024) =>
  emailConnector.fetchAttachment!(envFor(peer), source, { maxBytes });

async function refusal(promise: Promise<unknown>): Promise<ConnectorError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConnectorError);
  return error as ConnectorError;
}

let peer: ImapPeer | undefined;
afterEach(async () => {
  await peer?.close();
  peer = undefined;
});

const PEERS = [
  { name: 'hoodiecrow', start: startImapPeer, available: true },
  { name: 'dovecot', start: startDovecotPeer, available: dovecotAvailable() },
];

describe.each(PEERS)('fetching a pulled attachment from $name', ({ start, available }) => {
  if (!available) it.skip('needs dovecot-imapd and root', () => {});
  else {
    it('gives each attachment a source that downloads its own bytes', async () => {
      peer = await start({ uidValidity: 7, messages: [mimeMessage({}), WITH_FILES] });
      const attachments = await pulledAttachments(peer);
      expect(attachments).toMatchObject([
        { name: 'quote.pdf', mime: 'application/pdf', size: PDF.length, sha256: sha256Of(PDF) },
        { name: 'seats.csv', mime: 'text/csv', size: CSV.length, sha256: sha256Of(CSV) },
      ]);
      expect(parseImapAttachmentSource(attachments[0]!.source!)).toMatchObject({
        mailbox: 'INBOX',
        uidValidity: '7',
        uid: 2,
        index: 0,
      });
      const pdf = await fetchFile(peer, attachments[0]!.source!);
      expect(Buffer.from(pdf.bytes).equals(PDF)).toBe(true);
      expect(pdf.mime).toBe('application/pdf');
      const csv = await fetchFile(peer, attachments[1]!.source!);
      expect(Buffer.from(csv.bytes).equals(CSV)).toBe(true);
    });

    it('refuses, for good, a file over maxBytes, a vanished message and a wrong source', async () => {
      peer = await start({ uidValidity: 7, messages: [WITH_FILES] });
      const [pdf] = await pulledAttachments(peer);
      const tooSmall = await refusal(fetchFile(peer, pdf!.source!, 1000));
      expect(tooSmall).toMatchObject({ code: 'file_too_large', retryable: false });

      const where = parseImapAttachmentSource(pdf!.source!)!;
      const elsewhere = (changes: Partial<typeof where>) =>
        fetchFile(peer!, formatImapAttachmentSource({ ...where, ...changes }));
      expect(await refusal(elsewhere({ uid: 99 }))).toMatchObject({
        code: 'message_gone',
        retryable: false,
      });
      expect(await refusal(elsewhere({ index: 5 }))).toMatchObject({
        code: 'attachment_changed',
        retryable: false,
      });
      expect(await refusal(elsewhere({ sha256: SHA }))).toMatchObject({
        code: 'attachment_changed',
        retryable: false,
      });
      expect(await refusal(fetchFile(peer, 'BQACAgIAAxkBAAIB'))).toMatchObject({
        code: 'bad_source',
        retryable: false,
      });
    });

    it('refuses, for good, a source whose mailbox was renumbered', async () => {
      peer = await start({ uidValidity: 7, messages: [WITH_FILES] });
      const [pdf] = await pulledAttachments(peer);
      await peer.restart({ uidValidity: 8 });
      const error = await refusal(fetchFile(peer, pdf!.source!));
      expect(error).toMatchObject({ code: 'mailbox_renumbered', retryable: false });
      expect(error.message).not.toContain(IMAP_PASSWORD);
    });
  }
});
