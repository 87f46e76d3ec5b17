// What a route shows when it throws (a bug, or a page's code that failed to load).
import { Box, Button, Heading, Stack, Text } from '@chakra-ui/react';
import { isRouteErrorResponse, useRouteError } from 'react-router';

export function RouteError() {
  const error = useRouteError();
  const detail = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : String(error);
  return (
    <Box p="8">
      <Stack maxW="lg" gap="3" role="alert">
        <Heading as="h1" size="lg">
          This page ran into a problem
        </Heading>
        <Text>
          Reloading usually fixes it (a new version of the app may have been deployed). If it keeps
          happening, tell whoever runs this Waymark what you were doing.
        </Text>
        <Text color="fg.muted" fontSize="sm" fontFamily="mono">
          {detail}
        </Text>
        <Button alignSelf="flex-start" onClick={() => window.location.reload()}>
          Reload
        </Button>
      </Stack>
    </Box>
  );
}
