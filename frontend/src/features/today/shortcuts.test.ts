import { describe, expect, it } from 'vitest';
import { press } from '../../testing/shortcut-event.ts';
import { answerForKey } from './shortcuts.ts';

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

  it('leaves browser shortcuts alone, and is ignored while typing (lib/page-shortcuts.ts)', () => {
    expect(answerForKey(press('d', { ctrlKey: true }))).toBeNull();
    expect(answerForKey(press('d', { target: document.createElement('input') }))).toBeNull();
  });

  it('does not answer twice for a held key, nor mid-composition, nor when handled already', () => {
    expect(answerForKey(press('d', { repeat: true }))).toBeNull();
    expect(answerForKey(press('d', { isComposing: true }))).toBeNull();
    expect(answerForKey(press('d', { defaultPrevented: true }))).toBeNull();
  });
});
