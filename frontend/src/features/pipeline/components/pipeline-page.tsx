// Pipeline: the workspace's deals by step of its sales workflow.
import {
  Alert,
  Box,
  CloseButton,
  Heading,
  HStack,
  Stack,
  Text,
  VisuallyHidden,
} from '@chakra-ui/react';
import { useMemo } from 'react';
import { EmptyHint, ErrorState, LoadingState } from '../../../components/page-states.tsx';
import { canEdit, useWorkspace } from '../../../hooks/use-workspace.ts';
import { describeRequestError } from '../../../lib/api-errors.ts';
import { useDealWorkflows, usePipelineBoard } from '../api/pipeline-board.ts';
import { buildBoard, summarizeOpenPipeline } from '../board.ts';
import { formatTotals } from '../money-words.ts';
import { useDealMoves } from '../hooks/use-deal-moves.ts';
import type { StaleInfo } from './deal-card.tsx';
import { NewDealDialog } from './new-deal-dialog.tsx';
import { PipelineBoard } from './pipeline-board.tsx';

export function PipelinePage() {
  const workspace = useWorkspace();
  const workflows = useDealWorkflows(workspace.id);
  const workflow = workflows.data?.workflows[0];
  const board = usePipelineBoard(workspace.id, workflow?.id);
  const { moves, moveDeal, dismissRefusal, announcement } = useDealMoves(board.refetch);

  const columns = useMemo(
    () => buildBoard(board.data?.pipeline?.steps ?? [], moves.pending),
    [board.data, moves.pending],
  );
  const staleById = useMemo(
    () =>
      new Map<string, StaleInfo>(
        (board.data?.staleDeals ?? []).map((stale) => [stale.deal.id, stale]),
      ),
    [board.data],
  );
  const open = summarizeOpenPipeline(columns);
  const editable = canEdit(workspace.role);
  const initialStep = columns.find((column) => column.step.isInitial)?.step ?? columns[0]?.step;
  const totalDeals = columns.reduce((sum, column) => sum + column.count, 0);

  let body;
  if (workflows.error && !workflows.data) {
    body = (
      <ErrorState
        title="The pipeline could not be loaded"
        message={describeRequestError(workflows.error)}
        onRetry={() => void workflows.refetch()}
      />
    );
  } else if (!workflows.data) {
    body = <LoadingState label="Loading the pipeline…" />;
  } else if (!workflow) {
    body = (
      <EmptyHint
        title="This workspace has no deal workflow"
        description="Deals move through a sales workflow. New workspaces get one; ask an admin to create one for this workspace."
      />
    );
  } else if (board.error && !board.data) {
    body = (
      <ErrorState
        title="The pipeline could not be loaded"
        message={describeRequestError(board.error)}
        onRetry={() => void board.refetch()}
      />
    );
  } else if (!board.data) {
    body = <LoadingState label="Loading the pipeline…" />;
  } else if (!board.data.pipeline) {
    body = (
      <ErrorState
        title="This pipeline is not available"
        message="The workflow may have been removed, or you are no longer a member of this workspace."
        onRetry={() => void board.refetch()}
      />
    );
  } else {
    body = (
      <>
        {totalDeals === 0 && (
          <EmptyHint
            title="No deals yet"
            description={
              editable
                ? `Create your first deal with “New deal”: it starts in ${initialStep?.name ?? 'the first step'}. Then drag it, or use its “Move to…” menu, as it progresses.`
                : 'Deals your team creates show here, by step.'
            }
          />
        )}
        <PipelineBoard
          columns={columns}
          staleById={staleById}
          canMove={editable}
          onMove={(deal, from, to) => void moveDeal(deal, from, to)}
        />
      </>
    );
  }

  return (
    <Stack gap="4" h="full" minH="0">
      <HStack justify="space-between" align="flex-start" flexWrap="wrap" gap="3">
        <Stack gap="0">
          <Heading as="h1" size="xl">
            Pipeline
          </Heading>
          {workflow && board.data?.pipeline && (
            <Text color="fg.muted" fontSize="sm">
              {workflow.name} · {open.count} open {open.count === 1 ? 'deal' : 'deals'}
              {open.totals.length > 0 &&
                ` worth ${formatTotals(open.totals)}, weighted ${formatTotals(open.weightedTotals)}`}
            </Text>
          )}
        </Stack>
        {workflow && editable && (
          <NewDealDialog
            workspaceId={workspace.id}
            workflowId={workflow.id}
            initialStepName={initialStep?.name}
          />
        )}
      </HStack>
      {moves.refusal && (
        <Alert.Root status="error" role="alert">
          <Alert.Indicator />
          <Alert.Content>
            <Alert.Title>{moves.refusal.title}</Alert.Title>
            <Alert.Description>{moves.refusal.message}</Alert.Description>
          </Alert.Content>
          <CloseButton size="sm" aria-label="Dismiss" onClick={dismissRefusal} />
        </Alert.Root>
      )}
      <VisuallyHidden aria-live="polite">{announcement}</VisuallyHidden>
      <Box flex="1" minH="0" display="flex" flexDirection="column">
        {body}
      </Box>
    </Stack>
  );
}
