import { Button, Heading, Stack, Text } from '@chakra-ui/react';
import { Link } from 'react-router';
import { homePath } from '../pages.ts';

export function NotFoundPage() {
  return (
    <Stack gap="3" maxW="lg" py="8">
      <Heading as="h1" size="xl">
        Page not found
      </Heading>
      <Text color="fg.muted">This address is not a page of Waymark. It may have moved.</Text>
      <Button asChild alignSelf="flex-start" colorPalette="blue">
        <Link to={homePath}>Go to Today</Link>
      </Button>
    </Stack>
  );
}
