// The inbox's list: one row per conversation, newest first, each a link that opens it. The open
// one is marked as the current item; an unread one has a dot and bold text.
import { Box, HStack, Stack, Text } from '@chakra-ui/react';
import { Link as RouterLink } from 'react-router';
import type { ConversationSummaryFieldsFragment } from '../../../gql/graphql.ts';
import { counterpartName, formatMessageTime } from '../conversation-words.ts';
import { ChannelIcon } from './channel-icon.tsx';

export function ConversationList({
  conversations,
  selectedId,
  hrefFor,
  meId,
  members,
}: {
  conversations: readonly ConversationSummaryFieldsFragment[];
  selectedId: string | undefined;
  hrefFor(id: string): string;
  meId: string | undefined;
  /** Who an assignee id names. */
  members: readonly { userId: string; email: string }[];
}) {
  return (
    <Stack as="ul" gap="0" listStyleType="none" aria-label="Conversations">
      {conversations.map((conversation) => (
        <ConversationRow
          key={conversation.id}
          conversation={conversation}
          selected={conversation.id === selectedId}
          href={hrefFor(conversation.id)}
          assignee={assigneeName(conversation.assigneeId, meId, members)}
        />
      ))}
    </Stack>
  );
}

function ConversationRow({
  conversation,
  selected,
  href,
  assignee,
}: {
  conversation: ConversationSummaryFieldsFragment;
  selected: boolean;
  href: string;
  assignee: string | undefined;
}) {
  const name = counterpartName(conversation);
  return (
    <Box
      as="li"
      borderBottomWidth="1px"
      data-testid="conversation-row"
      data-unread={conversation.unread}
    >
      <RouterLink
        to={href}
        aria-current={selected ? 'true' : undefined}
        data-conversation-id={conversation.id}
      >
        <HStack
          align="flex-start"
          gap="3"
          px="3"
          py="2"
          bg={selected ? 'blue.50' : undefined}
          _hover={{ bg: selected ? 'blue.50' : 'bg.muted' }}
        >
          <Box pt="1">
            <ChannelIcon channel={conversation.channel} />
          </Box>
          <Stack gap="0" flex="1" minW="0">
            <HStack justify="space-between" gap="2">
              <Text fontWeight={conversation.unread ? 'bold' : 'medium'} truncate>
                {name}
              </Text>
              <Text fontSize="xs" color="fg.muted" flexShrink={0}>
                <time dateTime={conversation.lastMessageAt}>
                  {formatMessageTime(conversation.lastMessageAt)}
                </time>
              </Text>
            </HStack>
            {conversation.subject && (
              <Text fontSize="sm" fontWeight={conversation.unread ? 'semibold' : 'normal'} truncate>
                {conversation.subject}
              </Text>
            )}
            <Text fontSize="sm" color="fg.muted" truncate>
              {conversation.preview}
            </Text>
            {assignee && (
              <Text fontSize="xs" color="fg.muted">
                Assigned to {assignee}
              </Text>
            )}
          </Stack>
          {conversation.unread && (
            <Box
              as="span"
              mt="2"
              w="2"
              h="2"
              borderRadius="full"
              bg="blue.500"
              flexShrink={0}
              role="img"
              aria-label="Unread"
            />
          )}
        </HStack>
      </RouterLink>
    </Box>
  );
}

function assigneeName(
  assigneeId: string | null | undefined,
  meId: string | undefined,
  members: readonly { userId: string; email: string }[],
): string | undefined {
  if (!assigneeId) return undefined;
  if (assigneeId === meId) return 'you';
  return members.find((m) => m.userId === assigneeId)?.email ?? 'a former member';
}
