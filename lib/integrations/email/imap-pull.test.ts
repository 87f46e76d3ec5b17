import { afterEach, describe, expect, it } from 'vitest';
import type { PullPage } from '../connector.ts';
import {
  IMAP_PASSWORD,
  IMAP_USER,
  mimeMessage,
  startImapPeer,
  type ImapPeer,
} from '../../../test/peers/imap.ts';
import { dovecotAvailable, startDovecotPeer } from '../../../test/peers/dovecot.ts';
import { emailConnector } from './connector.ts';
import { EmailSettingsSchema } from './settings.ts';

const credentials = {
  imapPassword: IMAP_PASSWORD,
  inboundSecret: 'inbound-secret-0123456789abcdef',
};

function envFor(peer: ImapPeer) {
  return {
    connectionId: '00000000-0000-4000-8000-000000000001',
    credentials,
    settings: EmailSettingsSchema.parse({
      address: IMAP_USER,
      imap: { host: '127.0.0.1', port: peer.port, secure: false, user: IMAP_USER },
    }),
    apis: { slackApiUrl: 'http://127.0.0.1:1/', telegramApiUrl: 'http://127.0.0.1:1' },
  };
}

/** Pulls like the sync function does: each page "committed" (its cursor kept) before the next. */
async function pullAll(peer: ImapPeer, cursors: Map<string, unknown>) {
  const pages: PullPage[] = [];
  for await (const page of emailConnector.pull!(envFor(peer), cursors)) {
    pages.push(page);
    cursors.set(page.scope, page.cursor);
  }
  return pages;
}

const numbered = (from: number, count: number) =>
  Array.from({ length: count }, (_, i) =>
    mimeMessage({ messageId: `m${from + i}@navy.test`, subject: `Message ${from + i}` }),
  );

let peer: ImapPeer | undefined;
afterEach(async () => {
  await peer?.close();
  peer = undefined;
});

// The same behaviour against hoodiecrow (in process, always) and Debian's dovecot (when installed
// and run as root, as in CI).
const PEERS = [
  { name: 'hoodiecrow', start: startImapPeer, available: true },
  { name: 'dovecot', start: startDovecotPeer, available: dovecotAvailable() },
];

describe.each(PEERS)('pulling a mailbox over IMAP from $name', ({ start, available }) => {
  if (!available) it.skip('needs dovecot-imapd and root', () => {});
  if (!available) return;

  it('reads 5,000 messages in pages, then only the 50 that arrived since', async () => {
    peer = await start({ messages: numbered(1, 5000), uidValidity: 100 });
    const cursors = new Map<string, unknown>();

    const first = await pullAll(peer, cursors);
    const ids = first.flatMap((page) => page.messages.map((m) => m.externalId));
    expect(ids).toHaveLength(5000);
    expect(new Set(ids).size).toBe(5000);
    expect(ids[0]).toBe('m1@navy.test');
    expect(first.length).toBe(25);
    expect(first.every((page) => page.scope === 'imap:INBOX')).toBe(true);
    expect(cursors.get('imap:INBOX')).toEqual({ uidValidity: '100', lastUid: 5000 });

    for (const raw of numbered(5001, 50)) peer.append(raw);
    const next = await pullAll(peer, cursors);
    expect(next.flatMap((page) => page.messages.map((m) => m.externalId))).toEqual(
      Array.from({ length: 50 }, (_, i) => `m${5001 + i}@navy.test`),
    );
    expect(cursors.get('imap:INBOX')).toEqual({ uidValidity: '100', lastUid: 5050 });

    expect(await pullAll(peer, cursors)).toEqual([]);
  }, 120_000);

  it('reads the whole mailbox again under a new UIDVALIDITY, with the same Message-IDs', async () => {
    peer = await start({ messages: numbered(1, 300), uidValidity: 100 });
    const cursors = new Map<string, unknown>();
    const before = (await pullAll(peer, cursors)).flatMap((p) =>
      p.messages.map((m) => m.externalId),
    );

    await peer.restart({ uidValidity: 200 });
    const after = await pullAll(peer, cursors);
    expect(after.flatMap((p) => p.messages.map((m) => m.externalId))).toEqual(before);
    expect(cursors.get('imap:INBOX')).toEqual({ uidValidity: '200', lastUid: 300 });
  });

  it('keeps a message that does not parse as a dead letter once, and moves past it', async () => {
    peer = await start({
      messages: [...numbered(1, 2), 'this is not an email at all', ...numbered(3, 1)],
    });
    const cursors = new Map<string, unknown>();
    const pages = await pullAll(peer, cursors);
    expect(pages.flatMap((p) => p.messages.map((m) => m.externalId))).toEqual([
      'm1@navy.test',
      'm2@navy.test',
      'm3@navy.test',
    ]);
    const malformed = pages.flatMap((p) => p.malformed ?? []);
    expect(malformed).toHaveLength(1);
    expect(malformed[0]?.payload).toMatchObject({
      mime: 'this is not an email at all',
      uid: 3,
      mailbox: 'INBOX',
    });
    await expect(emailConnector.normalize(envFor(peer), malformed[0]?.payload)).rejects.toThrow(
      /Malformed/,
    );

    expect(await pullAll(peer, cursors)).toEqual([]);
  });

  it('answers a wrong password as a permanent auth failure that does not quote it', async () => {
    peer = await start();
    const env = {
      ...envFor(peer),
      credentials: { ...credentials, imapPassword: 'wrong-Pa55-w0rd-xyz' },
    };
    const error = await emailConnector.test(env).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'auth_failed', retryable: false });
    expect(JSON.stringify(error) + String(error)).not.toContain('wrong-Pa55-w0rd-xyz');
    await expect(emailConnector.test(envFor(peer))).resolves.toEqual({ accountName: IMAP_USER });
  });

  it('answers a refused connection as retryable', async () => {
    peer = await start();
    const env = envFor(peer);
    await peer.close();
    peer = undefined;
    await expect(emailConnector.test(env)).rejects.toMatchObject({
      code: 'unreachable',
      retryable: true,
    });
  });
});
