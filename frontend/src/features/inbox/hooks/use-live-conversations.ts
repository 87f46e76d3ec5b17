// Keeps the workspace's `conversationUpdated` stream open while the inbox is shown, and calls
// back for each conversation that changed.
import { useEffect, useRef, useState } from 'react';
import { parseBuildEnv } from '../../../config/env.ts';
import { useAuth } from '../../../hooks/use-auth.tsx';
import { streamGraphqlEvents } from '../../../lib/graphql-event-stream.ts';
import { ConversationUpdatedDocument } from '../api/conversation-updated.ts';
import type {
  ConversationSummaryFieldsFragment,
  ConversationUpdatedSubscription,
} from '../../../gql/graphql.ts';

export function useLiveConversations(
  workspaceId: string,
  onUpdate: (conversation: ConversationSummaryFieldsFragment) => void,
) {
  const { supabase } = useAuth();
  const [live, setLive] = useState(false);
  const onUpdateRef = useRef(onUpdate);
  useEffect(() => {
    onUpdateRef.current = onUpdate;
  });

  useEffect(() => {
    const apiUrl = parseBuildEnv(import.meta.env).VITE_API_URL;
    return streamGraphqlEvents<ConversationUpdatedSubscription>({
      url: `${apiUrl}/graphql`,
      document: ConversationUpdatedDocument,
      variables: { workspaceId },
      getToken: async () => (await supabase.auth.getSession()).data.session?.access_token,
      onData: (data) => onUpdateRef.current(data.conversationUpdated),
      onLiveChange: setLive,
    });
  }, [supabase, workspaceId]);

  return { live };
}
