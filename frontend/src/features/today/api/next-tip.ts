// The tip Today shows: the user's newest open tip, or one decided on the spot; null when nothing
// is worth suggesting.
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql/gql.ts';

export const NextTipDocument = graphql(`
  query NextTip($workspaceId: ID!) {
    nextTip(workspaceId: $workspaceId) {
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
  }
`);

export function useNextTip(workspaceId: string) {
  return useQuery(NextTipDocument, {
    variables: { workspaceId },
    // A cached tip may have been answered elsewhere since; asking is also what decides a new one.
    fetchPolicy: 'network-only',
    notifyOnNetworkStatusChange: false,
  });
}
