// The frame of a record page: a link back to its list, its name and badges, its actions, a
// notice, then its sections: details and timeline on the left, stage and tasks on the right on
// wide screens; one column on phones (details, stage and tasks, then the timeline).
import { Box, Grid, Heading, HStack, Link, Stack } from '@chakra-ui/react';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import { ErrorState, LoadingState } from '../page-states.tsx';

export function RecordPage({
  back,
  title,
  badges,
  subtitle,
  actions,
  notice,
  children,
}: {
  back: { to: string; label: string };
  title: string;
  badges?: ReactNode;
  subtitle?: ReactNode;
  actions?: ReactNode;
  notice?: ReactNode;
  /** Sections, each placed with gridArea "details", "side" or "timeline". */
  children: ReactNode;
}) {
  return (
    <Stack gap="4" maxW="6xl">
      <BackLink {...back} />
      <HStack justify="space-between" align="flex-start" flexWrap="wrap" gap="3">
        <Stack gap="1" minW="0">
          <HStack gap="2" flexWrap="wrap">
            <Heading as="h1" size="xl" wordBreak="break-word">
              {title}
            </Heading>
            {badges}
          </HStack>
          {subtitle}
        </Stack>
        {actions && (
          <HStack gap="2" flexWrap="wrap">
            {actions}
          </HStack>
        )}
      </HStack>
      {notice}
      <Grid
        gap="4"
        templateColumns={{ base: 'minmax(0, 1fr)', lg: 'minmax(0, 3fr) minmax(0, 2fr)' }}
        // A tall right column stretches the timeline's row, not the gap under the details.
        templateRows={{ lg: 'auto 1fr' }}
        templateAreas={{
          base: '"details" "side" "timeline"',
          lg: '"details side" "timeline side"',
        }}
        alignItems="start"
      >
        {children}
      </Grid>
    </Stack>
  );
}

/** The right-hand column of a record page. */
export function RecordSide({ children }: { children: ReactNode }) {
  return (
    <Stack gap="4" gridArea="side" minW="0">
      {children}
    </Stack>
  );
}

export function BackLink({ to, label }: { to: string; label: string }) {
  return (
    <Box>
      <Link asChild fontSize="sm" color="fg.muted">
        <RouterLink to={to}>← {label}</RouterLink>
      </Link>
    </Box>
  );
}

/** What a record page shows before its record: loading, a failed request, or no such record. */
export function RecordPageState({
  back,
  what,
  loading,
  error,
  onRetry,
}: {
  back: { to: string; label: string };
  what: string;
  loading: boolean;
  error: string | null;
  onRetry(): void;
}) {
  return (
    <Stack gap="4" maxW="6xl">
      <BackLink {...back} />
      {error ? (
        <ErrorState title={`This ${what} could not be loaded`} message={error} onRetry={onRetry} />
      ) : loading ? (
        <LoadingState label={`Loading the ${what}…`} />
      ) : (
        <ErrorState
          title={`No such ${what}`}
          message={`It may have been deleted, or it belongs to a workspace you are not a member of. Find it in ${back.label}.`}
        />
      )}
    </Stack>
  );
}
