// Listens for a page's single-key shortcuts on the whole document while enabled: `actionForKey`
// reads a key press as one of the page's actions (or null), `onAction` carries it out.
import { useEffect, useRef } from 'react';
import type { ShortcutEvent } from '../lib/page-shortcuts.ts';

export function usePageShortcuts<TAction>(
  actionForKey: (event: ShortcutEvent) => TAction | null,
  onAction: (action: TAction) => void,
  enabled = true,
) {
  // The latest callbacks, without re-subscribing each render.
  const latest = useRef({ actionForKey, onAction });
  useEffect(() => {
    latest.current = { actionForKey, onAction };
  });

  useEffect(() => {
    if (!enabled) return;
    function onKeyDown(event: KeyboardEvent) {
      const action = latest.current.actionForKey(event);
      if (action === null) return;
      event.preventDefault();
      latest.current.onAction(action);
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
