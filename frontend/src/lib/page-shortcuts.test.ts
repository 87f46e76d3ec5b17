import { describe, expect, it } from 'vitest';
import { press } from '../testing/shortcut-event.ts';
import { isPageShortcut, isTypingOrBusyTarget } from './page-shortcuts.ts';

function element(html: string, selector: string): Element {
  const host = document.createElement('div');
  host.innerHTML = html;
  document.body.append(host);
  return host.querySelector(selector)!;
}

describe('a page shortcut', () => {
  it('is a plain key pressed on the page', () => {
    expect(isPageShortcut(press('d'))).toBe(true);
  });

  it('leaves browser shortcuts alone: Ctrl+D, Cmd+S, Alt+X', () => {
    expect(isPageShortcut(press('d', { ctrlKey: true }))).toBe(false);
    expect(isPageShortcut(press('s', { metaKey: true }))).toBe(false);
    expect(isPageShortcut(press('x', { altKey: true }))).toBe(false);
  });

  it('is not one mid-composition, nor when handled already', () => {
    expect(isPageShortcut(press('d', { isComposing: true }))).toBe(false);
    expect(isPageShortcut(press('d', { defaultPrevented: true }))).toBe(false);
  });

  it('is ignored while typing in a text field, a text area, a select or editable content', () => {
    expect(isPageShortcut(press('d', { target: element('<input name="q">', 'input') }))).toBe(
      false,
    );
    expect(
      isPageShortcut(press('s', { target: element('<input type="datetime-local">', 'input') })),
    ).toBe(false);
    expect(
      isPageShortcut(press('x', { target: element('<textarea></textarea>', 'textarea') })),
    ).toBe(false);
    expect(isPageShortcut(press('d', { target: element('<select></select>', 'select') }))).toBe(
      false,
    );
    expect(
      isPageShortcut(
        press('d', { target: element('<div contenteditable="true"><p>hi</p></div>', 'p') }),
      ),
    ).toBe(false);
  });

  it('is ignored inside a dialog or an open menu', () => {
    expect(
      isPageShortcut(
        press('d', { target: element('<div role="dialog"><button>OK</button></div>', 'button') }),
      ),
    ).toBe(false);
    expect(
      isPageShortcut(
        press('x', {
          target: element('<div role="menu"><div role="menuitem">A</div></div>', '[role=menuitem]'),
        }),
      ),
    ).toBe(false);
  });

  it('works while a button or a checkbox has focus', () => {
    expect(
      isPageShortcut(press('d', { target: element('<button>Why this tip</button>', 'button') })),
    ).toBe(true);
    expect(isTypingOrBusyTarget(element('<input type="checkbox">', 'input'))).toBe(false);
  });
});
