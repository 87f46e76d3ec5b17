// The inbox's keys: j and k move to the next and previous conversation, r goes to the reply box
// (Escape leaves it, handled by the box), by the rule of lib/page-shortcuts.ts (never while
// typing, in a dialog or menu, or with a modifier held).
import { isPageShortcut, type ShortcutEvent } from '../../lib/page-shortcuts.ts';

export type InboxAction = 'next' | 'previous' | 'reply';

const ACTION_BY_KEY: ReadonlyMap<string, InboxAction> = new Map([
  ['j', 'next'],
  ['k', 'previous'],
  ['r', 'reply'],
]);

export function inboxActionForKey(event: ShortcutEvent): InboxAction | null {
  if (!isPageShortcut(event)) return null;
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
