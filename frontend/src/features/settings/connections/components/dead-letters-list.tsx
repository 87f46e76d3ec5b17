// What a connection could not ingest, newest first, each with its error and a Replay button that
// runs it through ingestion again. Admins only: the API gives others an empty list.
import { Alert, Badge, Box, Button, Code, HStack, Stack, Text } from '@chakra-ui/react';
import { useState } from 'react';
import { ErrorState, LoadingState } from '../../../../components/page-states.tsx';
import { describeRequestError } from '../../../../lib/api-errors.ts';
import { formatDateTime } from '../connection-words.ts';
import type { DeadLetterFieldsFragment } from '../../../../gql/graphql.ts';
import { useConnectionDeadLetters, useReplayDeadLetter } from '../api/dead-letters.ts';

export function DeadLettersList({ connectionId }: { connectionId: string }) {
  const { data, error, refetch } = useConnectionDeadLetters(connectionId);
  if (error && !data) {
    return (
      <ErrorState
        title="The dead letters could not be loaded"
        message={describeRequestError(error)}
        onRetry={() => void refetch()}
      />
    );
  }
  if (!data) return <LoadingState label="Loading dead letters…" />;
  const letters = data.connection?.deadLetters.edges.map((edge) => edge.node) ?? [];
  if (letters.length === 0) {
    return (
      <Text fontSize="sm" color="fg.muted">
        No dead letters: everything this connection received was stored.
      </Text>
    );
  }
  return (
    <Stack as="ul" listStyleType="none" gap="2" aria-label="Dead letters">
      {letters.map((letter) => (
        <DeadLetterRow key={letter.id} letter={letter} />
      ))}
    </Stack>
  );
}

function DeadLetterRow({ letter }: { letter: DeadLetterFieldsFragment }) {
  const { replayDeadLetter, replaying } = useReplayDeadLetter();
  const [error, setError] = useState<string>();
  const [replayed, setReplayed] = useState(false);

  async function replay() {
    setError(undefined);
    const outcome = await replayDeadLetter(letter.id);
    if (outcome.ok) setReplayed(true);
    else setError(outcome.message);
  }

  return (
    <Box as="li" borderWidth="1px" borderRadius="md" p="2" data-testid="dead-letter">
      <Stack gap="1">
        <HStack justify="space-between" gap="2" flexWrap="wrap">
          <HStack gap="2">
            <Code size="sm">{letter.source}</Code>
            {letter.externalId && (
              <Text fontSize="xs" color="fg.muted">
                {letter.externalId}
              </Text>
            )}
            {letter.resolvedAt && (
              <Badge colorPalette="green" size="sm">
                Resolved
              </Badge>
            )}
          </HStack>
          <Button
            size="xs"
            variant="outline"
            loading={replaying}
            disabled={Boolean(letter.resolvedAt)}
            onClick={() => void replay()}
          >
            Replay
          </Button>
        </HStack>
        <Text fontSize="sm" color="red.700">
          {letter.error}
        </Text>
        <Text fontSize="xs" color="fg.muted">
          Received {formatDateTime(letter.createdAt)}
          {letter.replayCount > 0 &&
            ` · replayed ${letter.replayCount === 1 ? 'once' : `${letter.replayCount} times`}`}
          {letter.replayedAt && `, last ${formatDateTime(letter.replayedAt)}`}
        </Text>
        {replayed && (
          <Text fontSize="sm" color="green.700" role="status">
            Sent to ingestion again.
          </Text>
        )}
        {error && (
          <Alert.Root status="error" size="sm" role="alert">
            <Alert.Indicator />
            <Alert.Title>{error}</Alert.Title>
          </Alert.Root>
        )}
      </Stack>
    </Box>
  );
}
