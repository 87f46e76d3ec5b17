// An IMAP server on loopback for the email connector's tests: hoodiecrow-imap in process, with
// a user of ours, messages given up front or appended later, and a restart that keeps the
// messages under another UIDVALIDITY (what a server does after rebuilding its index).
import hoodiecrow, { type HoodiecrowServer } from 'hoodiecrow-imap';
import type { Socket } from 'node:net';
import { freePort } from '../helpers/free-port.ts';

export const IMAP_USER = 'ada@acme.test';
export const IMAP_PASSWORD = 'imap-Pa55-d0nt-leak-7q';

export interface ImapPeer {
  port: number;
  /** Appends to INBOX as a delivery would; returns the new UID. */
  append(raw: string): number;
  /** Stops and starts again on the same port with the same messages and a new UIDVALIDITY. */
  restart(options: { uidValidity: number }): Promise<void>;
  close(): Promise<void>;
}

export async function startImapPeer(
  options: { messages?: string[]; uidValidity?: number } = {},
): Promise<ImapPeer> {
  const port = await freePort();
  const raws = [...(options.messages ?? [])];
  const sockets = new Set<Socket>();
  const start = async (uidValidity: number) => {
    const started = await listen(port, raws, uidValidity);
    started.server.on('connection', (socket: Socket) => {
      sockets.add(socket);
      socket.once('close', () => sockets.delete(socket));
    });
    return started;
  };
  let server = await start(options.uidValidity ?? 1);
  const close = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      // A connection left open would keep close() waiting, as a server going down drops it.
      for (const socket of sockets) socket.destroy();
    });
  return {
    port,
    append(raw) {
      raws.push(raw);
      return server.appendMessage('INBOX', [], new Date(), raw).message.uid;
    },
    async restart({ uidValidity }) {
      await close();
      server = await start(uidValidity);
    },
    close,
  };
}

async function listen(
  port: number,
  raws: string[],
  uidValidity: number,
): Promise<HoodiecrowServer> {
  const server = hoodiecrow({
    plugins: ['ID', 'IDLE', 'ENABLE', 'CONDSTORE', 'UNSELECT'],
    users: { [IMAP_USER]: { password: IMAP_PASSWORD } },
    storage: {
      INBOX: { uidvalidity: uidValidity, messages: raws.map((raw) => ({ raw })) },
      '': {},
    },
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return server;
}

/** A plain message with the headers threading looks at. */
export function mimeMessage(options: {
  messageId?: string;
  from?: string;
  to?: string;
  subject?: string;
  text?: string;
  inReplyTo?: string;
  references?: string;
  date?: string;
}): string {
  const lines = [
    `From: ${options.from ?? 'Grace Hopper <grace@navy.test>'}`,
    `To: ${options.to ?? `Ada <${IMAP_USER}>`}`,
    `Subject: ${options.subject ?? 'Hello'}`,
    `Date: ${options.date ?? 'Thu, 03 Dec 2026 10:00:00 +0000'}`,
  ];
  if (options.messageId) lines.push(`Message-ID: <${options.messageId}>`);
  if (options.inReplyTo) lines.push(`In-Reply-To: <${options.inReplyTo}>`);
  if (options.references) lines.push(`References: ${options.references}`);
  lines.push('MIME-Version: 1.0', 'Content-Type: text/plain; charset=utf-8', '');
  lines.push(options.text ?? 'Hi Ada');
  return lines.join('\r\n');
}

/** A multipart/mixed message: a text part, then each file base64-encoded as an attachment. */
export function mimeWithAttachments(options: {
  messageId: string;
  subject?: string;
  text?: string;
  files: { name: string; mime: string; bytes: Buffer }[];
}): string {
  const boundary = `b-${options.messageId.replace(/[^a-z0-9]/gi, '')}`;
  const lines = [
    'From: Grace Hopper <grace@navy.test>',
    `To: Ada <${IMAP_USER}>`,
    `Subject: ${options.subject ?? 'Files'}`,
    'Date: Thu, 03 Dec 2026 10:00:00 +0000',
    `Message-ID: <${options.messageId}>`,
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    'Content-Type: text/plain; charset=utf-8',
    '',
    options.text ?? 'Files attached.',
  ];
  for (const file of options.files) {
    lines.push(
      `--${boundary}`,
      `Content-Type: ${file.mime}; name="${file.name}"`,
      `Content-Disposition: attachment; filename="${file.name}"`,
      'Content-Transfer-Encoding: base64',
      '',
      ...(file.bytes.toString('base64').match(/.{1,76}/g) ?? []),
    );
  }
  lines.push(`--${boundary}--`, '');
  return lines.join('\r\n');
}
