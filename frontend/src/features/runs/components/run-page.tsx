// One automation run: what triggered it, its steps as a timeline with their outputs and errors,
// and cancel or replay. A run still going is asked about again every few seconds.
import { Box, Button, Code, DataList, Heading, HStack, Link, Stack, Text } from '@chakra-ui/react';
import { type ReactNode, useEffect, useRef } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { ErrorState, LoadingState } from '../../../components/page-states.tsx';
import { canEdit, useWorkspace } from '../../../hooks/use-workspace.ts';
import { describeRequestError } from '../../../lib/api-errors.ts';
import { useAutomationRun } from '../api/automation-run.ts';
import { formatDateTime, formatDuration } from '../format.ts';
import { isActiveRun } from '../run-status.ts';
import { JsonBlock } from './json-block.tsx';
import { RunActions } from './run-actions.tsx';
import { RunStatusBadge } from './run-status-badge.tsx';
import { RunTimeline } from './run-timeline.tsx';

const POLL_MS = 2000;

export function RunPage() {
  const { runId = '' } = useParams();
  const workspace = useWorkspace();
  const query = useAutomationRun(runId);
  const run = query.data?.automationRun;
  const active = run ? isActiveRun(run.status) : false;
  const { startPolling, stopPolling } = query;
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (!active) return;
    startPolling(POLL_MS);
    return () => stopPolling();
  }, [active, startPolling, stopPolling]);

  let body;
  if (query.error && !query.data) {
    body = (
      <ErrorState
        title="This run could not be loaded"
        message={describeRequestError(query.error)}
        onRetry={() => void query.refetch()}
      />
    );
  } else if (!query.data) {
    body = <LoadingState label="Loading the run…" />;
  } else if (!run) {
    body = (
      <Stack gap="2" py="4">
        <Heading as="h1" size="xl">
          Run not found
        </Heading>
        <Text color="fg.muted">
          No run of yours has this address: it may belong to a workspace you are not a member of, or
          the link is incomplete.
        </Text>
      </Stack>
    );
  } else {
    body = (
      <Stack gap="6">
        <Stack gap="2">
          <HStack gap="3" flexWrap="wrap">
            <Heading as="h1" size="xl" ref={heading} tabIndex={-1} outline="none">
              {run.functionName}
            </Heading>
            <RunStatusBadge status={run.status} />
          </HStack>
          <Text color="fg.muted" fontSize="sm">
            Function <Code size="sm">{run.functionId}</Code>
            {run.workspaceId && run.workspaceId !== workspace.id && ' · of another workspace'}
          </Text>
        </Stack>

        <RunActions
          key={run.id}
          run={run}
          mayControl={canEdit(workspace.role)}
          // The cancel button goes away with the run it cancelled.
          onCancelled={() => heading.current?.focus()}
        />

        <DataList.Root orientation="horizontal" size="sm" gap="2">
          <Detail label="Trigger event">
            <Code size="sm">{run.triggerEvent.name}</Code>
          </Detail>
          <Detail label="Queued">
            <time dateTime={run.createdAt}>{formatDateTime(run.createdAt)}</time>
          </Detail>
          <Detail label="Started">
            {run.startedAt ? (
              <time dateTime={run.startedAt}>{formatDateTime(run.startedAt)}</time>
            ) : (
              'Not yet'
            )}
          </Detail>
          <Detail label="Ended">
            {run.endedAt ? (
              <time dateTime={run.endedAt}>{formatDateTime(run.endedAt)}</time>
            ) : (
              'Not yet'
            )}
          </Detail>
          {run.durationMs != null && run.endedAt && (
            <Detail label="Took">{formatDuration(run.durationMs)}</Detail>
          )}
          <Detail label="Attempts">{String(run.attempts)}</Detail>
          {run.replayOf && (
            <Detail label="Replay of">
              <Link asChild color="blue.700" textDecoration="underline">
                <RouterLink to={`/runs/${run.replayOf}`}>the run it replays</RouterLink>
              </Link>
            </Detail>
          )}
        </DataList.Root>

        <Stack as="section" gap="3" aria-labelledby="run-steps-heading">
          <Heading as="h2" size="md" id="run-steps-heading">
            Steps
          </Heading>
          {run.steps.length === 0 && (
            <Text fontSize="sm" color="fg.muted">
              {active
                ? 'No step has started yet.'
                : 'This run ended without running a step (its function returned at once).'}
            </Text>
          )}
          <RunTimeline run={run} />
        </Stack>

        <Stack as="section" gap="3" aria-labelledby="run-event-heading">
          <Heading as="h2" size="md" id="run-event-heading">
            Trigger event
          </Heading>
          <Text fontSize="sm" color="fg.muted">
            <Code size="sm">{run.triggerEvent.name}</Code>
            {run.triggerEvent.ts && (
              <>
                {' '}
                sent{' '}
                <time dateTime={run.triggerEvent.ts}>{formatDateTime(run.triggerEvent.ts)}</time>
              </>
            )}
          </Text>
          <JsonBlock label="Event data" value={run.triggerEvent.data} />
        </Stack>
      </Stack>
    );
  }

  return (
    <Stack gap="4" maxW="4xl">
      <Box>
        <Button asChild size="sm" variant="ghost" px="2">
          <RouterLink to="/runs">← All runs</RouterLink>
        </Button>
      </Box>
      {body}
    </Stack>
  );
}

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataList.Item>
      <DataList.ItemLabel minW="28">{label}</DataList.ItemLabel>
      <DataList.ItemValue>{children}</DataList.ItemValue>
    </DataList.Item>
  );
}
