// The channel a conversation came through, as a small icon with its name for screen readers.
import { Box } from '@chakra-ui/react';
import type { Channel } from '../../../gql/graphql.ts';
import { CHANNEL_LABELS } from '../conversation-words.ts';

const PATHS: Readonly<Record<Channel, string>> = {
  // A hash of four bars, Slack's shape without its colours.
  SLACK: 'M9 3v18M15 3v18M3 9h18M3 15h18',
  // A paper plane.
  TELEGRAM: 'M21 4 3 11l6 2 2 6 3-4 5 4 2-15ZM9 13l9-7',
  // An envelope.
  EMAIL: 'M3 6h18v12H3zM3 6l9 7 9-7',
};

const COLORS: Readonly<Record<Channel, string>> = {
  SLACK: 'purple.600',
  TELEGRAM: 'blue.500',
  EMAIL: 'gray.600',
};

export function ChannelIcon({
  channel,
  size = 16,
  decorative = false,
}: {
  channel: Channel;
  size?: number;
  /** Next to the channel's name already (a filter button): hidden from screen readers. */
  decorative?: boolean;
}) {
  return (
    <Box
      as="span"
      display="inline-flex"
      color={COLORS[channel]}
      flexShrink={0}
      role={decorative ? undefined : 'img'}
      aria-label={decorative ? undefined : CHANNEL_LABELS[channel]}
      aria-hidden={decorative ? true : undefined}
      title={decorative ? undefined : CHANNEL_LABELS[channel]}
      data-channel={channel}
    >
      <svg viewBox="0 0 24 24" width={size} height={size} aria-hidden="true">
        <path
          d={PATHS[channel]}
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
    </Box>
  );
}
