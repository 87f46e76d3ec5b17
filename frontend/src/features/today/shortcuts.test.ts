import { describe, expect, it } from 'vitest';
import { answerForKey, isTypingOrBusyTarget, type ShortcutEvent } from './shortcuts.ts';

function press(key: string, overrides: Partial<ShortcutEvent> = {}): ShortcutEvent {
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

function element(html: string, selector: string): Element {
  const host = document.createElement('div');
  host.innerHTML = html;
  document.body.append(host);
  return host.querySelector(selector)!;
}

describe('the answer shortcuts', () => {
  it('answers done with d, snooze with s and dismiss with x', () => {
    expect(answerForKey(press('d'))).toBe('done');
    expect(answerForKey(press('s'))).toBe('snooze');
    expect(answerForKey(press('x'))).toBe('dismiss');
  });

  it('works with caps lock on', () => {
    expect(answerForKey(press('D'))).toBe('done');
  });

  it('ignores other keys', () => {
    expect(answerForKey(press('a'))).toBeNull();
    expect(answerForKey(press('Enter'))).toBeNull();
  });

  it('leaves browser shortcuts alone: Ctrl+D, Cmd+S, Alt+X', () => {
    expect(answerForKey(press('d', { ctrlKey: true }))).toBeNull();
    expect(answerForKey(press('s', { metaKey: true }))).toBeNull();
    expect(answerForKey(press('x', { altKey: true }))).toBeNull();
  });

  it('does not answer twice for a held key, nor mid-composition, nor when handled already', () => {
    expect(answerForKey(press('d', { repeat: true }))).toBeNull();
    expect(answerForKey(press('d', { isComposing: true }))).toBeNull();
    expect(answerForKey(press('d', { defaultPrevented: true }))).toBeNull();
  });

  it('is ignored while typing in a text field, a text area, a select or editable content', () => {
    expect(answerForKey(press('d', { target: element('<input name="q">', 'input') }))).toBeNull();
    expect(
      answerForKey(press('s', { target: element('<input type="datetime-local">', 'input') })),
    ).toBeNull();
    expect(
      answerForKey(press('x', { target: element('<textarea></textarea>', 'textarea') })),
    ).toBeNull();
    expect(answerForKey(press('d', { target: element('<select></select>', 'select') }))).toBeNull();
    expect(
      answerForKey(
        press('d', { target: element('<div contenteditable="true"><p>hi</p></div>', 'p') }),
      ),
    ).toBeNull();
  });

  it('is ignored inside a dialog or an open menu', () => {
    expect(
      answerForKey(
        press('d', { target: element('<div role="dialog"><button>OK</button></div>', 'button') }),
      ),
    ).toBeNull();
    expect(
      answerForKey(
        press('x', {
          target: element('<div role="menu"><div role="menuitem">A</div></div>', '[role=menuitem]'),
        }),
      ),
    ).toBeNull();
  });

  it('works while a button or a checkbox has focus', () => {
    expect(
      answerForKey(press('d', { target: element('<button>Why this tip</button>', 'button') })),
    ).toBe('done');
    expect(isTypingOrBusyTarget(element('<input type="checkbox">', 'input'))).toBe(false);
  });
});
