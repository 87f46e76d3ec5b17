// Keeps Today's `tipAdded` stream open while the page is shown, and calls back for each tip.
import { useEffect, useRef, useState } from 'react';
import { parseBuildEnv } from '../../../config/env.ts';
import { useAuth } from '../../../hooks/use-auth.tsx';
import { type AddedTip, streamAddedTips } from '../api/tip-added.ts';

export function useLiveTips(workspaceId: string, onTip: (tip: AddedTip) => void) {
  const { supabase } = useAuth();
  const [live, setLive] = useState(false);
  // The latest callback, without reopening the stream each render.
  const onTipRef = useRef(onTip);
  useEffect(() => {
    onTipRef.current = onTip;
  });

  useEffect(() => {
    const apiUrl = parseBuildEnv(import.meta.env).VITE_API_URL;
    return streamAddedTips({
      url: `${apiUrl}/graphql`,
      workspaceId,
      getToken: async () => (await supabase.auth.getSession()).data.session?.access_token,
      onTip: (tip) => onTipRef.current(tip),
      onLiveChange: setLive,
    });
  }, [supabase, workspaceId]);

  return { live };
}
