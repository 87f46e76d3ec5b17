// In-app delivery: at once, no quiet hours, no cap. The log row makes it once per dedupe key;
// the pub/sub carries it to the person's open sessions (a GraphQL subscription reads it).
import { createPubSub } from 'graphql-yoga';
import type { Db, Tx } from '../db/port.ts';
import { isMember } from '../workspaces/service.ts';
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
 * In this process only: a subscriber connected to another server process (or a worker that
 * delivers) does not hear it. Topic 'notification', routed by user id.
 */
export const notificationsPubSub = createPubSub<{
  notification: [userId: string, notification: InAppNotification];
}>();

/** The person's in-app notifications from now on, as they are delivered. */
export function subscribeToNotifications(userId: string): AsyncIterable<InAppNotification> {
  return notificationsPubSub.subscribe('notification', userId);
}

/**
 * Delivers in-app: true when it was delivered now; false when the dedupe key was already
 * delivered (or suppressed), or the person turned in-app off or is no longer in the workspace
 * (then the log says 'suppressed'). Published once the log row is committed, outside the
 * transaction: subscribers read the delivered record back with their own transactions (on
 * PGlite's single connection they could not while this one is open).
 */
export async function deliverInApp(db: Db, notification: Notification): Promise<boolean> {
  const n = checkNotification(notification);
  const row = await db.asService(async (tx) => {
    const suppressedBecause = await whyNotInApp(tx, n);
    const inserted = await sql.insertDelivery(tx, n, {
      channel: 'in_app',
      status: suppressedBecause ? 'suppressed' : 'sent',
      detail: suppressedBecause,
      attempt: suppressedBecause ? 0 : 1,
    });
    return suppressedBecause ? null : inserted;
  });
  if (!row) return false;
  notificationsPubSub.publish('notification', n.userId, {
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
}

async function whyNotInApp(tx: Tx, n: CheckedNotification): Promise<string | null> {
  if (!(await isMember({ tx, userId: n.userId }, n.workspaceId, n.userId))) {
    return 'not a member of the workspace';
  }
  if (!(await preferencesOf(tx, n.userId)).inApp) return 'in-app notifications are off';
  return null;
}
