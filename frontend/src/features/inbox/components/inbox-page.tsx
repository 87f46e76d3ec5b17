// The inbox: every conversation of the workspace across Slack, Telegram and email, newest first,
// filtered in the address; the open one (`/inbox/:conversationId`) beside the list. j and k move
// through the list, r goes to the reply box. New messages and reply statuses arrive live.
import { useApolloClient } from '@apollo/client/react';
import { Badge, Box, Button, Flex, Heading, HStack, Link, Stack, Text } from '@chakra-ui/react';
import { useCallback, useId, useRef } from 'react';
import { Link as RouterLink, useNavigate, useParams, useSearchParams } from 'react-router';
import { EmptyHint, ErrorState, LoadingState } from '../../../components/page-states.tsx';
import { canEdit, useWorkspace } from '../../../hooks/use-workspace.ts';
import { useWorkspaceMembers } from '../../../hooks/use-workspace-members.ts';
import { describeRequestError } from '../../../lib/api-errors.ts';
import { ConversationDocument } from '../api/conversation.ts';
import {
  ConversationsDocument,
  InboxUnreadCountDocument,
  useConversations,
} from '../api/conversations.ts';
import { CHANNEL_LABELS } from '../conversation-words.ts';
import { useInboxShortcuts } from '../hooks/use-inbox-shortcuts.ts';
import { useLiveConversations } from '../hooks/use-live-conversations.ts';
import {
  CHANNELS,
  type InboxFilters,
  parseInboxFilters,
  toConversationFilter,
  writeInboxFilters,
} from '../inbox-filters.ts';
import { neighbourId } from '../shortcuts.ts';
import { ChannelIcon } from './channel-icon.tsx';
import { ConversationList } from './conversation-list.tsx';
import { ConversationView } from './conversation-view.tsx';

export function InboxPage() {
  const workspace = useWorkspace();
  const { conversationId } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const navigate = useNavigate();
  const client = useApolloClient();
  const filters = parseInboxFilters(searchParams);
  const { members, meId } = useWorkspaceMembers(workspace.id);
  const list = useConversations(workspace.id, toConversationFilter(filters, meId));
  // A new filter keeps the rows shown until its own answer comes, instead of a spinner.
  const shown = list.data ?? list.previousData;
  const conversations = shown?.conversations.edges.map((edge) => edge.node) ?? [];
  const replyRef = useRef<HTMLTextAreaElement>(null);

  const search = searchParams.toString();
  const hrefFor = useCallback(
    (id: string) => `/inbox/${id}${search ? `?${search}` : ''}`,
    [search],
  );

  useInboxShortcuts((action) => {
    if (action === 'reply') {
      replyRef.current?.focus();
      return;
    }
    const ids = conversations.map((c) => c.id);
    const next = neighbourId(ids, conversationId, action === 'next' ? 1 : -1);
    if (next && next !== conversationId) void navigate(hrefFor(next), { replace: true });
  });

  const { live } = useLiveConversations(workspace.id, (changed) => {
    // The list's order and counts move with a new message: ask again rather than patch.
    void client
      .refetchQueries({
        include: [
          ConversationsDocument,
          InboxUnreadCountDocument,
          ...(changed.id === conversationId ? [ConversationDocument] : []),
        ],
      })
      .catch(() => undefined);
  });

  function setFilters(next: InboxFilters) {
    setSearchParams(writeInboxFilters(searchParams, next), { replace: true });
  }

  const filtered = filters.channel !== null || filters.unreadOnly || filters.mine;
  let listBody;
  if (list.error && !shown) {
    listBody = (
      <ErrorState
        title="The inbox could not be loaded"
        message={describeRequestError(list.error)}
        onRetry={() => void list.refetch()}
      />
    );
  } else if (!shown) {
    listBody = <LoadingState label="Loading the inbox…" />;
  } else if (conversations.length === 0) {
    listBody = filtered ? (
      <EmptyHint
        title="No conversations match"
        description="None of the workspace’s conversations matches these filters."
        action={
          <Button
            size="sm"
            variant="outline"
            onClick={() => setFilters({ channel: null, unreadOnly: false, mine: false })}
          >
            Show all conversations
          </Button>
        }
      />
    ) : (
      <EmptyHint
        title="No conversations yet"
        description={
          <>
            Messages from Slack, Telegram and email arrive here once a channel is connected. An
            admin connects a Slack workspace, a Telegram bot or a mailbox in{' '}
            <Link asChild color="blue.700">
              <RouterLink to="/settings/connections">Settings → Connections</RouterLink>
            </Link>
            .
          </>
        }
      />
    );
  } else {
    listBody = (
      <ConversationList
        conversations={conversations}
        selectedId={conversationId}
        hrefFor={hrefFor}
        meId={meId}
        members={members}
      />
    );
  }

  return (
    <Stack gap="4" h="full">
      <HStack justify="space-between" align="flex-start" flexWrap="wrap" gap="3">
        <Stack gap="0">
          <HStack gap="2">
            <Heading as="h1" size="xl">
              Inbox
            </Heading>
            {live && (
              <Badge colorPalette="green" variant="subtle" size="sm">
                Live
              </Badge>
            )}
          </HStack>
          <Text color="fg.muted" fontSize="sm">
            Slack, Telegram and email in one place, newest first. j/k to move, r to reply.
          </Text>
        </Stack>
      </HStack>
      <Filters filters={filters} onChange={setFilters} meKnown={Boolean(meId)} />
      <Flex gap="6" direction={{ base: 'column', lg: 'row' }} align="flex-start" minH="0">
        <Box
          w={{ base: 'full', lg: '96' }}
          flexShrink={0}
          borderWidth={conversations.length > 0 ? '1px' : undefined}
          borderRadius="md"
          overflow="hidden"
        >
          {listBody}
        </Box>
        <Box flex="1" minW="0" w="full">
          {conversationId ? (
            <ConversationView
              key={conversationId}
              conversationId={conversationId}
              members={members}
              meId={meId}
              canEdit={canEdit(workspace.role)}
              replyRef={replyRef}
            />
          ) : (
            conversations.length > 0 && (
              <Text color="fg.muted" py="8" textAlign="center">
                Open a conversation, or press j.
              </Text>
            )
          )}
        </Box>
      </Flex>
    </Stack>
  );
}

function Filters({
  filters,
  onChange,
  meKnown,
}: {
  filters: InboxFilters;
  onChange(next: InboxFilters): void;
  meKnown: boolean;
}) {
  const labelId = useId();
  const toggle = (on: boolean) => ({
    variant: on ? ('solid' as const) : ('outline' as const),
    colorPalette: on ? 'blue' : undefined,
    'aria-pressed': on,
  });
  return (
    <HStack role="group" aria-labelledby={labelId} gap="2" flexWrap="wrap">
      <Text id={labelId} fontSize="sm" fontWeight="medium" me="1">
        Filter
      </Text>
      <Button
        size="xs"
        {...toggle(filters.channel === null)}
        onClick={() => onChange({ ...filters, channel: null })}
      >
        All channels
      </Button>
      {CHANNELS.map((channel) => (
        <Button
          key={channel}
          size="xs"
          {...toggle(filters.channel === channel)}
          onClick={() =>
            onChange({ ...filters, channel: filters.channel === channel ? null : channel })
          }
        >
          <ChannelIcon channel={channel} size={12} decorative />
          {CHANNEL_LABELS[channel]}
        </Button>
      ))}
      <Button
        size="xs"
        {...toggle(filters.unreadOnly)}
        onClick={() => onChange({ ...filters, unreadOnly: !filters.unreadOnly })}
      >
        Unread only
      </Button>
      <Button
        size="xs"
        {...toggle(filters.mine)}
        disabled={!meKnown}
        onClick={() => onChange({ ...filters, mine: !filters.mine })}
      >
        Assigned to me
      </Button>
    </HStack>
  );
}
