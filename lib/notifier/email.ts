// Email delivery in two steps, so a durable function can sleep in between: planEmail decides
// (send now, wait for quiet hours to end, or not at all) and sendEmail sends, once per dedupe key
// however often a retried step calls it. Every decision and attempt is in the delivery log.
import type { Db, Tx } from '../db/port.ts';
import { findUserEmail } from '../auth/service.ts';
import { isMember } from '../workspaces/service.ts';
import { type CheckedNotification, checkNotification, type Notification } from './notification.ts';
import { quietHoursEnd } from './quiet-hours.ts';
import { preferencesOf } from './service.ts';
import { sendThroughSmtp, type SmtpSettings, withoutSmtpSecrets } from './smtp.ts';
import * as sql from './sql.ts';
import { localDayBounds } from './zoned-time.ts';

export type EmailSkipReason =
  | 'no-smtp'
  | 'not-a-member'
  | 'email-off'
  | 'no-address'
  | 'daily-cap'
  | 'already-sent'
  | 'already-suppressed'
  | 'sending';

export type EmailPlan =
  | { action: 'send' }
  | { action: 'defer'; until: Date }
  | { action: 'skip'; reason: EmailSkipReason };

/**
 * Longer than any one attempt can take (sendThroughSmtp's timeouts): an email still 'sending'
 * after it was left by a sender that crashed, and another may claim it.
 */
const SENDING_LEASE_SECONDS = 5 * 60;

const MAX_DETAIL_LENGTH = 1_000;

/**
 * Decides what to do with the email now, in a service transaction, and logs 'deferred' or
 * 'suppressed' decisions. After a defer, sleep until `until` and plan again: the cap counts the
 * day the email actually goes out. An email already sent, suppressed or being sent is skipped
 * and its log row left as it is.
 */
export async function planEmail(
  tx: Tx,
  notification: Notification,
  now: Date,
  smtp: SmtpSettings | undefined,
): Promise<EmailPlan> {
  const n = checkNotification(notification);
  const existing = await sql.selectDelivery(tx, 'email', n.dedupeKey);
  if (existing?.status === 'sent') return { action: 'skip', reason: 'already-sent' };
  if (existing?.status === 'suppressed') return { action: 'skip', reason: 'already-suppressed' };
  if (existing?.status === 'sending') return { action: 'skip', reason: 'sending' };

  const prefs = await preferencesOf(tx, n.userId);
  const refusal = await whyNoEmail(tx, n, prefs, smtp);
  if (refusal) return suppress(tx, n, refusal.reason, refusal.detail);

  const until = quietHoursEnd(prefs, now);
  if (until) {
    await sql.recordEmailDecision(tx, n, 'deferred', `quiet hours until ${until.toISOString()}`);
    return { action: 'defer', until };
  }

  const today = localDayBounds(now, prefs.timeZone);
  const sentToday = await sql.countEmailsBetween(tx, n.userId, today.start, today.end);
  if (sentToday >= prefs.dailyEmailCap) {
    const detail = `daily cap of ${prefs.dailyEmailCap} emails reached in ${prefs.timeZone}`;
    return suppress(tx, n, 'daily-cap', detail);
  }
  return { action: 'send' };
}

async function whyNoEmail(
  tx: Tx,
  n: CheckedNotification,
  prefs: sql.NotificationPreferences,
  smtp: SmtpSettings | undefined,
): Promise<{ reason: EmailSkipReason; detail: string } | null> {
  if (!smtp) return { reason: 'no-smtp', detail: 'no SMTP server is configured' };
  if (!(await isMember({ tx, userId: n.userId }, n.workspaceId, n.userId))) {
    return { reason: 'not-a-member', detail: 'not a member of the workspace' };
  }
  if (!prefs.email) return { reason: 'email-off', detail: 'email notifications are off' };
  if (!(await findUserEmail(tx, n.userId))) {
    return { reason: 'no-address', detail: 'no email address' };
  }
  return null;
}

async function suppress(
  tx: Tx,
  n: CheckedNotification,
  reason: EmailSkipReason,
  detail: string,
): Promise<EmailPlan> {
  await sql.recordEmailDecision(tx, n, 'suppressed', detail);
  return { action: 'skip', reason };
}

/** The SMTP attempt failed; its message has the SMTP credentials removed. */
export class EmailSendError extends Error {
  override name = 'EmailSendError';
}

/** Another sender holds the email (its lease has not run out): try again later. */
export class EmailInFlightError extends Error {
  override name = 'EmailInFlightError';
}

export type EmailSendResult = 'sent' | 'already-sent' | 'suppressed';

/**
 * Sends the email to the person's address: claims it ('sending', attempt + 1) in one service
 * transaction, sends with no transaction open, then marks it 'sent'. A failed send is marked
 * 'failed' and thrown as an EmailSendError, so a retried step tries again; an email already sent
 * is not sent again. At least once, not exactly once: a crash between the server accepting the
 * message and 'sent' being recorded sends it again once the lease runs out (with the same
 * Message-ID).
 */
export async function sendEmail(
  db: Db,
  notification: Notification,
  smtp: SmtpSettings,
): Promise<EmailSendResult> {
  const n = checkNotification(notification);
  const claim = await db.asService(async (tx) => {
    const claimed = await sql.claimEmail(tx, n, SENDING_LEASE_SECONDS);
    if (!claimed) return { heldAs: (await sql.selectDelivery(tx, 'email', n.dedupeKey))!.status };
    const to = await findUserEmail(tx, n.userId);
    if (!to) {
      await sql.finishEmail(tx, claimed, { status: 'suppressed', detail: 'no email address' });
      return { heldAs: 'suppressed' as const };
    }
    return { claimed, to };
  });
  if ('heldAs' in claim) {
    if (claim.heldAs === 'sent') return 'already-sent';
    if (claim.heldAs === 'suppressed') return 'suppressed';
    throw new EmailInFlightError(`email ${n.dedupeKey} is being sent by another attempt`);
  }

  try {
    await sendThroughSmtp(smtp, {
      to: claim.to,
      subject: n.title,
      text: n.url ? `${n.body}\n\n${n.url}` : n.body,
      dedupeKey: n.dedupeKey,
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const detail = withoutSmtpSecrets(message, smtp.url).slice(0, MAX_DETAIL_LENGTH);
    await db.asService((tx) => sql.finishEmail(tx, claim.claimed, { status: 'failed', detail }));
    // A new error, not the original: its cause and fields could carry the credentials, and a
    // durable executor stores what a step throws where workspace members can read it.
    throw new EmailSendError(`sending the email failed: ${detail}`);
  }
  await db.asService((tx) => sql.finishEmail(tx, claim.claimed, { status: 'sent', detail: null }));
  return 'sent';
}
