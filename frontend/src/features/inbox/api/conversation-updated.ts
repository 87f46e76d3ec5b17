// Live inbox: `conversationUpdated` streams every conversation of the workspace in which a message
// arrived or a reply's status changed, over the same SSE transport as Today's tips.
import { graphql } from '../../../gql/gql.ts';

export const ConversationUpdatedDocument = graphql(`
  subscription ConversationUpdated($workspaceId: ID!) {
    conversationUpdated(workspaceId: $workspaceId) {
      ...ConversationSummaryFields
    }
  }
`);
