// A logged-in IMAP session for one connection. Logging is off (imapflow would otherwise log the
// commands it sends), and an 'error' event is absorbed: the failing command rejects anyway, and
// an unhandled 'error' would stop the process.
import { ImapFlow } from 'imapflow';
import type { EmailCredentials, EmailSettings } from './settings.ts';
import { imapError } from './errors.ts';

export function imapServerName(settings: EmailSettings): string {
  return `${settings.imap.host}:${settings.imap.port}`;
}

export async function openImap(
  credentials: EmailCredentials,
  settings: EmailSettings,
): Promise<ImapFlow> {
  const client = new ImapFlow({
    host: settings.imap.host,
    port: settings.imap.port,
    secure: settings.imap.secure,
    auth: { user: settings.imap.user, pass: credentials.imapPassword },
    logger: false,
    disableAutoIdle: true,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 120_000,
  });
  client.on('error', () => {});
  try {
    await client.connect();
  } catch (error) {
    client.close();
    throw imapError(error, imapServerName(settings));
  }
  return client;
}

/** Logs out politely; a server that already went away is closed instead. */
export async function closeImap(client: ImapFlow): Promise<void> {
  try {
    await client.logout();
  } catch {
    client.close();
  }
}
