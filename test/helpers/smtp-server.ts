// A real SMTP server on loopback (smtp-server) for tests of email delivery: it requires the
// credentials in its URL and keeps every message it accepts.
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import type { SmtpSettings } from '../../lib/notifier/smtp.ts';

const SMTP_USER = 'waymark';
export const SMTP_PASSWORD = 's3cret-Pa55';
export const FROM = 'Waymark <no-reply@waymark.test>';

export interface ReceivedEmail {
  mailFrom: string;
  rcptTo: string[];
  headers: Record<string, string>;
  body: string;
}

/**
 * The body as its reader sees it: quoted-printable lines are wrapped at 76 characters (a link
 * can break anywhere, `=` reads `=3D`), so tests would otherwise pass or fail with text lengths.
 */
function decodeBody(body: string, encoding: string | undefined): string {
  if (encoding?.toLowerCase() !== 'quoted-printable') return body;
  const bytes = body
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

/** A real SMTP server on loopback that requires our credentials and keeps what it receives. */
export async function startSmtpServer(port = 0) {
  const received: ReceivedEmail[] = [];
  const server = new SMTPServer({
    hideSTARTTLS: true,
    allowInsecureAuth: true,
    authMethods: ['PLAIN', 'LOGIN'],
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === SMTP_USER && auth.password === SMTP_PASSWORD) {
        callback(null, { user: SMTP_USER });
      } else callback(new Error('Invalid username or password'));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const [head = '', ...rest] = raw.split('\r\n\r\n');
        const headers: Record<string, string> = {};
        for (const line of head.replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
          const colon = line.indexOf(':');
          headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
        }
        received.push({
          mailFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          rcptTo: session.envelope.rcptTo.map((r) => r.address),
          headers,
          body: decodeBody(rest.join('\r\n\r\n'), headers['content-transfer-encoding']),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const listeningOn = (server.server.address() as AddressInfo).port;
  return {
    port: listeningOn,
    received,
    smtp: {
      url: `smtp://${SMTP_USER}:${SMTP_PASSWORD}@127.0.0.1:${listeningOn}`,
      from: FROM,
    } satisfies SmtpSettings,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type SmtpTestServer = Awaited<ReturnType<typeof startSmtpServer>>;
