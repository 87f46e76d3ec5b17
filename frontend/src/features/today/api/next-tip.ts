// The tip Today shows: the user's newest open tip, read without deciding one (null when none is
// open). Asking for a decision is requestNextTip's (request-next-tip.ts).
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql/gql.ts';

export const CurrentTipFieldsFragment = graphql(`
  fragment CurrentTipFields on Tip {
    id
    kind
    title
    detail
    entityType
    entityId
    status
    policy
    createdAt
  }
`);

export const NextTipDocument = graphql(`
  query NextTip($workspaceId: ID!) {
    nextTip(workspaceId: $workspaceId) {
      ...CurrentTipFields
    }
  }
`);

export function useNextTip(workspaceId: string) {
  return useQuery(NextTipDocument, {
    variables: { workspaceId },
    // A cached tip may have been answered elsewhere since.
    fetchPolicy: 'network-only',
    notifyOnNetworkStatusChange: false,
  });
}
