// Live inbox updates: whoever changes a conversation (ingestion storing a message, delivery
// moving a reply's status, a user's reply) announces it inside its transaction; every process
// serving subscriptions hears it once it commits and hands it to the workspace's subscribers,
// who read the conversation back as themselves (RLS keeps private ones private).
import { z } from 'zod';
import { livePubSub } from '../db/live-messages.ts';
import type { Db, Tx } from '../db/port.ts';

const ConversationUpdated = z.object({ workspaceId: z.uuid(), conversationId: z.uuid() });
export type ConversationUpdated = z.infer<typeof ConversationUpdated>;

const updates = livePubSub(
  'conversations_updated',
  ConversationUpdated,
  (update) => update.workspaceId,
);

/** Tells the workspace's open inboxes, once tx commits, that the conversation changed. */
export function notifyConversationUpdated(
  tx: Tx,
  workspaceId: string,
  conversationId: string,
): Promise<void> {
  return updates.send(tx, { workspaceId, conversationId });
}

/** The workspace's conversation updates from now on, whichever process makes them. */
export function subscribeToConversationUpdates(
  db: Db,
  workspaceId: string,
): Promise<AsyncIterable<ConversationUpdated>> {
  return updates.subscribe(db, workspaceId);
}
