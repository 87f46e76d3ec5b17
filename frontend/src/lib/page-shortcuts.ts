// The rule every page-wide single-key shortcut follows (Today's d/s/x, the inbox's j/k/r): it
// never fires while someone types (inputs, text areas, editable content) or works in a dialog or
// menu, nor with a modifier held (Ctrl+D bookmarks, Ctrl+S saves), nor for a key already handled.

export type ShortcutEvent = Pick<
  KeyboardEvent,
  'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'repeat' | 'isComposing' | 'defaultPrevented'
> & { target: EventTarget | null };

/** Whether the key press is the page's to handle. Held keys are left to each page's rule. */
export function isPageShortcut(event: ShortcutEvent): boolean {
  if (event.defaultPrevented || event.isComposing) return false;
  if (event.ctrlKey || event.metaKey || event.altKey) return false;
  return !isTypingOrBusyTarget(event.target);
}

const TYPING_INPUT_TYPES = new Set([
  'text',
  'search',
  'email',
  'url',
  'tel',
  'password',
  'number',
  'date',
  'datetime-local',
  'time',
  'month',
  'week',
]);

/** Whether keys pressed here belong to what has focus rather than to the page. */
export function isTypingOrBusyTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  const element = target as HTMLElement;
  if (element.isContentEditable) return true;
  const tag = element.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') {
    const type = (element.getAttribute('type') ?? 'text').toLowerCase();
    if (TYPING_INPUT_TYPES.has(type)) return true;
  }
  return (
    element.closest(
      '[contenteditable=""], [contenteditable="true"], [role="dialog"], [role="alertdialog"], [role="menu"], [role="listbox"], [role="combobox"]',
    ) !== null
  );
}
