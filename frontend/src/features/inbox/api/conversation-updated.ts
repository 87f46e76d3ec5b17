// Live inbox: `conversationUpdated` streams every conversation of the workspace in which a message
// arrived or a reply's status changed, over the same SSE transport as Today's tips.
import { gql, type TypedDocumentNode } from '@apollo/client';
import type { ConversationUpdatedSubscription } from './inbox-types.ts';

export const ConversationUpdatedDocument: TypedDocumentNode<
  ConversationUpdatedSubscription,
  { workspaceId: string }
> = gql`
  subscription ConversationUpdated($workspaceId: ID!) {
    conversationUpdated(workspaceId: $workspaceId) {
      id
      channel
      subject
      preview
      unread
      lastMessageAt
      messageCount
      status
      person {
        id
        name
      }
      organization {
        id
        name
      }
      assigneeId
      participants {
        handle
        name
      }
    }
  }
`;
