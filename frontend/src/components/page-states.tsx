// What a page shows while loading, when a request failed, and when there is nothing yet: each
// says what is going on and what to do next.
import { Alert, Box, Button, EmptyState, Spinner, Text, VStack } from '@chakra-ui/react';
import type { ReactNode } from 'react';

export function LoadingState({ label }: { label: string }) {
  return (
    <VStack py="16" gap="3" role="status" aria-live="polite">
      <Spinner size="lg" color="blue.500" />
      <Text color="fg.muted">{label}</Text>
    </VStack>
  );
}

export function ErrorState({
  title,
  message,
  onRetry,
}: {
  title: string;
  message: string;
  onRetry?: () => void;
}) {
  return (
    <Alert.Root status="error" my="4" alignItems="center">
      <Alert.Indicator />
      <Alert.Content>
        <Alert.Title>{title}</Alert.Title>
        <Alert.Description>{message}</Alert.Description>
      </Alert.Content>
      {onRetry && (
        <Button size="sm" variant="outline" onClick={onRetry}>
          Try again
        </Button>
      )}
    </Alert.Root>
  );
}

export function EmptyHint({
  title,
  description,
  action,
}: {
  title: string;
  description: ReactNode;
  action?: ReactNode;
}) {
  return (
    <EmptyState.Root size="sm" borderWidth="1px" borderStyle="dashed" borderRadius="lg" my="4">
      <EmptyState.Content>
        <VStack textAlign="center">
          <EmptyState.Title>{title}</EmptyState.Title>
          <EmptyState.Description>{description}</EmptyState.Description>
        </VStack>
        {action && <Box>{action}</Box>}
      </EmptyState.Content>
    </EmptyState.Root>
  );
}
