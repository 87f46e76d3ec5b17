// The SMTP side of email notifications: one message sent through nodemailer, and error text made
// safe to store (SMTP_URL may carry a password).
import { createHash } from 'node:crypto';
import { createTransport } from 'nodemailer';

/** From SMTP_URL and SMTP_FROM (lib/config.ts). */
export interface SmtpSettings {
  /** smtp:// or smtps:// URL, credentials included when the server needs them. */
  url: string;
  /** The From header, e.g. 'Waymark <no-reply@waymark.local>'. */
  from: string;
}

export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
  /** Same notification, same id: lets mail software drop the duplicate of a resend. */
  dedupeKey: string;
}

/**
 * Sends one message. Timeouts are short so a server that accepts the connection and then stalls
 * fails the attempt well inside the sending lease (see email.ts) instead of hanging the step.
 */
export async function sendThroughSmtp(smtp: SmtpSettings, email: OutgoingEmail): Promise<void> {
  const transport = createTransport({
    url: smtp.url,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  try {
    const domain = /@([^>\s]+)>?\s*$/.exec(smtp.from)?.[1] ?? 'waymark.local';
    await transport.sendMail({
      from: smtp.from,
      to: email.to,
      subject: email.subject,
      text: email.text,
      messageId: `<${createHash('sha256').update(email.dedupeKey).digest('hex').slice(0, 32)}@${domain}>`,
      // RFC 3834: sent by a program, so vacation responders stay quiet.
      headers: { 'Auto-Submitted': 'auto-generated' },
    });
  } finally {
    transport.close();
  }
}

const REDACTED = '[redacted]';

/**
 * The text with the SMTP password removed: wherever the URL's password appears (as written or
 * percent-decoded), and the password of any URL with credentials in it.
 */
export function withoutSmtpSecrets(text: string, smtpUrl: string): string {
  let safe = text.replace(/(\b[a-z][a-z0-9+.-]*:\/\/[^\s:/@]*:)[^\s@/]*@/gi, `$1${REDACTED}@`);
  for (const secret of passwordForms(smtpUrl)) safe = safe.split(secret).join(REDACTED);
  return safe;
}

function passwordForms(smtpUrl: string): string[] {
  let password: string;
  try {
    password = new URL(smtpUrl).password;
  } catch {
    return [];
  }
  if (!password) return [];
  try {
    return [...new Set([password, decodeURIComponent(password)])];
  } catch {
    return [password];
  }
}
