// Listens for the inbox's keys (j, k, r) on the whole page.
import { useEffect, useRef } from 'react';
import { type InboxAction, inboxActionForKey } from '../shortcuts.ts';

export function useInboxShortcuts(onAction: (action: InboxAction) => void) {
  const onActionRef = useRef(onAction);
  useEffect(() => {
    onActionRef.current = onAction;
  });

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const action = inboxActionForKey(event);
      if (!action) return;
      event.preventDefault();
      onActionRef.current(action);
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
