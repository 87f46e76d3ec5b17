// One connection: its kind, name and status, when it last synced and what last went wrong, where
// the platform should send events, and for admins the actions (test, sync now, new credentials,
// delete) and the dead letters.
import { Alert, Badge, Box, Button, Code, HStack, Stack, Text } from '@chakra-ui/react';
import { useState } from 'react';
import { ConfirmButton } from '../../../../components/confirm-button.tsx';
import { toaster } from '../../../../components/toaster.tsx';
import type { ConnectionFieldsFragment } from '../../../../gql/graphql.ts';
import { useDeleteConnection } from '../api/delete-connection.ts';
import { useSyncConnection } from '../api/sync-connection.ts';
import { useTestConnection } from '../api/test-connection.ts';
import { CONNECTION_KINDS } from '../connection-kinds.ts';
import {
  describeSettings,
  formatDateTime,
  STATUS_COLORS,
  STATUS_LABELS,
} from '../connection-words.ts';
import { DeadLettersList } from './dead-letters-list.tsx';
import { UpdateCredentialsDialog } from './update-credentials-dialog.tsx';

export function ConnectionCard({
  connection,
  canManage,
}: {
  connection: ConnectionFieldsFragment;
  canManage: boolean;
}) {
  const kind = CONNECTION_KINDS[connection.kind];
  const [showDeadLetters, setShowDeadLetters] = useState(false);
  const settings = describeSettings(connection.settings);
  return (
    <Box
      as="li"
      borderWidth="1px"
      borderRadius="md"
      p="4"
      bg="bg"
      data-testid="connection"
      aria-label={`${kind.label}: ${connection.name}`}
    >
      <Stack gap="2">
        <HStack justify="space-between" gap="2" flexWrap="wrap">
          <HStack gap="2">
            <Badge variant="outline">{kind.label}</Badge>
            <Text fontWeight="semibold">{connection.name}</Text>
            {connection.private && (
              <Badge size="sm" colorPalette="purple">
                Private
              </Badge>
            )}
          </HStack>
          <Badge colorPalette={STATUS_COLORS[connection.status]} data-testid="connection-status">
            {STATUS_LABELS[connection.status]}
          </Badge>
        </HStack>
        <Text fontSize="sm" color="fg.muted">
          {connection.lastSyncAt
            ? `Last sync ${formatDateTime(connection.lastSyncAt)}`
            : 'Not synced yet'}
          {connection.credentialsHint && ` · Credentials ${connection.credentialsHint}`}
        </Text>
        {settings.length > 0 && (
          <Text fontSize="xs" color="fg.muted">
            {settings.join(' · ')}
          </Text>
        )}
        {connection.lastError && (
          <Alert.Root status="error" size="sm">
            <Alert.Indicator />
            <Alert.Content>
              <Alert.Title>{connection.lastError}</Alert.Title>
              {connection.lastErrorAt && (
                <Alert.Description>{formatDateTime(connection.lastErrorAt)}</Alert.Description>
              )}
            </Alert.Content>
          </Alert.Root>
        )}
        {connection.webhookUrl && <WebhookUrl url={connection.webhookUrl} />}
        {canManage && (
          <>
            <ConnectionActions connection={connection} />
            <Box>
              <Button
                size="xs"
                variant="ghost"
                aria-expanded={showDeadLetters}
                onClick={() => setShowDeadLetters((shown) => !shown)}
              >
                {showDeadLetters ? 'Hide dead letters' : 'Show dead letters'}
              </Button>
              {showDeadLetters && <DeadLettersList connectionId={connection.id} />}
            </Box>
          </>
        )}
      </Stack>
    </Box>
  );
}

function WebhookUrl({ url }: { url: string }) {
  const [copied, setCopied] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      toaster.create({ type: 'error', title: 'Could not copy: select the address and copy it.' });
    }
  }
  return (
    <HStack gap="2" fontSize="sm" flexWrap="wrap">
      <Text>Webhook URL</Text>
      <Code size="sm" data-testid="webhook-url" wordBreak="break-all">
        {url}
      </Code>
      <Button size="xs" variant="outline" onClick={() => void copy()}>
        {copied ? 'Copied' : 'Copy'}
      </Button>
    </HStack>
  );
}

function ConnectionActions({ connection }: { connection: ConnectionFieldsFragment }) {
  const test = useTestConnection();
  const sync = useSyncConnection();
  const remove = useDeleteConnection();

  async function runTest() {
    const outcome = await test.testConnection(connection.id);
    toaster.create(
      outcome.ok
        ? {
            type: 'success',
            title: `${connection.name} works`,
            description: `Connected as ${outcome.value.accountName}.`,
          }
        : {
            type: 'error',
            title: `${connection.name} failed the test`,
            description: outcome.message,
          },
    );
  }

  async function runSync() {
    const outcome = await sync.syncConnection(connection.id);
    toaster.create(
      outcome.ok
        ? { type: 'success', title: `${connection.name}: sync started` }
        : {
            type: 'error',
            title: `${connection.name} could not sync`,
            description: outcome.message,
          },
    );
  }

  return (
    <HStack gap="2" flexWrap="wrap">
      <Button size="xs" variant="outline" loading={test.busy} onClick={() => void runTest()}>
        Test
      </Button>
      <Button
        size="xs"
        variant="outline"
        loading={sync.busy}
        disabled={connection.status === 'DISABLED'}
        onClick={() => void runSync()}
      >
        Sync now
      </Button>
      <UpdateCredentialsDialog connection={connection} />
      <ConfirmButton
        label="Delete"
        title={`Delete ${connection.name}?`}
        description="Its conversations stay in the inbox, but nothing new arrives from it and replies to them cannot be sent."
        confirmLabel="Delete connection"
        keepLabel="Keep it"
        colorPalette="red"
        size="xs"
        busy={remove.busy}
        onConfirm={async () => {
          const outcome = await remove.deleteConnection(connection.id);
          return outcome.ok ? undefined : outcome.message;
        }}
      />
    </HStack>
  );
}
