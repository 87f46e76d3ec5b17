// A run's steps as a timeline, from its trigger to its end, each step with its output or error.
import { Badge, Code, HStack, Stack, Text, Timeline } from '@chakra-ui/react';
import { formatDateTime, formatDuration } from '../format.ts';
import { buildRunTimeline, type TimelineRunInput, type Tone } from '../run-timeline.ts';
import { JsonBlock } from './json-block.tsx';
import { RunErrorBlock } from './run-error.tsx';

const TONES: Record<Tone, { palette: string; mark: string }> = {
  neutral: { palette: 'gray', mark: '•' },
  progress: { palette: 'blue', mark: '…' },
  success: { palette: 'green', mark: '✓' },
  warning: { palette: 'orange', mark: '!' },
  error: { palette: 'red', mark: '✕' },
};

export function RunTimeline({ run }: { run: TimelineRunInput }) {
  const entries = buildRunTimeline(run);
  return (
    <Timeline.Root size="lg" variant="solid" aria-label="Run timeline" maxW="full">
      {entries.map((entry) => {
        const tone = TONES['tone' in entry ? entry.tone : 'neutral'];
        return (
          <Timeline.Item key={entry.key} data-testid={`timeline-${entry.kind}`}>
            <Timeline.Connector>
              <Timeline.Separator />
              <Timeline.Indicator colorPalette={tone.palette} aria-hidden="true">
                {tone.mark}
              </Timeline.Indicator>
            </Timeline.Connector>
            <Timeline.Content minW="0">
              <Timeline.Title>
                <HStack gap="2" flexWrap="wrap">
                  <Text as="h3" fontWeight="semibold">
                    {entry.title}
                  </Text>
                  {entry.kind === 'step' && (
                    <Badge colorPalette={tone.palette} variant="subtle">
                      {entry.statusLabel}
                    </Badge>
                  )}
                </HStack>
              </Timeline.Title>
              <Timeline.Description>
                <HStack gap="2" flexWrap="wrap" fontSize="sm">
                  {entry.at ? (
                    <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
                  ) : (
                    <span>Not yet</span>
                  )}
                  {entry.kind === 'step' && <Code size="sm">{entry.op}</Code>}
                  {(entry.kind === 'step' || entry.kind === 'end') && entry.durationMs != null && (
                    <span>took {formatDuration(entry.durationMs)}</span>
                  )}
                  {(entry.kind === 'step' || entry.kind === 'start') && entry.detail && (
                    <span>{entry.detail}</span>
                  )}
                </HStack>
              </Timeline.Description>
              {(entry.kind === 'step' || entry.kind === 'end') && (
                <Stack gap="2" mt="2" minW="0">
                  {entry.error && <RunErrorBlock error={entry.error} />}
                  {entry.hasOutput && (
                    <JsonBlock
                      label={entry.kind === 'step' ? `Output of ${entry.title}` : 'Run output'}
                      value={entry.output}
                    />
                  )}
                  {entry.kind === 'step' && !entry.hasOutput && !entry.error && (
                    <Text fontSize="xs" color="fg.muted">
                      No output.
                    </Text>
                  )}
                </Stack>
              )}
            </Timeline.Content>
          </Timeline.Item>
        );
      })}
    </Timeline.Root>
  );
}
