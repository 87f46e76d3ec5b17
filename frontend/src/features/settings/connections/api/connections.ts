// The workspace's connections (Slack workspaces, Telegram bots, mailboxes) with their status.
import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { ConnectionFieldsFragment } from './connection-fields.ts';
import type { ConnectionsQuery, ConnectionsQueryVariables } from './connection-types.ts';

export const ConnectionsDocument: TypedDocumentNode<ConnectionsQuery, ConnectionsQueryVariables> =
  gql`
    query Connections($workspaceId: ID!) {
      connections(workspaceId: $workspaceId) {
        ...ConnectionFields
      }
    }
    ${ConnectionFieldsFragment}
  `;

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
