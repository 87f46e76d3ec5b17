// Live tips: `tipAdded` streams the user's new and resurfaced tips in this workspace, over the
// SSE transport of lib/graphql-event-stream.ts (see hooks/use-live-tips.ts).
import { graphql } from '../../../gql/gql.ts';

export const TipAddedDocument = graphql(`
  subscription TipAdded($workspaceId: ID!) {
    tipAdded(workspaceId: $workspaceId) {
      id
      title
      status
    }
  }
`);

export interface AddedTip {
  id: string;
  title: string;
}
