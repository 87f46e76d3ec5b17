// Keeps a workspace's GraphQL subscription open while the component is shown, and calls back
// with each event's data (the SSE transport is lib/graphql-event-stream.ts).
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useEffect, useRef, useState } from 'react';
import { parseBuildEnv } from '../config/env.ts';
import { streamGraphqlEvents } from '../lib/graphql-event-stream.ts';
import { useAuth } from './use-auth.tsx';

export function useLiveSubscription<TData>(
  document: TypedDocumentNode<TData, { workspaceId: string }>,
  workspaceId: string,
  onData: (data: TData) => void,
): { live: boolean } {
  const { supabase } = useAuth();
  const [live, setLive] = useState(false);
  // The latest callback, without reopening the stream each render.
  const onDataRef = useRef(onData);
  useEffect(() => {
    onDataRef.current = onData;
  });

  useEffect(() => {
    const apiUrl = parseBuildEnv(import.meta.env).VITE_API_URL;
    return streamGraphqlEvents<TData>({
      url: `${apiUrl}/graphql`,
      document,
      variables: { workspaceId },
      getToken: async () => (await supabase.auth.getSession()).data.session?.access_token,
      onData: (data) => onDataRef.current(data),
      onLiveChange: setLive,
    });
  }, [document, supabase, workspaceId]);

  return { live };
}
