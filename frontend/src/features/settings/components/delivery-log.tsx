// The recent delivery log: each notification on each channel, and what became of it.
import { Badge, Stack, Table, Text } from '@chakra-ui/react';
import { EmptyHint, ErrorState, LoadingState } from '../../../components/page-states.tsx';
import type { NotificationChannel, NotificationDeliveryStatus } from '../../../gql/graphql.ts';
import { describeRequestError } from '../../../lib/api-errors.ts';
import { useNotificationDeliveries } from '../api/notification-deliveries.ts';

const CHANNELS: Record<NotificationChannel, string> = { IN_APP: 'In-app', EMAIL: 'Email' };

const STATUSES: Record<NotificationDeliveryStatus, { label: string; color: string }> = {
  SENT: { label: 'Sent', color: 'green' },
  SENDING: { label: 'Sending', color: 'blue' },
  DEFERRED: { label: 'Waiting', color: 'yellow' },
  SUPPRESSED: { label: 'Not sent', color: 'gray' },
  FAILED: { label: 'Failed', color: 'red' },
};

export function DeliveryLog() {
  const { data, error, refetch } = useNotificationDeliveries(20);
  if (error && !data) {
    return (
      <ErrorState
        title="The delivery log could not be loaded"
        message={describeRequestError(error)}
        onRetry={() => void refetch()}
      />
    );
  }
  if (!data) return <LoadingState label="Loading your delivery log…" />;
  if (data.notificationDeliveries.length === 0) {
    return (
      <EmptyHint
        title="Nothing delivered yet"
        description="Tips and reminders sent to you in the app or by email are listed here, with why any was held back."
      />
    );
  }
  const when = new Intl.DateTimeFormat(undefined, {
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });
  return (
    <Table.ScrollArea borderWidth="1px" borderRadius="md">
      <Table.Root size="sm" aria-label="Recent deliveries">
        <Table.Header>
          <Table.Row>
            <Table.ColumnHeader>When</Table.ColumnHeader>
            <Table.ColumnHeader>Channel</Table.ColumnHeader>
            <Table.ColumnHeader>About</Table.ColumnHeader>
            <Table.ColumnHeader>Status</Table.ColumnHeader>
            <Table.ColumnHeader textAlign="end">Attempts</Table.ColumnHeader>
            <Table.ColumnHeader>Detail</Table.ColumnHeader>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {data.notificationDeliveries.map((delivery) => {
            const status = STATUSES[delivery.status];
            return (
              <Table.Row key={delivery.id}>
                <Table.Cell whiteSpace="nowrap">
                  <time dateTime={delivery.createdAt}>
                    {when.format(new Date(delivery.createdAt))}
                  </time>
                </Table.Cell>
                <Table.Cell>{CHANNELS[delivery.channel]}</Table.Cell>
                <Table.Cell>{delivery.kind}</Table.Cell>
                <Table.Cell>
                  <Badge colorPalette={status.color}>{status.label}</Badge>
                </Table.Cell>
                <Table.Cell textAlign="end">{delivery.attempt}</Table.Cell>
                <Table.Cell minW="12rem">
                  <Text fontSize="sm" color="fg.muted">
                    {delivery.detail ?? '—'}
                  </Text>
                </Table.Cell>
              </Table.Row>
            );
          })}
        </Table.Body>
      </Table.Root>
    </Table.ScrollArea>
  );
}

export function DeliveryLogSection() {
  return (
    <Stack as="section" gap="3" aria-labelledby="delivery-log-heading">
      <Text as="h2" id="delivery-log-heading" fontSize="lg" fontWeight="semibold">
        Recent deliveries
      </Text>
      <DeliveryLog />
    </Stack>
  );
}
