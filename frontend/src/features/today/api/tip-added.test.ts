import { describe, expect, it } from 'vitest';
import { createSseParser, type SseEvent, streamAddedTips } from './tip-added.ts';

function parse(chunks: string[]): SseEvent[] {
  const events: SseEvent[] = [];
  const feed = createSseParser((event) => events.push(event));
  for (const chunk of chunks) feed(chunk);
  return events;
}

describe('reading the tipAdded event stream', () => {
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

describe('the tip stream', () => {
  it('posts the subscription with the bearer token and hands over each tip', async () => {
    const encoder = new TextEncoder();
    const requests: { url: string; init: RequestInit }[] = [];
    const tips: unknown[] = [];
    let stop = () => {};
    const delivered = new Promise<void>((resolve) => {
      stop = streamAddedTips({
        url: '/graphql',
        workspaceId: 'w1',
        getToken: async () => 'token-1',
        retryMs: 60_000,
        onTip: (tip) => {
          tips.push(tip);
          resolve();
        },
        fetchImpl: async (url, init) => {
          requests.push({ url: String(url), init: init! });
          const body = new ReadableStream<Uint8Array>({
            start(controller) {
              controller.enqueue(encoder.encode(':\n\n'));
              controller.enqueue(
                encoder.encode(
                  'event: next\ndata: {"data":{"tipAdded":{"id":"t1","title":"Call Ada","status":"OPEN"}}}\n\n',
                ),
              );
            },
          });
          return new Response(body, { headers: { 'content-type': 'text/event-stream' } });
        },
      });
    });
    await delivered;
    stop();
    expect(tips).toEqual([{ id: 't1', title: 'Call Ada', status: 'OPEN' }]);
    const headers = requests[0]!.init.headers as Record<string, string>;
    expect(headers.accept).toBe('text/event-stream');
    expect(headers.authorization).toBe('Bearer token-1');
    expect(JSON.parse(String(requests[0]!.init.body))).toMatchObject({
      variables: { workspaceId: 'w1' },
      query: expect.stringContaining('tipAdded(workspaceId: $workspaceId)'),
    });
  });

  it('stops for good when the token is refused', async () => {
    let calls = 0;
    const stop = streamAddedTips({
      url: '/graphql',
      workspaceId: 'w1',
      getToken: async () => 'expired',
      retryMs: 1,
      onTip: () => {},
      fetchImpl: async () => {
        calls += 1;
        return new Response('', { status: 401 });
      },
    });
    await new Promise((resolve) => setTimeout(resolve, 30));
    stop();
    expect(calls).toBe(1);
  });
});
