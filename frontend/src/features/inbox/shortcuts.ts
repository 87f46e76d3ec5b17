// The inbox's keys: j and k move to the next and previous conversation, r goes to the reply box
// (Escape leaves it, handled by the box). Like Today's answer keys (features/today/shortcuts.ts,
// whose rule for typing targets this repeats, features importing no other), they never fire
// while someone types or works in a dialog or menu, nor with a modifier held.

export type InboxAction = 'next' | 'previous' | 'reply';

const ACTION_BY_KEY: ReadonlyMap<string, InboxAction> = new Map([
  ['j', 'next'],
  ['k', 'previous'],
  ['r', 'reply'],
]);

export type ShortcutEvent = Pick<
  KeyboardEvent,
  'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'repeat' | 'isComposing' | 'defaultPrevented'
> & { target: EventTarget | null };

export function inboxActionForKey(event: ShortcutEvent): InboxAction | null {
  if (event.defaultPrevented || event.isComposing) return null;
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  if (isTypingOrBusyTarget(event.target)) return null;
  const action = ACTION_BY_KEY.get(event.key.toLowerCase()) ?? null;
  // Holding j skims the list; holding r does nothing more than pressing it once.
  if (event.repeat && action === 'reply') return null;
  return action;
}

/** The id after (or before) `current` in the list, staying at the ends; the first when none. */
export function neighbourId(
  ids: readonly string[],
  current: string | undefined,
  step: 1 | -1,
): string | undefined {
  if (ids.length === 0) return undefined;
  const index = current === undefined ? -1 : ids.indexOf(current);
  if (index === -1) return step === 1 ? ids[0] : ids.at(-1);
  return ids[Math.min(ids.length - 1, Math.max(0, index + step))];
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

function isTypingOrBusyTarget(target: EventTarget | null): boolean {
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
