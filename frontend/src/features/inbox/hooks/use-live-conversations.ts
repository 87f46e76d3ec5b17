// Keeps the workspace's `conversationUpdated` stream open while the inbox is shown, and calls
// back for each conversation that changed.
import { useLiveSubscription } from '../../../hooks/use-live-subscription.ts';
import { ConversationUpdatedDocument } from '../api/conversation-updated.ts';
import type { ConversationSummaryFieldsFragment } from '../../../gql/graphql.ts';

export function useLiveConversations(
  workspaceId: string,
  onUpdate: (conversation: ConversationSummaryFieldsFragment) => void,
) {
  return useLiveSubscription(ConversationUpdatedDocument, workspaceId, (data) =>
    onUpdate(data.conversationUpdated),
  );
}
