// One message of a conversation: inbound on the left, ours on the right, with its sender, time,
// an "edited" or "deleted" marker and its attachments.
import { Box, HStack, Link, Stack, Text } from '@chakra-ui/react';
import type { MessageFieldsFragment } from '../../../gql/graphql.ts';
import {
  formatMessageTime,
  formatSize,
  outboundSenderName,
  participantName,
} from '../conversation-words.ts';

export function MessageItem({ message }: { message: MessageFieldsFragment }) {
  const outbound = message.direction === 'OUTBOUND';
  return (
    <Stack
      as="li"
      gap="1"
      alignSelf={outbound ? 'flex-end' : 'flex-start'}
      maxW="85%"
      borderWidth="1px"
      borderRadius="md"
      p="2"
      bg={outbound ? 'blue.50' : 'bg'}
      data-testid="message"
      data-direction={message.direction}
    >
      <HStack gap="2" fontSize="xs" color="fg.muted">
        <Text fontWeight="semibold" color="fg">
          {outbound ? outboundSenderName(message.sender) : participantName(message.sender)}
        </Text>
        <time dateTime={message.sentAt}>{formatMessageTime(message.sentAt)}</time>
        {message.editedAt && !message.deleted && (
          <Text as="span" title={`Edited ${new Date(message.editedAt).toLocaleString()}`}>
            (edited)
          </Text>
        )}
      </HStack>
      {message.deleted ? (
        <Text fontStyle="italic" color="fg.muted">
          This message was deleted.
        </Text>
      ) : (
        <Text whiteSpace="pre-wrap" overflowWrap="anywhere">
          {message.text}
        </Text>
      )}
      {message.attachments.length > 0 && !message.deleted && (
        <Box as="ul" listStyleType="none" fontSize="sm" aria-label="Attachments">
          {message.attachments.map((attachment, index) => (
            <Box as="li" key={`${attachment.name}-${index}`}>
              {attachment.url ? (
                <Link href={attachment.url} target="_blank" rel="noreferrer" color="blue.700">
                  📎 {attachment.name}
                </Link>
              ) : (
                <Text as="span">📎 {attachment.name}</Text>
              )}{' '}
              <Text as="span" color="fg.muted">
                ({formatSize(attachment.size)})
              </Text>
            </Box>
          ))}
        </Box>
      )}
    </Stack>
  );
}
