// An error a run or a step ended with: its name and message, and its stack trace on demand.
import { Alert, Box, Button, Stack } from '@chakra-ui/react';
import { useId, useState } from 'react';
import type { RunError } from '../run-timeline.ts';

export function RunErrorBlock({ error }: { error: RunError }) {
  const [showStack, setShowStack] = useState(false);
  const id = useId();
  return (
    <Alert.Root status="error" variant="subtle" alignItems="flex-start">
      <Alert.Indicator />
      <Alert.Content minW="0">
        <Alert.Title>{error.name || 'Error'}</Alert.Title>
        <Alert.Description>
          <Stack gap="1" align="flex-start">
            <span>{error.message || 'No message.'}</span>
            {error.stack && (
              <>
                <Button
                  size="xs"
                  variant="ghost"
                  aria-expanded={showStack}
                  aria-controls={id}
                  onClick={() => setShowStack((open) => !open)}
                >
                  {showStack ? 'Hide the stack trace' : 'Show the stack trace'}
                </Button>
                <Box
                  as="pre"
                  id={id}
                  hidden={!showStack}
                  fontFamily="mono"
                  fontSize="xs"
                  whiteSpace="pre"
                  overflow="auto"
                  maxW="full"
                  maxH="72"
                >
                  {error.stack}
                </Box>
              </>
            )}
          </Stack>
        </Alert.Description>
      </Alert.Content>
    </Alert.Root>
  );
}
