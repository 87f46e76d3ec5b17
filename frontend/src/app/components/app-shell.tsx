// The frame around every page: header (workspace switcher, account), the nav (a sidebar on wide
// screens, a drawer on phones) and the page itself.
import {
  Box,
  Button,
  CloseButton,
  Drawer,
  Flex,
  HStack,
  IconButton,
  Portal,
  Stack,
  Text,
} from '@chakra-ui/react';
import { Suspense, useEffect, useState } from 'react';
import { NavLink, Outlet, useMatches, useNavigate } from 'react-router';
import { LoadingState } from '../../components/page-states.tsx';
import { WorkspaceSwitcher } from '../../features/workspaces/components/workspace-switcher.tsx';
import { useAuth } from '../../hooks/use-auth.tsx';
import { useWorkspace } from '../../hooks/use-workspace.ts';
import { openGraphiql } from '../../lib/graphiql.ts';
import { pages } from '../pages.ts';

export function AppShell() {
  const [navOpen, setNavOpen] = useState(false);
  useDocumentTitle();

  return (
    <Flex direction="column" h="100dvh">
      <Header onOpenNav={() => setNavOpen(true)} />
      <Flex flex="1" minH="0">
        <Box
          as="nav"
          aria-label="Main"
          display={{ base: 'none', md: 'block' }}
          w="52"
          flexShrink={0}
          borderRightWidth="1px"
          p="3"
        >
          <NavLinks />
        </Box>
        <Box as="main" flex="1" minW="0" p={{ base: '3', md: '6' }} overflow="auto">
          <Suspense fallback={<LoadingState label="Loading…" />}>
            <Outlet />
          </Suspense>
        </Box>
      </Flex>

      <Drawer.Root open={navOpen} onOpenChange={({ open }) => setNavOpen(open)} placement="start">
        <Portal>
          <Drawer.Backdrop />
          <Drawer.Positioner>
            <Drawer.Content maxW="72">
              <Drawer.Header>
                <Drawer.Title>Waymark</Drawer.Title>
              </Drawer.Header>
              <Drawer.Body>
                <Box as="nav" aria-label="Main">
                  {/* A link followed in the drawer closes it, even to the page already shown. */}
                  <NavLinks onNavigate={() => setNavOpen(false)} />
                </Box>
              </Drawer.Body>
              <Drawer.CloseTrigger asChild>
                <CloseButton size="sm" aria-label="Close menu" />
              </Drawer.CloseTrigger>
            </Drawer.Content>
          </Drawer.Positioner>
        </Portal>
      </Drawer.Root>
    </Flex>
  );
}

function Header({ onOpenNav }: { onOpenNav(): void }) {
  const { session, signOut } = useAuth();
  const navigate = useNavigate();
  return (
    <HStack
      as="header"
      px={{ base: '3', md: '6' }}
      py="2"
      borderBottomWidth="1px"
      gap="3"
      bg="bg"
      justify="space-between"
    >
      <HStack gap="3" minW="0">
        <IconButton
          aria-label="Open menu"
          variant="ghost"
          size="sm"
          display={{ base: 'inline-flex', md: 'none' }}
          onClick={onOpenNav}
        >
          <MenuIcon />
        </IconButton>
        <Text fontWeight="bold" color="blue.600" display={{ base: 'none', sm: 'block' }}>
          Waymark
        </Text>
        <WorkspaceSwitcher />
      </HStack>
      <HStack gap="3" minW="0">
        <Text
          fontSize="sm"
          color="fg.muted"
          truncate
          display={{ base: 'none', md: 'block' }}
          data-testid="signed-in-email"
        >
          {session?.user.email}
        </Text>
        {session && (
          <Button
            size="sm"
            variant="ghost"
            display={{ base: 'none', md: 'inline-flex' }}
            title="Explore the GraphQL API as yourself"
            onClick={() => openGraphiql(session.access_token)}
          >
            GraphiQL
          </Button>
        )}
        <Button
          size="sm"
          variant="outline"
          onClick={() => void signOut().then(() => navigate('/sign-in', { replace: true }))}
        >
          Sign out
        </Button>
      </HStack>
    </HStack>
  );
}

function NavLinks({ onNavigate }: { onNavigate?: () => void }) {
  const workspace = useWorkspace();
  return (
    <Stack as="ul" gap="1" listStyleType="none" aria-label={`${workspace.name} pages`}>
      {pages
        .filter((page) => page.nav)
        .map((page) => (
          <Box as="li" key={page.path}>
            <Button
              asChild
              variant="ghost"
              justifyContent="flex-start"
              w="full"
              css={{ '&[aria-current=page]': { bg: 'blue.50', color: 'blue.700' } }}
            >
              <NavLink to={`/${page.path}`} onClick={onNavigate}>
                {page.title}
                {page.NavBadge && <page.NavBadge />}
              </NavLink>
            </Button>
          </Box>
        ))}
    </Stack>
  );
}

function useDocumentTitle() {
  const matches = useMatches();
  const workspace = useWorkspace();
  const title = [...matches]
    .reverse()
    .map((match) => (match.handle as { title?: string } | undefined)?.title)
    .find(Boolean);
  useEffect(() => {
    document.title = title ? `${title} · ${workspace.name} · Waymark` : 'Waymark';
  }, [title, workspace.name]);
}

function MenuIcon() {
  return (
    <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
      <path
        d="M4 6h16M4 12h16M4 18h16"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
      />
    </svg>
  );
}
