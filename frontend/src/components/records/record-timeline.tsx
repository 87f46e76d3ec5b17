// A record's timeline: what happened to it, newest first (notes, tasks and workflow moves, by
// whom and when), with the note composer on top and older entries a page at a time.
import { Box, Button, HStack, Stack, Text } from '@chakra-ui/react';
import type { EntityType, RecordTimelineQuery } from '../../gql/graphql.ts';
import { describeRequestError } from '../../lib/api-errors.ts';
import { useRecordTimeline } from '../../api/records/record-timeline.ts';
import type { MemberLike } from '../../lib/records/custom-fields.ts';
import { formatDateTime, timeAgo } from '../../lib/records/dates.ts';
import { dueLabel } from '../../lib/records/tasks.ts';
import { NoteComposer } from './note-composer.tsx';
import { RecordSection } from './record-section.tsx';

type Item = RecordTimelineQuery['timeline']['edges'][number]['node'];

export function RecordTimeline({
  entityType,
  entityId,
  canEdit,
  members,
  meId,
  gridArea,
}: {
  entityType: EntityType;
  entityId: string;
  canEdit: boolean;
  members: readonly MemberLike[];
  meId: string | undefined;
  gridArea?: string;
}) {
  const { items, data, error, refetch, loadOlder, loading } = useRecordTimeline(
    entityType,
    entityId,
  );
  const now = new Date();
  const actor = (id: string) =>
    id === meId ? 'you' : (members.find((m) => m.userId === id)?.email ?? 'an automation');

  return (
    <RecordSection title="Timeline" gridArea={gridArea}>
      <Stack gap="4">
        {canEdit && <NoteComposer entityType={entityType} entityId={entityId} />}
        {error && !data ? (
          <Text color="fg.error" fontSize="sm">
            The timeline could not be loaded. {describeRequestError(error)}{' '}
            <Button size="xs" variant="plain" colorPalette="blue" onClick={() => void refetch()}>
              Try again
            </Button>
          </Text>
        ) : !data ? (
          <Text color="fg.muted" fontSize="sm" role="status">
            Loading the timeline…
          </Text>
        ) : items.length === 0 ? (
          <Text color="fg.muted" fontSize="sm">
            Nothing has happened here yet. Notes, tasks and moves through the workflow show here.
          </Text>
        ) : (
          <Stack as="ol" gap="0" aria-label="Timeline entries" listStyleType="none">
            {items.map((item) => (
              <TimelineEntry
                key={`${item.__typename}:${item.id}`}
                item={item}
                now={now}
                actor={actor(item.actorId)}
              />
            ))}
          </Stack>
        )}
        {data?.timeline.pageInfo.hasNextPage && (
          <Button
            size="sm"
            variant="outline"
            alignSelf="center"
            loading={loading}
            onClick={() => void loadOlder()}
          >
            Show older entries
          </Button>
        )}
      </Stack>
    </RecordSection>
  );
}

function TimelineEntry({ item, now, actor }: { item: Item; now: Date; actor: string }) {
  let marker = 'gray.400';
  let heading: string;
  let body: string | null = null;
  switch (item.__typename) {
    case 'TimelineNote':
      marker = 'blue.400';
      heading = `Note by ${actor}`;
      body = item.note.body;
      break;
    case 'TimelineActivity': {
      const { activity } = item;
      marker = activity.done ? 'green.500' : activity.overdue ? 'red.500' : 'orange.400';
      const kind =
        activity.kind === 'TASK'
          ? 'Task'
          : activity.kind.charAt(0) + activity.kind.slice(1).toLowerCase();
      heading = `${kind} “${activity.title}” added by ${actor} · ${dueLabel(activity, now).text}`;
      body = activity.body ?? null;
      break;
    }
    case 'TimelineStatusChange':
      marker = item.toStep.status.color;
      heading =
        item.kind === 'START'
          ? `Started in ${item.toStep.name}`
          : item.kind === 'MIGRATE'
            ? `Moved to a new version of the workflow, in ${item.toStep.name}`
            : `Moved ${item.fromStep ? `from ${item.fromStep.name} ` : ''}to ${item.toStep.name} by ${actor}`;
      body = item.reason ?? null;
      break;
    default:
      heading = 'Something happened';
  }
  return (
    <Box as="li" position="relative" ps="5" pb="4" _last={{ pb: 0 }}>
      <Box
        position="absolute"
        left="0"
        top="1.5"
        w="2.5"
        h="2.5"
        borderRadius="full"
        bg={marker}
        aria-hidden="true"
      />
      <HStack justify="space-between" align="baseline" gap="2" flexWrap="wrap">
        <Text fontSize="sm" fontWeight="medium" minW="0" wordBreak="break-word">
          {heading}
        </Text>
        <Text asChild fontSize="xs" color="fg.muted" flexShrink={0}>
          <time dateTime={item.at} title={formatDateTime(item.at)}>
            {timeAgo(item.at, now)}
          </time>
        </Text>
      </HStack>
      {body && (
        <Text
          fontSize="sm"
          whiteSpace="pre-wrap"
          wordBreak="break-word"
          mt="1"
          color={item.__typename === 'TimelineNote' ? 'fg' : 'fg.muted'}
        >
          {body}
        </Text>
      )}
    </Box>
  );
}
