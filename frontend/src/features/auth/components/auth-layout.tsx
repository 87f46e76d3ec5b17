// The frame of the sign-in and sign-up pages.
import { Box, Heading, Stack, Text } from '@chakra-ui/react';
import type { ReactNode } from 'react';

export function AuthLayout({
  title,
  subtitle,
  children,
}: {
  title: string;
  subtitle: string;
  children: ReactNode;
}) {
  return (
    <Box minH="100dvh" bg="bg.subtle" px="4" py={{ base: '8', md: '16' }}>
      <Stack
        as="main"
        maxW="md"
        mx="auto"
        gap="6"
        bg="bg"
        p={{ base: '6', md: '8' }}
        borderRadius="xl"
        boxShadow="sm"
      >
        <Stack gap="1">
          <Text fontWeight="bold" color="blue.600" letterSpacing="wide">
            Waymark
          </Text>
          <Heading as="h1" size="2xl">
            {title}
          </Heading>
          <Text color="fg.muted">{subtitle}</Text>
        </Stack>
        {children}
      </Stack>
    </Box>
  );
}
