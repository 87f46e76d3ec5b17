import { describe, expect, it } from 'vitest';
import { createSseParser, type SseEvent } from './sse-parser.ts';

function parse(chunks: string[]): SseEvent[] {
  const events: SseEvent[] = [];
  const feed = createSseParser((event) => events.push(event));
  for (const chunk of chunks) feed(chunk);
  return events;
}

describe('reading server-sent events', () => {
  it('reads Yoga’s events and skips its keep-alive comments', () => {
    expect(
      parse([':\n\n', 'event: next\ndata: {"data":{"tipAdded":{"id":"t1"}}}\n\n', ':\n\n']),
    ).toEqual([{ event: 'next', data: '{"data":{"tipAdded":{"id":"t1"}}}' }]);
  });

  it('puts together an event split across chunks, and CRLF line ends', () => {
    expect(parse(['event: ne', 'xt\r\ndata: {"a"', ':1}\r\n', '\r\n'])).toEqual([
      { event: 'next', data: '{"a":1}' },
    ]);
  });

  it('joins multi-line data and reads the end of the stream', () => {
    expect(parse(['data: one\ndata: two\n\nevent: complete\ndata:\n\n'])).toEqual([
      { event: 'message', data: 'one\ntwo' },
      { event: 'complete', data: '' },
    ]);
  });
});
