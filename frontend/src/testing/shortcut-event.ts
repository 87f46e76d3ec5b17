// A key press as the shortcut rules read it (lib/page-shortcuts.ts), on the page unless told.
import type { ShortcutEvent } from '../lib/page-shortcuts.ts';

export function press(key: string, overrides: Partial<ShortcutEvent> = {}): ShortcutEvent {
  return {
    key,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    repeat: false,
    isComposing: false,
    defaultPrevented: false,
    target: document.body,
    ...overrides,
  };
}
