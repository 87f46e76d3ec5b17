// Where a user without a workspace lands: everything in Waymark lives in one.
import { Box, Button, Heading, HStack, Stack, Text } from '@chakra-ui/react';
import { useNavigate } from 'react-router';
import { useAuth } from '../../../hooks/use-auth.tsx';
import { useMyWorkspaces } from '../api/my-workspaces.ts';
import { CreateWorkspaceForm } from './create-workspace-form.tsx';

export function CreateFirstWorkspacePage() {
  const navigate = useNavigate();
  const { signOut } = useAuth();
  const { data } = useMyWorkspaces();
  const hasWorkspaces = (data?.me.workspaces.length ?? 0) > 0;

  return (
    <Box minH="100dvh" bg="bg.subtle" px="4" py={{ base: '8', md: '16' }}>
      <Stack
        as="main"
        maxW="lg"
        mx="auto"
        gap="6"
        bg="bg"
        p={{ base: '6', md: '8' }}
        borderRadius="xl"
        boxShadow="sm"
      >
        <Stack gap="2">
          <Text fontWeight="bold" color="blue.600">
            Waymark
          </Text>
          <Heading as="h1" size="2xl">
            {hasWorkspaces ? 'Create a workspace' : 'Create your first workspace'}
          </Heading>
          <Text color="fg.muted">
            A workspace holds your team&apos;s deals, leads and contacts, and comes with a sales
            pipeline ready to use. To join a colleague&apos;s workspace instead, ask them to invite{' '}
            {data?.me.email ? <strong>{data.me.email}</strong> : 'your email'}.
          </Text>
        </Stack>
        <CreateWorkspaceForm onCreated={() => void navigate('/pipeline', { replace: true })} />
        <HStack justify="space-between" borderTopWidth="1px" pt="4">
          {hasWorkspaces ? (
            <Button variant="ghost" onClick={() => void navigate('/')}>
              Back to my workspace
            </Button>
          ) : (
            <span />
          )}
          <Button variant="ghost" onClick={() => void signOut()}>
            Sign out
          </Button>
        </HStack>
      </Stack>
    </Box>
  );
}
