// The workspace's connections (Slack workspaces, Telegram bots, mailboxes) with their status.
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../../gql/gql.ts';

export const ConnectionsDocument = graphql(`
  query Connections($workspaceId: ID!) {
    connections(workspaceId: $workspaceId) {
      ...ConnectionFields
    }
  }
`);

/** A connection that is syncing changes on its own: the page asks again while one is. */
const SYNCING_POLL_MS = 5_000;

export function useConnections(workspaceId: string) {
  const result = useQuery(ConnectionsDocument, {
    variables: { workspaceId },
    fetchPolicy: 'cache-and-network',
  });
  const syncing = result.data?.connections.some((c) => c.status === 'SYNCING') ?? false;
  const { startPolling, stopPolling } = result;
  return { ...result, syncing, startPolling, stopPolling, pollMs: SYNCING_POLL_MS };
}
