// One open conversation: who is in it (linked to their person and organization pages), who works
// it, its messages oldest first, and the reply box. Opening an unread one marks it read.
import { Box, Button, Heading, HStack, Link, Stack, Text } from '@chakra-ui/react';
import { type Ref, useEffect, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { AssigneeSelect, UNASSIGNED } from '../../../components/assignee-select.tsx';
import { ErrorState, LoadingState } from '../../../components/page-states.tsx';
import type { LinkedParticipantFieldsFragment } from '../../../gql/graphql.ts';
import { describeRequestError } from '../../../lib/api-errors.ts';
import { useAssignConversation } from '../api/assign-conversation.ts';
import {
  type ConversationDetail,
  MESSAGES_PAGE_SIZE,
  useConversation,
} from '../api/conversation.ts';
import { useMarkConversationRead } from '../api/mark-conversation-read.ts';
import { CHANNEL_LABELS, counterpartName, participantName } from '../conversation-words.ts';
import { ChannelIcon } from './channel-icon.tsx';
import { MessageItem } from './message-item.tsx';
import { ReplyBox } from './reply-box.tsx';

export function ConversationView({
  conversationId,
  members,
  meId,
  canEdit,
  replyRef,
}: {
  conversationId: string;
  members: readonly { userId: string; email: string; role: string }[];
  meId: string | undefined;
  canEdit: boolean;
  replyRef?: Ref<HTMLTextAreaElement>;
}) {
  const [last, setLast] = useState(MESSAGES_PAGE_SIZE);
  const { data, error, refetch } = useConversation(conversationId, last);
  const conversation = data?.conversation;
  const markRead = useMarkConversationRead();
  const unread = conversation?.unread ?? false;

  useEffect(() => {
    if (unread) void markRead(conversationId);
    // When it is opened, or becomes unread again while open (a new message): not every render.
  }, [conversationId, unread]);

  if (error && !data) {
    return (
      <ErrorState
        title="The conversation could not be loaded"
        message={describeRequestError(error)}
        onRetry={() => void refetch()}
      />
    );
  }
  if (!data) return <LoadingState label="Loading the conversation…" />;
  if (!conversation) {
    return (
      <Text color="fg.muted" py="8" textAlign="center">
        This conversation is not in this workspace, or you may not see it.
      </Text>
    );
  }

  const messages = conversation.messages.edges.map((edge) => edge.node);
  return (
    <Stack gap="4" aria-label={`Conversation with ${counterpartName(conversation)}`} as="section">
      <Stack gap="1">
        <HStack gap="2">
          <ChannelIcon channel={conversation.channel} size={20} />
          <Heading as="h2" size="md">
            {conversation.subject ?? counterpartName(conversation)}
          </Heading>
        </HStack>
        <Text fontSize="sm" color="fg.muted">
          {CHANNEL_LABELS[conversation.channel]} ·{' '}
          {conversation.messageCount === 1 ? '1 message' : `${conversation.messageCount} messages`}
        </Text>
      </Stack>

      <Participants conversation={conversation} />

      <Box maxW="xs">
        <ConversationAssignee
          conversation={conversation}
          members={members}
          meId={meId}
          canEdit={canEdit}
        />
      </Box>

      {conversation.messages.pageInfo.hasPreviousPage && (
        <Button
          size="xs"
          variant="outline"
          alignSelf="center"
          onClick={() => setLast((n) => n + MESSAGES_PAGE_SIZE)}
        >
          Show earlier messages
        </Button>
      )}
      <Stack as="ol" listStyleType="none" gap="2" aria-label="Messages">
        {messages.map((message) => (
          <MessageItem key={message.id} message={message} />
        ))}
      </Stack>

      {canEdit ? (
        <ReplyBox
          key={conversation.id}
          ref={replyRef}
          conversationId={conversation.id}
          channel={conversation.channel}
          replies={conversation.replies}
          messageCount={conversation.messageCount}
          unavailable={replyUnavailable(conversation)}
        />
      ) : (
        <Text fontSize="sm" color="fg.muted">
          Viewers cannot reply.
        </Text>
      )}
    </Stack>
  );
}

function Participants({ conversation }: { conversation: ConversationDetail }) {
  if (conversation.participants.length === 0) return null;
  return (
    <Stack gap="1">
      <Text fontSize="sm" fontWeight="medium">
        Participants
      </Text>
      <HStack as="ul" listStyleType="none" gap="3" flexWrap="wrap" aria-label="Participants">
        {conversation.participants.map((participant) => (
          <Box as="li" key={participant.handle} fontSize="sm">
            <ParticipantLink participant={participant} />
          </Box>
        ))}
      </HStack>
    </Stack>
  );
}

function ParticipantLink({ participant }: { participant: LinkedParticipantFieldsFragment }) {
  const person = participant.person;
  if (!person) {
    return (
      <Text as="span" title={participant.handle}>
        {participantName(participant)}{' '}
        <Text as="span" color="fg.muted">
          (not matched to a person)
        </Text>
      </Text>
    );
  }
  return (
    <Text as="span">
      <Link asChild color="blue.700">
        <RouterLink to={`/people/${person.id}`}>{person.name}</RouterLink>
      </Link>
      {person.organization && (
        <>
          {' · '}
          <Link asChild color="blue.700">
            <RouterLink to={`/organizations/${person.organization.id}`}>
              {person.organization.name}
            </RouterLink>
          </Link>
        </>
      )}
    </Text>
  );
}

function ConversationAssignee({
  conversation,
  members,
  meId,
  canEdit,
}: {
  conversation: ConversationDetail;
  members: readonly { userId: string; email: string; role: string }[];
  meId: string | undefined;
  canEdit: boolean;
}) {
  const { assignConversation, assigning } = useAssignConversation();
  const [error, setError] = useState<string>();

  async function change(assigneeId: string) {
    setError(undefined);
    const outcome = await assignConversation(
      conversation.id,
      assigneeId === UNASSIGNED ? null : assigneeId,
    );
    if (!outcome.ok) setError(outcome.fieldErrors.assigneeId ?? outcome.message);
  }

  return (
    <AssigneeSelect
      members={members}
      meId={meId}
      value={conversation.assigneeId ?? UNASSIGNED}
      onChange={(id) => void change(id)}
      error={error}
      disabled={!canEdit || assigning}
    />
  );
}

/** Why nothing can be sent in this conversation now; undefined when replies go out. */
function replyUnavailable(conversation: ConversationDetail): string | undefined {
  const { connection } = conversation;
  if (!connection)
    return 'Replies are off: the connection this conversation came through was deleted.';
  if (connection.status === 'DISABLED')
    return `Replies are off: “${connection.name}” is disabled. An admin can turn it on in Settings → Connections.`;
  return undefined;
}
