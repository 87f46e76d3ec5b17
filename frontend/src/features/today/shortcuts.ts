// The keyboard answers to a tip: d for done, s for snooze, x for dismiss, by the rule of
// lib/page-shortcuts.ts (never while typing, in a dialog or menu, or with a modifier held).
import { isPageShortcut, type ShortcutEvent } from '../../lib/page-shortcuts.ts';

export type TipAnswer = 'done' | 'snooze' | 'dismiss';

export const ANSWER_KEYS: Readonly<Record<TipAnswer, string>> = {
  done: 'd',
  snooze: 's',
  dismiss: 'x',
};

const ANSWER_BY_KEY = new Map(
  Object.entries(ANSWER_KEYS).map(([answer, key]) => [key, answer as TipAnswer]),
);

export function answerForKey(event: ShortcutEvent): TipAnswer | null {
  // A held key answers once.
  if (event.repeat || !isPageShortcut(event)) return null;
  return ANSWER_BY_KEY.get(event.key.toLowerCase()) ?? null;
}
