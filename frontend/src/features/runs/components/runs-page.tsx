// Runs: the automations the workspace's events started, newest first, filtered by status (kept in
// the URL, so a filtered list can be bookmarked), a page at a time.
import { NetworkStatus } from '@apollo/client';
import { Box, Button, Code, Heading, HStack, Link, Stack, Text } from '@chakra-ui/react';
import { useEffect, useId, useState } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { EmptyHint, ErrorState, LoadingState } from '../../../components/page-states.tsx';
import { useWorkspace } from '../../../hooks/use-workspace.ts';
import { describeRequestError } from '../../../lib/api-errors.ts';
import { useAutomationRuns } from '../api/automation-runs.ts';
import { formatDateTime, formatDuration } from '../format.ts';
import {
  formatStatusFilter,
  isActiveRun,
  parseStatusFilter,
  RUN_STATUSES,
  runStatusLabel,
  type RunStatus,
  toggleStatus,
} from '../run-status.ts';
import { RunStatusBadge } from './run-status-badge.tsx';

/** How often a page with runs still going asks again. */
const POLL_MS = 3000;

export function RunsPage() {
  const workspace = useWorkspace();
  const [searchParams, setSearchParams] = useSearchParams();
  const statuses = parseStatusFilter(searchParams.get('status'));
  const filterKey = `${workspace.id}:${formatStatusFilter(statuses)}`;
  // The cursors of the pages before this one; a new filter or workspace starts at the newest.
  const [paging, setPaging] = useState<{ key: string; cursors: string[] }>({
    key: filterKey,
    cursors: [],
  });
  const cursors = paging.key === filterKey ? paging.cursors : [];
  const after = cursors.at(-1);
  const runs = useAutomationRuns(workspace.id, statuses, after);
  const connection = runs.data?.automationRuns;
  const nodes = connection?.edges.map((edge) => edge.node) ?? [];
  const anyActive = nodes.some((run) => isActiveRun(run.status));
  const { startPolling, stopPolling } = runs;

  useEffect(() => {
    if (!anyActive) return;
    startPolling(POLL_MS);
    return () => stopPolling();
  }, [anyActive, startPolling, stopPolling]);

  function setStatuses(next: RunStatus[]) {
    const params = new URLSearchParams(searchParams);
    const value = formatStatusFilter(next);
    if (value) params.set('status', value);
    else params.delete('status');
    setSearchParams(params, { replace: true });
  }

  let body;
  if (runs.error && !runs.data) {
    body = (
      <ErrorState
        title="The runs could not be loaded"
        message={describeRequestError(runs.error)}
        onRetry={() => void runs.refetch()}
      />
    );
  } else if (!connection) {
    body = <LoadingState label="Loading runs…" />;
  } else if (nodes.length === 0) {
    body =
      statuses.length > 0 ? (
        <EmptyHint
          title="No runs with these statuses"
          description={`None of the workspace’s runs is ${listStatuses(statuses)}${cursors.length > 0 ? ' on this page' : ''}.`}
          action={
            <Button size="sm" variant="outline" onClick={() => setStatuses([])}>
              Show all runs
            </Button>
          }
        />
      ) : (
        <EmptyHint
          title="No automation runs yet"
          description="Automations run when something happens in the workspace: assign a deal to someone and “Review your new deal” runs; move a deal into a step with automation rules (see Workflows) and its tasks are created. Their runs show here."
        />
      );
  } else {
    body = (
      <Stack gap="3">
        <Stack as="ul" gap="2" listStyleType="none" aria-label="Runs">
          {nodes.map((run) => (
            <RunRow key={run.id} run={run} />
          ))}
        </Stack>
        <HStack gap="2" justify="space-between" flexWrap="wrap">
          <Button
            size="sm"
            variant="outline"
            disabled={cursors.length === 0}
            onClick={() => setPaging({ key: filterKey, cursors: [] })}
          >
            Newest runs
          </Button>
          <Button
            size="sm"
            variant="outline"
            disabled={!connection.pageInfo.hasNextPage || !connection.pageInfo.endCursor}
            onClick={() => {
              const next = connection.pageInfo.endCursor;
              if (next) setPaging({ key: filterKey, cursors: [...cursors, next] });
            }}
          >
            Older runs
          </Button>
        </HStack>
      </Stack>
    );
  }

  return (
    <Stack gap="4" maxW="5xl">
      <HStack justify="space-between" align="flex-start" flexWrap="wrap" gap="3">
        <Stack gap="0">
          <Heading as="h1" size="xl">
            Runs
          </Heading>
          <Text color="fg.muted" fontSize="sm">
            Automations the workspace’s events started, newest first.
          </Text>
        </Stack>
        <Button
          size="sm"
          variant="outline"
          loading={runs.networkStatus === NetworkStatus.refetch}
          loadingText="Refreshing…"
          onClick={() => void runs.refetch().catch(() => undefined)}
        >
          Refresh
        </Button>
      </HStack>
      <StatusFilter statuses={statuses} onChange={setStatuses} />
      <Box>{body}</Box>
    </Stack>
  );
}

function StatusFilter({
  statuses,
  onChange,
}: {
  statuses: readonly RunStatus[];
  onChange(next: RunStatus[]): void;
}) {
  const labelId = useId();
  return (
    <Stack gap="2">
      <Text id={labelId} fontSize="sm" fontWeight="medium">
        Filter by status
      </Text>
      <HStack role="group" aria-labelledby={labelId} gap="2" flexWrap="wrap">
        <Button
          size="xs"
          variant={statuses.length === 0 ? 'solid' : 'outline'}
          colorPalette={statuses.length === 0 ? 'blue' : undefined}
          aria-pressed={statuses.length === 0}
          onClick={() => onChange([])}
        >
          All statuses
        </Button>
        {RUN_STATUSES.map((status) => {
          const on = statuses.includes(status);
          return (
            <Button
              key={status}
              size="xs"
              variant={on ? 'solid' : 'outline'}
              colorPalette={on ? 'blue' : undefined}
              aria-pressed={on}
              onClick={() => onChange(toggleStatus(statuses, status))}
            >
              {runStatusLabel(status)}
            </Button>
          );
        })}
      </HStack>
    </Stack>
  );
}

interface RunRowData {
  id: string;
  functionName: string;
  functionId: string;
  status: RunStatus;
  createdAt: string;
  startedAt?: string | null;
  endedAt?: string | null;
  durationMs?: number | null;
  replayOf?: string | null;
  triggerEvent: { name: string };
}

function RunRow({ run }: { run: RunRowData }) {
  return (
    <Box
      as="li"
      borderWidth="1px"
      borderRadius="md"
      p="3"
      bg="bg"
      _hover={{ boxShadow: 'xs' }}
      data-testid="run-row"
    >
      <Stack gap="1">
        <HStack gap="2" justify="space-between" flexWrap="wrap">
          <Link asChild fontWeight="semibold" color="blue.700">
            <RouterLink to={`/runs/${run.id}`}>{run.functionName}</RouterLink>
          </Link>
          <RunStatusBadge status={run.status} />
        </HStack>
        <Text fontSize="sm" color="fg.muted">
          Triggered by <Code size="sm">{run.triggerEvent.name}</Code>
          {run.replayOf && ' · a replay'}
        </Text>
        <HStack fontSize="sm" color="fg.muted" gap="3" flexWrap="wrap">
          {run.startedAt ? (
            <Text>
              Started <time dateTime={run.startedAt}>{formatDateTime(run.startedAt)}</time>
            </Text>
          ) : (
            <Text>
              Queued <time dateTime={run.createdAt}>{formatDateTime(run.createdAt)}</time>
            </Text>
          )}
          {run.endedAt ? (
            <Text>
              Ended <time dateTime={run.endedAt}>{formatDateTime(run.endedAt)}</time>
              {run.durationMs != null && ` (took ${formatDuration(run.durationMs)})`}
            </Text>
          ) : (
            <Text>Not ended yet</Text>
          )}
        </HStack>
      </Stack>
    </Box>
  );
}

function listStatuses(statuses: readonly RunStatus[]): string {
  const words = statuses.map((status) => runStatusLabel(status).toLowerCase());
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
}
