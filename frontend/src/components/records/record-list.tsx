// The parts of a list page (leads, people, organizations), which `RecordListPage` puts together:
// a frame with a heading, "New …", a search box and filters; the body for the query's state; the
// rows of the current page; and paging.
import {
  Box,
  Button,
  Heading,
  HStack,
  Input,
  InputGroup,
  LinkBox,
  LinkOverlay,
  Stack,
  Text,
} from '@chakra-ui/react';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import { EmptyHint, ErrorState, LoadingState } from '../page-states.tsx';
import type { CursorPages, PageInfoLike } from '../../hooks/use-cursor-pages.ts';

export function RecordListFrame({
  title,
  description,
  newAction,
  search,
  onSearch,
  searchLabel,
  searchPlaceholder,
  filters,
  children,
}: {
  title: string;
  description: string;
  newAction?: ReactNode;
  search: string;
  onSearch(search: string): void;
  searchLabel: string;
  searchPlaceholder: string;
  filters?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Stack gap="4" maxW="5xl">
      <HStack justify="space-between" align="flex-start" flexWrap="wrap" gap="3">
        <Stack gap="0">
          <Heading as="h1" size="xl">
            {title}
          </Heading>
          <Text color="fg.muted" fontSize="sm">
            {description}
          </Text>
        </Stack>
        {newAction}
      </HStack>
      <HStack gap="3" flexWrap="wrap" align="flex-end">
        <InputGroup flex="1" minW={{ base: 'full', sm: '64' }} startElement={<SearchIcon />}>
          <Input
            type="search"
            aria-label={searchLabel}
            placeholder={searchPlaceholder}
            value={search}
            onChange={(event) => onSearch(event.target.value)}
          />
        </InputGroup>
        {filters}
      </HStack>
      {children}
    </Stack>
  );
}

/** The list's body for the query's state: loading, failed, empty, nothing matching, or rows. */
export function RecordListBody({
  what,
  loading,
  error,
  onRetry,
  rowCount,
  searching,
  empty,
  noMatches,
  children,
}: {
  what: string;
  loading: boolean;
  error: string | null;
  onRetry(): void;
  /** undefined until the first answer. */
  rowCount: number | undefined;
  searching: boolean;
  empty: { title: string; description: string };
  noMatches: string;
  children: ReactNode;
}) {
  if (error && rowCount === undefined) {
    return (
      <ErrorState title={`The ${what} could not be loaded`} message={error} onRetry={onRetry} />
    );
  }
  if (rowCount === undefined) return <LoadingState label={`Loading the ${what}…`} />;
  if (rowCount === 0) {
    return searching ? (
      <EmptyHint title="Nothing matches" description={noMatches} />
    ) : (
      <EmptyHint title={empty.title} description={empty.description} />
    );
  }
  return (
    <Box aria-busy={loading || undefined} opacity={loading ? 0.7 : 1}>
      {children}
    </Box>
  );
}

export function RecordRows({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack as="ul" gap="2" aria-label={label} listStyleType="none">
      {children}
    </Stack>
  );
}

/** What a row shows of its record. */
interface RecordRowContent {
  to: string;
  name: string;
  details?: ReactNode;
  aside?: ReactNode;
}

/** A row of a list: the whole row links to the record; its name is the link's text. */
export function RecordRow({ to, name, details, aside }: RecordRowContent) {
  return (
    <LinkBox
      as="li"
      borderWidth="1px"
      borderRadius="md"
      px="4"
      py="3"
      bg="bg"
      _hover={{ bg: 'bg.subtle' }}
      _focusWithin={{ outline: '2px solid', outlineColor: 'blue.500', outlineOffset: '1px' }}
    >
      <HStack
        justify="space-between"
        gap="3"
        align={{ base: 'flex-start', sm: 'center' }}
        flexWrap={{ base: 'wrap', sm: 'nowrap' }}
      >
        <Stack gap="0.5" minW="0">
          <LinkOverlay asChild fontWeight="semibold" outline="none">
            <RouterLink to={to}>{name}</RouterLink>
          </LinkOverlay>
          {details && (
            <Text fontSize="sm" color="fg.muted" truncate>
              {details}
            </Text>
          )}
        </Stack>
        {aside && (
          <HStack gap="2" flexShrink={0}>
            {aside}
          </HStack>
        )}
      </HStack>
    </LinkBox>
  );
}

export function Paging({
  paging,
  pageInfo,
  busy,
}: {
  paging: CursorPages;
  /** The shown page's pageInfo: where Previous and Next go from. */
  pageInfo: PageInfoLike | undefined;
  busy: boolean;
}) {
  const { hasPrevious } = paging;
  const hasNext = paging.hasNext(pageInfo);
  if (!hasPrevious && !hasNext) return null;
  return (
    <HStack as="nav" aria-label="Pages" justify="space-between" pt="2">
      <Button
        size="sm"
        variant="outline"
        disabled={!hasPrevious || busy}
        onClick={() => paging.previous(pageInfo)}
      >
        ← Previous
      </Button>
      <Text fontSize="sm" color="fg.muted" aria-live="polite">
        Page {paging.page}
      </Text>
      <Button
        size="sm"
        variant="outline"
        disabled={!hasNext || busy}
        onClick={() => paging.next(pageInfo)}
      >
        Next →
      </Button>
    </HStack>
  );
}

function SearchIcon() {
  return (
    <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true">
      <circle cx="11" cy="11" r="7" stroke="currentColor" strokeWidth="2" fill="none" />
      <path d="M20 20l-4-4" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}
