// Live inbox updates: whoever changes a conversation (ingestion storing a message, delivery
// moving a reply's status, a user's reply) announces it inside its transaction; every process
// serving subscriptions hears it once it commits and hands it to the workspace's subscribers,
// who read the conversation back as themselves (RLS keeps private ones private).
import type { PubSub } from 'graphql-yoga';
import { createPubSub } from 'graphql-yoga';
import { z } from 'zod';
import { listenForLiveMessages, sendLiveMessage } from '../db/live-messages.ts';
import type { Db, Tx } from '../db/port.ts';

const CHANNEL = 'conversations_updated';

const ConversationUpdated = z.object({ workspaceId: z.uuid(), conversationId: z.uuid() });
export type ConversationUpdated = z.infer<typeof ConversationUpdated>;

type UpdatesPubSub = PubSub<{ updated: [workspaceId: string, update: ConversationUpdated] }>;

/** One local pub/sub per Db, living as long as the Db (see lib/notifier/live-notifications.ts). */
const pubSubs = new WeakMap<Db, Promise<UpdatesPubSub>>();

/** Tells the workspace's open inboxes, once tx commits, that the conversation changed. */
export function notifyConversationUpdated(
  tx: Tx,
  workspaceId: string,
  conversationId: string,
): Promise<void> {
  return sendLiveMessage(tx, CHANNEL, { workspaceId, conversationId });
}

/** The workspace's conversation updates from now on, whichever process makes them. */
export async function subscribeToConversationUpdates(
  db: Db,
  workspaceId: string,
): Promise<AsyncIterable<ConversationUpdated>> {
  return (await pubSubOf(db)).subscribe('updated', workspaceId);
}

function pubSubOf(db: Db): Promise<UpdatesPubSub> {
  let pubSub = pubSubs.get(db);
  if (!pubSub) {
    pubSub = listenOn(db);
    pubSubs.set(db, pubSub);
    pubSub.catch(() => pubSubs.delete(db));
  }
  return pubSub;
}

async function listenOn(db: Db): Promise<UpdatesPubSub> {
  const pubSub: UpdatesPubSub = createPubSub();
  await listenForLiveMessages(db, CHANNEL, (message) => {
    const update = ConversationUpdated.parse(message);
    pubSub.publish('updated', update.workspaceId, update);
  });
  return pubSub;
}
