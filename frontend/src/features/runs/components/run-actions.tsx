// Cancel (a run that has not ended) and replay (a failed run), each after a confirmation; a replay
// links to the run it started.
import { Alert, Link, Stack, Text } from '@chakra-ui/react';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { ConfirmButton } from '../../../components/confirm-button.tsx';
import { toaster } from '../../../components/toaster.tsx';
import { useCancelRun } from '../api/cancel-run.ts';
import { useReplayRun } from '../api/replay-run.ts';
import { canCancelRun, canReplayRun, type RunStatus, whyNoReplay } from '../run-status.ts';

export function RunActions({
  run,
  mayControl,
  onCancelled,
}: {
  run: { id: string; status: RunStatus; functionName: string };
  /** Members and up; viewers may only look. */
  mayControl: boolean;
  onCancelled?(): void;
}) {
  const { cancelRun, cancelling } = useCancelRun();
  const { replayRun, replaying } = useReplayRun();
  const [replay, setReplay] = useState<{ fromRunId: string; newRunId: string }>();
  const noReplay = whyNoReplay(run.status);

  if (!mayControl) {
    return (
      <Text fontSize="sm" color="fg.muted">
        Viewers cannot cancel or replay runs.
      </Text>
    );
  }

  return (
    <Stack gap="3">
      <Stack direction={{ base: 'column', sm: 'row' }} gap="3" align={{ sm: 'center' }}>
        {canCancelRun(run.status) && (
          <ConfirmButton
            label="Cancel run"
            title="Cancel this run?"
            description={`“${run.functionName}” stops before its next step. Steps already done are not undone.`}
            confirmLabel="Cancel run"
            keepLabel="Keep it running"
            colorPalette="red"
            busy={cancelling}
            onConfirm={async () => {
              const outcome = await cancelRun(run.id);
              if (!outcome.ok) return outcome.fieldErrors.runId ?? outcome.message;
              toaster.create({ type: 'success', title: 'Run cancelled' });
              onCancelled?.();
              return undefined;
            }}
          />
        )}
        {canReplayRun(run.status) && (
          <ConfirmButton
            label="Replay run"
            title="Replay this run?"
            description={`A new run of “${run.functionName}” starts with the same trigger event. Its steps run again, so what they do (such as creating tasks) may happen again.`}
            confirmLabel="Replay run"
            colorPalette="blue"
            busy={replaying}
            onConfirm={async () => {
              const outcome = await replayRun(run.id);
              if (!outcome.ok) return outcome.fieldErrors.runId ?? outcome.message;
              setReplay({ fromRunId: run.id, newRunId: outcome.value.id });
              return undefined;
            }}
          />
        )}
        {noReplay && (
          <Text fontSize="sm" color="fg.muted">
            {noReplay}
          </Text>
        )}
      </Stack>
      {replay?.fromRunId === run.id && (
        <Alert.Root status="success" role="status">
          <Alert.Indicator />
          <Alert.Content>
            <Alert.Title>Replay started</Alert.Title>
            <Alert.Description>
              A new run of “{run.functionName}” is queued.{' '}
              <Link asChild fontWeight="semibold" textDecoration="underline">
                <RouterLink to={`/runs/${replay.newRunId}`}>Open the new run</RouterLink>
              </Link>
            </Alert.Description>
          </Alert.Content>
        </Alert.Root>
      )}
    </Stack>
  );
}
