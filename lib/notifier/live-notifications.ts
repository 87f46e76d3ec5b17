// In-app notifications reach the person's open sessions in every server process: the delivery's
// own transaction sends each one as a live message, and each process serving subscriptions
// listens once per Db and hands it to its local subscribers. The publishing process hears its
// own message through the same LISTEN, so every subscriber receives it exactly once.
import type { PubSub } from 'graphql-yoga';
import { createPubSub } from 'graphql-yoga';
import { z } from 'zod';
import { listenForLiveMessages, sendLiveMessage } from '../db/live-messages.ts';
import type { Db, Tx } from '../db/port.ts';
import type { InAppNotification } from './in-app.ts';

const CHANNEL = 'notifier_in_app';

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

type NotificationsPubSub = PubSub<{
  notification: [userId: string, notification: InAppNotification];
}>;

/**
 * One local pub/sub per Db, so whoever holds the Db (a request's context, automation's
 * dependencies) reaches the same listener without a process-wide singleton; it lives as long as
 * the Db does (its close ends the LISTEN connection).
 */
const pubSubs = new WeakMap<Db, Promise<NotificationsPubSub>>();

/** Sends the notification to its person's sessions everywhere once tx commits. */
export function announceInAppNotification(tx: Tx, notification: InAppNotification): Promise<void> {
  return sendLiveMessage(tx, CHANNEL, notification);
}

/**
 * The person's in-app notifications from now on, whichever process delivers them. Resolves once
 * this process listens, so a notification delivered after that is not missed.
 */
export async function subscribeToNotifications(
  db: Db,
  userId: string,
): Promise<AsyncIterable<InAppNotification>> {
  return (await pubSubOf(db)).subscribe('notification', userId);
}

function pubSubOf(db: Db): Promise<NotificationsPubSub> {
  let pubSub = pubSubs.get(db);
  if (!pubSub) {
    pubSub = listenOn(db);
    pubSubs.set(db, pubSub);
    // A failed LISTEN (the database was down) is tried again by the next subscriber.
    pubSub.catch(() => pubSubs.delete(db));
  }
  return pubSub;
}

async function listenOn(db: Db): Promise<NotificationsPubSub> {
  const pubSub: NotificationsPubSub = createPubSub();
  await listenForLiveMessages(db, CHANNEL, (message) => {
    const notification = InAppNotificationMessage.parse(message);
    pubSub.publish('notification', notification.userId, notification);
  });
  return pubSub;
}
