// Resolves which workspace the app shows: the one last chosen if the user still belongs to it,
// else their first. A user with none is sent to create one.
import { type ReactNode, useEffect } from 'react';
import { Navigate } from 'react-router';
import { ErrorState, LoadingState } from '../../../components/page-states.tsx';
import { WorkspaceContext } from '../../../hooks/use-workspace.ts';
import { describeRequestError } from '../../../lib/api-errors.ts';
import { useCurrentWorkspaceStore } from '../../../stores/current-workspace.ts';
import { useMyWorkspaces } from '../api/my-workspaces.ts';

export function WorkspaceGate({ children }: { children: ReactNode }) {
  const { data, error, loading, refetch } = useMyWorkspaces();
  const chosenId = useCurrentWorkspaceStore((state) => state.workspaceId);
  const selectWorkspace = useCurrentWorkspaceStore((state) => state.selectWorkspace);
  const workspaces = data?.me.workspaces ?? [];
  const current = workspaces.find((w) => w.id === chosenId) ?? workspaces[0];

  useEffect(() => {
    if (current && current.id !== chosenId) selectWorkspace(current.id);
  }, [current, chosenId, selectWorkspace]);

  if (!data && loading) return <LoadingState label="Loading your workspaces…" />;
  if (!data) {
    return (
      <ErrorState
        title="Your workspaces could not be loaded"
        message={error ? describeRequestError(error) : 'The server sent no answer.'}
        onRetry={() => void refetch()}
      />
    );
  }
  if (!current) return <Navigate to="/welcome" replace />;
  return <WorkspaceContext.Provider value={current}>{children}</WorkspaceContext.Provider>;
}
