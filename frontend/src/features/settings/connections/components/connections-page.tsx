// Settings → Connections: the channels the workspace's messages come from (Slack workspaces,
// Telegram bots, mailboxes). Everyone sees their status; admins connect, test, sync, rotate
// credentials, delete and replay dead letters.
import { Heading, HStack, Link, Stack, Text } from '@chakra-ui/react';
import { useEffect } from 'react';
import { Link as RouterLink } from 'react-router';
import { EmptyHint, ErrorState, LoadingState } from '../../../../components/page-states.tsx';
import { canManageMembers, useWorkspace } from '../../../../hooks/use-workspace.ts';
import { describeRequestError } from '../../../../lib/api-errors.ts';
import type { ConnectionKind } from '../../../../gql/graphql.ts';
import { useConnections } from '../api/connections.ts';
import { ConnectDialog } from './connect-dialog.tsx';
import { ConnectionCard } from './connection-card.tsx';

const KINDS: readonly ConnectionKind[] = ['SLACK', 'TELEGRAM', 'EMAIL'];

export function ConnectionsPage() {
  const workspace = useWorkspace();
  // Admins and owners manage connections (lib/workspaces/roles.ts canManageWorkspace).
  const canManage = canManageMembers(workspace.role);
  const { data, error, refetch, syncing, startPolling, stopPolling, pollMs } = useConnections(
    workspace.id,
  );

  useEffect(() => {
    if (!syncing) return;
    startPolling(pollMs);
    return () => stopPolling();
  }, [syncing, startPolling, stopPolling, pollMs]);

  let body;
  if (error && !data) {
    body = (
      <ErrorState
        title="The connections could not be loaded"
        message={describeRequestError(error)}
        onRetry={() => void refetch()}
      />
    );
  } else if (!data) {
    body = <LoadingState label="Loading connections…" />;
  } else if (data.connections.length === 0) {
    body = (
      <EmptyHint
        title="No channels connected"
        description={
          canManage
            ? 'Connect a Slack workspace, a Telegram bot or a mailbox: their conversations appear in the Inbox.'
            : 'An admin of this workspace connects Slack, Telegram or a mailbox; their conversations then appear in the Inbox.'
        }
      />
    );
  } else {
    body = (
      <Stack as="ul" listStyleType="none" gap="3" aria-label="Connections">
        {data.connections.map((connection) => (
          <ConnectionCard key={connection.id} connection={connection} canManage={canManage} />
        ))}
      </Stack>
    );
  }

  return (
    <Stack gap="6" maxW="4xl">
      <Stack gap="0">
        <Text fontSize="sm">
          <Link asChild color="blue.700">
            <RouterLink to="/settings">Settings</RouterLink>
          </Link>{' '}
          /
        </Text>
        <Heading as="h1" size="xl">
          Connections
        </Heading>
        <Text color="fg.muted" fontSize="sm">
          Where {workspace.name}’s conversations come from.
        </Text>
      </Stack>
      {canManage ? (
        <HStack gap="2" flexWrap="wrap">
          {KINDS.map((kind) => (
            <ConnectDialog key={kind} workspaceId={workspace.id} kind={kind} />
          ))}
        </HStack>
      ) : (
        <Text fontSize="sm" color="fg.muted">
          Only the workspace’s admins and owners manage connections.
        </Text>
      )}
      {body}
    </Stack>
  );
}
