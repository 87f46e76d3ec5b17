// A reply over SMTP, threaded: our own Message-ID, In-Reply-To the message answered, References
// its chain. The Message-ID is derived from the reply's idempotency key, so a retry after a lost
// acknowledgement carries the same id: the recipient's mail client and our own storage (which
// dedupes on Message-ID) see one message, not two.
import { createHash } from 'node:crypto';
import { createTransport } from 'nodemailer';
import type { ConnectorEnv, ReplyTarget, SentMessage } from '../connector.ts';
import { ConnectorError } from '../connector.ts';
import { smtpError } from './errors.ts';
import type { EmailCredentials, EmailSettings } from './settings.ts';
import { bareMessageId, replySubject, replyThreadingHeaders } from './threading.ts';

export const REPLY_ID_HEADER = 'X-Waymark-Reply-Id';

export function smtpTransport(credentials: EmailCredentials, settings: EmailSettings) {
  const smtp = settings.smtp;
  if (!smtp) {
    throw new ConnectorError('This mailbox has no SMTP server: it cannot send', 'no_smtp', false);
  }
  return createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    auth: { user: smtp.user, pass: credentials.smtpPassword ?? credentials.imapPassword },
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
    logger: false,
  });
}

export function smtpServerName(settings: EmailSettings): string {
  return settings.smtp ? `${settings.smtp.host}:${settings.smtp.port}` : 'none';
}

/** `<uuid@domain of our address>`, the uuid shaped from the idempotency key's digest. */
export function replyMessageId(idempotencyKey: string, ownAddress: string): string {
  const hex = createHash('sha256').update(`waymark-reply:${idempotencyKey}`).digest('hex');
  const uuid = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  const domain = ownAddress.slice(ownAddress.lastIndexOf('@') + 1).toLowerCase();
  return `<${uuid}@${domain}>`;
}

/** Who the reply goes to: the sender answered, else everyone in the thread but us. */
export function replyRecipients(target: ReplyTarget, ownAddress: string): string[] {
  const own = ownAddress.toLowerCase();
  const sender = target.replyTo?.from.toLowerCase();
  if (sender && sender !== own && sender.includes('@')) return [sender];
  const others = target.participants
    .map((handle) => handle.toLowerCase())
    .filter((handle) => handle !== own && handle.includes('@'));
  return [...new Set(others)];
}

export async function sendReply(
  env: ConnectorEnv<EmailCredentials, EmailSettings>,
  target: ReplyTarget,
  reply: { text: string; idempotencyKey: string },
): Promise<SentMessage> {
  const { settings } = env;
  const to = replyRecipients(target, settings.address);
  if (to.length === 0) {
    throw new ConnectorError('The conversation has nobody to reply to', 'no_recipient', false);
  }
  const parentHeaders = target.replyTo?.headers ?? {};
  // A parent stored without Message-ID has a content id (sha256:…): nothing to refer to.
  const parentMessageId =
    parentHeaders.messageId ??
    (target.replyTo && !target.replyTo.externalId.startsWith('sha256:')
      ? `<${target.replyTo.externalId}>`
      : undefined);
  const threading = replyThreadingHeaders({
    messageId: parentMessageId,
    inReplyTo: parentHeaders.inReplyTo,
    references: parentHeaders.references,
  });
  const subject = replySubject(target.replyTo?.subject ?? parentHeaders.subject ?? target.subject);
  const messageId = replyMessageId(reply.idempotencyKey, settings.address);

  const transport = smtpTransport(env.credentials, settings);
  try {
    await transport.sendMail({
      from: settings.address,
      to,
      subject,
      text: reply.text,
      messageId,
      ...(threading.inReplyTo ? { inReplyTo: threading.inReplyTo } : {}),
      ...(threading.references ? { references: threading.references } : {}),
      headers: { [REPLY_ID_HEADER]: reply.idempotencyKey },
    });
  } catch (error) {
    throw smtpError(error, smtpServerName(settings));
  } finally {
    transport.close();
  }
  const headers: Record<string, string> = { messageId, subject };
  if (threading.inReplyTo) headers.inReplyTo = threading.inReplyTo;
  if (threading.references) headers.references = threading.references;
  return { externalId: bareMessageId(messageId), sentAt: new Date().toISOString(), headers };
}
