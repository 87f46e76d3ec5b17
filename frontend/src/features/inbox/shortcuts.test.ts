import { describe, expect, it } from 'vitest';
import { press as key } from '../../testing/shortcut-event.ts';
import { inboxActionForKey, neighbourId } from './shortcuts.ts';

describe('the inbox keys', () => {
  it('j, k and r move down, up and to the reply box', () => {
    expect(['j', 'k', 'r', 'J'].map((k) => inboxActionForKey(key(k)))).toEqual([
      'next',
      'previous',
      'reply',
      'next',
    ]);
  });

  it('do nothing with a modifier held or while typing in a field', () => {
    const input = document.createElement('input');
    expect(inboxActionForKey(key('r', { ctrlKey: true }))).toBeNull();
    expect(inboxActionForKey(key('j', { target: input }))).toBeNull();
    expect(inboxActionForKey(key('j', { target: document.createElement('textarea') }))).toBeNull();
  });

  it('stay at the ends of the list, and start at its top', () => {
    const ids = ['a', 'b', 'c'];
    expect(neighbourId(ids, undefined, 1)).toBe('a');
    expect(neighbourId(ids, 'a', 1)).toBe('b');
    expect(neighbourId(ids, 'c', 1)).toBe('c');
    expect(neighbourId(ids, 'a', -1)).toBe('a');
    expect(neighbourId(ids, 'gone', -1)).toBe('c');
    expect(neighbourId([], undefined, 1)).toBeUndefined();
  });
});
