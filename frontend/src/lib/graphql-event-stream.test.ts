import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { streamGraphqlEvents } from './graphql-event-stream.ts';

const TipAdded = parse(`
  subscription TipAdded($workspaceId: ID!) {
    tipAdded(workspaceId: $workspaceId) { id title status }
  }
`);

describe('a GraphQL event stream', () => {
  it('posts the subscription with the bearer token and hands over each event’s data', async () => {
    const encoder = new TextEncoder();
    const requests: { url: string; init: RequestInit }[] = [];
    const received: unknown[] = [];
    let stop = () => {};
    const delivered = new Promise<void>((resolve) => {
      stop = streamGraphqlEvents({
        url: '/graphql',
        document: TipAdded,
        variables: { workspaceId: 'w1' },
        getToken: async () => 'token-1',
        retryMs: 60_000,
        onData: (data) => {
          received.push(data);
          resolve();
        },
        fetchImpl: async (url, init) => {
          requests.push({ url: String(url), init: init! });
          const body = new ReadableStream<Uint8Array>({
            start(controller) {
              controller.enqueue(encoder.encode(':\n\n'));
              controller.enqueue(encoder.encode('event: next\ndata: not json\n\n'));
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
    expect(received).toEqual([{ tipAdded: { id: 't1', title: 'Call Ada', status: 'OPEN' } }]);
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
    const stop = streamGraphqlEvents({
      url: '/graphql',
      document: TipAdded,
      variables: { workspaceId: 'w1' },
      getToken: async () => 'expired',
      retryMs: 1,
      onData: () => {},
      fetchImpl: async () => {
        calls += 1;
        return new Response('', { status: 401 });
      },
    });
    await new Promise((resolve) => setTimeout(resolve, 30));
    stop();
    expect(calls).toBe(1);
  });

  it('opens the stream again when the server ends it', async () => {
    let calls = 0;
    const reopened = new Promise<void>((resolve) => {
      const stop = streamGraphqlEvents({
        url: '/graphql',
        document: TipAdded,
        variables: { workspaceId: 'w1' },
        getToken: async () => 'token-1',
        retryMs: 1,
        onData: () => {},
        fetchImpl: async () => {
          calls += 1;
          if (calls === 2) {
            stop();
            resolve();
          }
          return new Response('event: complete\ndata:\n\n', {
            headers: { 'content-type': 'text/event-stream' },
          });
        },
      });
    });
    await reopened;
    expect(calls).toBe(2);
  });
});
