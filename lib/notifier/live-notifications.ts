// In-app notifications reach the person's open sessions in every server process: the delivery's
// own transaction sends each one as a live message, routed to the person it is for (see
// lib/db/live-messages.ts for how each process listens and hands it on exactly once).
import { z } from 'zod';
import { livePubSub } from '../db/live-messages.ts';
import type { Db, Tx } from '../db/port.ts';
import type { InAppNotification } from './in-app.ts';

/**
 * The whole notification travels in the message (split into frames when large): the delivery
 * log keeps no title, body or payload to read back, and a subscriber needs no query to route it.
 */
const InAppNotificationMessage = z.object({
  id: z.uuid(),
  workspaceId: z.uuid(),
  userId: z.uuid(),
  dedupeKey: z.string(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  url: z.string().nullable(),
  payload: z.json(),
  createdAt: z.coerce.date(),
}) satisfies z.ZodType<InAppNotification, unknown>;

const notifications = livePubSub<InAppNotification>(
  'notifier_in_app',
  InAppNotificationMessage,
  (notification) => notification.userId,
);

/** Sends the notification to its person's sessions everywhere once tx commits. */
export function announceInAppNotification(tx: Tx, notification: InAppNotification): Promise<void> {
  return notifications.send(tx, notification);
}

/**
 * The person's in-app notifications from now on, whichever process delivers them. Resolves once
 * this process listens, so a notification delivered after that is not missed.
 */
export function subscribeToNotifications(
  db: Db,
  userId: string,
): Promise<AsyncIterable<InAppNotification>> {
  return notifications.subscribe(db, userId);
}
