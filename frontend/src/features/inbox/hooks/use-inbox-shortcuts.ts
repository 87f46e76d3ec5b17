// Listens for the inbox's keys (j, k, r) on the whole page.
import { usePageShortcuts } from '../../../hooks/use-page-shortcuts.ts';
import { type InboxAction, inboxActionForKey } from '../shortcuts.ts';

export function useInboxShortcuts(onAction: (action: InboxAction) => void) {
  usePageShortcuts(inboxActionForKey, onAction);
}
