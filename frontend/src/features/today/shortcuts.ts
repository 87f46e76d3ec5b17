// The keyboard answers to a tip: d for done, s for snooze, x for dismiss. They never fire while
// someone types (inputs, text areas, editable content) or works in a dialog or menu, nor with a
// modifier held (Ctrl+D bookmarks, Ctrl+S saves).

export type TipAnswer = 'done' | 'snooze' | 'dismiss';

export const ANSWER_KEYS: Readonly<Record<TipAnswer, string>> = {
  done: 'd',
  snooze: 's',
  dismiss: 'x',
};

const ANSWER_BY_KEY = new Map(
  Object.entries(ANSWER_KEYS).map(([answer, key]) => [key, answer as TipAnswer]),
);

export type ShortcutEvent = Pick<
  KeyboardEvent,
  'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'repeat' | 'isComposing' | 'defaultPrevented'
> & { target: EventTarget | null };

export function answerForKey(event: ShortcutEvent): TipAnswer | null {
  if (event.defaultPrevented || event.repeat || event.isComposing) return null;
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  if (isTypingOrBusyTarget(event.target)) return null;
  return ANSWER_BY_KEY.get(event.key.toLowerCase()) ?? null;
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
