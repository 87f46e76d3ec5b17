// In-app delivery: at once, no quiet hours, no cap. The log row makes it once per dedupe key;
// a live message carries it to the person's open sessions in every server process (a GraphQL
// subscription reads it; see live-notifications.ts).
import type { Db, Tx } from '../db/port.ts';
import { isMember } from '../workspaces/service.ts';
import { announceInAppNotification } from './live-notifications.ts';
import { type CheckedNotification, checkNotification, type Notification } from './notification.ts';
import { preferencesOf } from './service.ts';
import * as sql from './sql.ts';

/** What an open session receives. */
export interface InAppNotification {
  /** The in-app delivery's id in the log. */
  id: string;
  workspaceId: string;
  userId: string;
  dedupeKey: string;
  kind: string;
  title: string;
  body: string;
  url: string | null;
  payload: unknown;
  createdAt: Date;
}

/**
 * Delivers in-app: true when it was delivered now; false when the dedupe key was already
 * delivered (or suppressed), or the person turned in-app off or is no longer in the workspace
 * (then the log says 'suppressed'). Announced from inside the delivery's transaction: Postgres
 * sends it at commit, so a delivery that rolls back is never announced, and subscribers (which
 * read the delivered record back with transactions of their own) hear it only once it is there.
 */
export async function deliverInApp(db: Db, notification: Notification): Promise<boolean> {
  const n = checkNotification(notification);
  return db.asService(async (tx) => {
    const suppressedBecause = await whyNotInApp(tx, n);
    const row = await sql.insertDelivery(tx, n, {
      channel: 'in_app',
      status: suppressedBecause ? 'suppressed' : 'sent',
      detail: suppressedBecause,
      attempt: suppressedBecause ? 0 : 1,
    });
    if (suppressedBecause || !row) return false;
    await announceInAppNotification(tx, {
      id: row.id,
      workspaceId: n.workspaceId,
      userId: n.userId,
      dedupeKey: n.dedupeKey,
      kind: n.kind,
      title: n.title,
      body: n.body,
      url: n.url ?? null,
      payload: n.payload ?? null,
      createdAt: row.createdAt,
    });
    return true;
  });
}

async function whyNotInApp(tx: Tx, n: CheckedNotification): Promise<string | null> {
  if (!(await isMember({ tx, userId: n.userId }, n.workspaceId, n.userId))) {
    return 'not a member of the workspace';
  }
  if (!(await preferencesOf(tx, n.userId)).inApp) return 'in-app notifications are off';
  return null;
}
