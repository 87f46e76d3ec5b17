import { describe, expect, it } from 'vitest';
import { messageIdsIn, replySubject, replyThreadingHeaders, threadRootOf } from './threading.ts';

describe('email threading', () => {
  it('prefixes Re: once, whatever earlier replies wrote', () => {
    expect(replySubject('Quote')).toBe('Re: Quote');
    expect(replySubject('Re: Quote')).toBe('Re: Quote');
    expect(replySubject('RE:Quote')).toBe('RE:Quote');
    expect(replySubject('Aw: Angebot')).toBe('Aw: Angebot');
    expect(replySubject(undefined)).toBe('Re:');
  });

  it('refers to the parent chain, or to its single In-Reply-To when it has no References', () => {
    expect(
      replyThreadingHeaders({ messageId: '<c@x>', references: '<a@x> <b@x>', inReplyTo: '<b@x>' }),
    ).toEqual({ inReplyTo: '<c@x>', references: '<a@x> <b@x> <c@x>' });
    expect(replyThreadingHeaders({ messageId: 'b@x', inReplyTo: '<a@x>' })).toEqual({
      inReplyTo: '<b@x>',
      references: '<a@x> <b@x>',
    });
    expect(replyThreadingHeaders({ messageId: '<a@x>' })).toEqual({
      inReplyTo: '<a@x>',
      references: '<a@x>',
    });
    expect(replyThreadingHeaders({})).toEqual({});
  });

  it('finds the thread root: first reference, else In-Reply-To, else the message', () => {
    expect(threadRootOf({ messageId: 'c', inReplyTo: ['b'], references: ['a', 'b'] })).toBe('a');
    expect(threadRootOf({ messageId: 'c', inReplyTo: ['b'], references: [] })).toBe('b');
    expect(threadRootOf({ messageId: 'c', inReplyTo: [], references: [] })).toBe('c');
  });

  it('reads ids with or without brackets', () => {
    expect(messageIdsIn(['<a@x>', '<b@x>'])).toEqual(['a@x', 'b@x']);
    expect(messageIdsIn('a@x  b@x')).toEqual(['a@x', 'b@x']);
    expect(messageIdsIn(undefined)).toEqual([]);
  });
});
