// Answering a conversation: Ctrl+Enter (⌘+Enter on a Mac) or the button sends through the
// conversation's channel; Escape leaves the box so j and k work again. The replies not yet stored
// as messages show under it with their status, and a failed one with the channel's reason.
import { Alert, Badge, Button, Field, HStack, Stack, Text, Textarea } from '@chakra-ui/react';
import { type KeyboardEvent, type Ref, useState } from 'react';
import { useSendReply } from '../api/send-reply.ts';
import {
  CHANNEL_LABELS,
  formatMessageTime,
  REPLY_STATUS_COLORS,
  REPLY_STATUS_LABELS,
} from '../conversation-words.ts';
import type { Channel, ReplyFieldsFragment } from '../../../gql/graphql.ts';

export function ReplyBox({
  conversationId,
  channel,
  replies,
  messageCount,
  ref,
  onSent,
  unavailable,
}: {
  conversationId: string;
  channel: Channel;
  /** The conversation's pending and failed replies, as the server last said. */
  replies: readonly ReplyFieldsFragment[];
  /** How many messages the conversation has stored, as the server last said. */
  messageCount?: number;
  ref?: Ref<HTMLTextAreaElement>;
  onSent?(reply: ReplyFieldsFragment): void;
  /** Why nothing can be sent now (the connection is disabled or gone): shown instead of sending. */
  unavailable?: string;
}) {
  const { sendReply, sending } = useSendReply();
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  // Replies sent from here, until the conversation lists them itself: as a pending reply while
  // queued, sending or failed, and once delivered as one of its messages, which is why a copy
  // stops showing when the message count has grown since it was sent (keeping it showed the
  // reply twice, the copy stuck at "Queued").
  const [sent, setSent] = useState<
    { reply: ReplyFieldsFragment; messagesBefore: number | undefined }[]
  >([]);

  async function send() {
    const body = text.trim();
    if (!body || sending || unavailable) return;
    setError(undefined);
    const outcome = await sendReply(conversationId, body);
    if (!outcome.ok) {
      setError(outcome.fieldErrors.text ?? outcome.message);
      return;
    }
    setText('');
    setSent((previous) => [...previous, { reply: outcome.value, messagesBefore: messageCount }]);
    onSent?.(outcome.value);
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void send();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.currentTarget.blur();
    }
  }

  const known = new Set(replies.map((reply) => reply.id));
  const shown = [
    ...replies,
    ...sent
      .filter(
        ({ reply, messagesBefore }) => messagesBefore === messageCount && !known.has(reply.id),
      )
      .map(({ reply }) => reply),
  ];

  return (
    <Stack gap="3">
      {shown.length > 0 && (
        <Stack as="ul" listStyleType="none" gap="2" aria-label="Your replies">
          {shown.map((reply) => (
            <ReplyItem key={reply.id} reply={reply} />
          ))}
        </Stack>
      )}
      {unavailable && (
        <Alert.Root status="info" size="sm">
          <Alert.Indicator />
          <Alert.Title>{unavailable}</Alert.Title>
        </Alert.Root>
      )}
      <Field.Root invalid={Boolean(error)} disabled={Boolean(unavailable)}>
        <Field.Label>Reply via {CHANNEL_LABELS[channel]}</Field.Label>
        <Textarea
          ref={ref}
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={onKeyDown}
          rows={3}
          placeholder="Write a reply…"
        />
        {error ? (
          <Field.ErrorText>{error}</Field.ErrorText>
        ) : (
          <Field.HelperText>Ctrl+Enter (⌘+Enter) sends; Escape leaves the box.</Field.HelperText>
        )}
      </Field.Root>
      <HStack justify="flex-end">
        <Button
          colorPalette="blue"
          size="sm"
          loading={sending}
          disabled={!text.trim() || Boolean(unavailable)}
          onClick={() => void send()}
        >
          Send reply
        </Button>
      </HStack>
    </Stack>
  );
}

function ReplyItem({ reply }: { reply: ReplyFieldsFragment }) {
  return (
    <Stack
      as="li"
      gap="1"
      alignSelf="flex-end"
      maxW="85%"
      borderWidth="1px"
      borderRadius="md"
      p="2"
      bg="blue.50"
      data-testid="reply"
      data-status={reply.status}
    >
      <Text whiteSpace="pre-wrap">{reply.text}</Text>
      <HStack gap="2" justify="flex-end" fontSize="xs" color="fg.muted">
        <time dateTime={reply.sentAt ?? reply.createdAt}>
          {formatMessageTime(reply.sentAt ?? reply.createdAt)}
        </time>
        <Badge colorPalette={REPLY_STATUS_COLORS[reply.status]} size="sm">
          {REPLY_STATUS_LABELS[reply.status]}
        </Badge>
      </HStack>
      {reply.status === 'FAILED' && (
        <Alert.Root status="error" size="sm" role="alert">
          <Alert.Indicator />
          <Alert.Title>Not delivered{reply.error ? `: ${reply.error}` : '.'}</Alert.Title>
        </Alert.Root>
      )}
    </Stack>
  );
}
