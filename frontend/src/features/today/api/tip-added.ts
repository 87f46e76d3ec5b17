// Live tips: `tipAdded` streams the user's new and resurfaced tips in this workspace. Yoga serves
// subscriptions as server-sent events ("distinct connections": a POST with
// `accept: text/event-stream`); Apollo's HttpLink asks for multipart instead, which Yoga answers
// 406, so this small fetch-based reader carries the stream, with the session's bearer token.
import { print } from 'graphql';
import { graphql } from '../../../gql/gql.ts';

const TipAddedDocument = graphql(`
  subscription TipAdded($workspaceId: ID!) {
    tipAdded(workspaceId: $workspaceId) {
      id
      title
      status
    }
  }
`);

export interface AddedTip {
  id: string;
  title: string;
}

export interface SseEvent {
  event: string;
  data: string;
}

/** A parser fed the stream's text as it comes; calls `onEvent` for each complete event. */
export function createSseParser(onEvent: (event: SseEvent) => void): (chunk: string) => void {
  let buffer = '';
  return (chunk) => {
    buffer = (buffer + chunk).replace(/\r\n/g, '\n');
    let end: number;
    while ((end = buffer.indexOf('\n\n')) !== -1) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      let event = 'message';
      const data: string[] = [];
      for (const line of block.split('\n')) {
        // Empty lines and comments (":" keep-alives) carry nothing.
        if (line === '' || line.startsWith(':')) continue;
        const colon = line.indexOf(':');
        const field = colon === -1 ? line : line.slice(0, colon);
        const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
        if (field === 'event') event = value;
        else if (field === 'data') data.push(value);
      }
      if (data.length > 0 || event !== 'message') onEvent({ event, data: data.join('\n') });
    }
  };
}

export interface TipStreamOptions {
  /** The GraphQL endpoint, e.g. `${apiUrl}/graphql`. */
  url: string;
  workspaceId: string;
  /** The current access token (read each time: supabase-js refreshes it). */
  getToken(): Promise<string | undefined>;
  onTip(tip: AddedTip): void;
  onLiveChange?(live: boolean): void;
  fetchImpl?: typeof fetch;
  /** Waits before reconnecting, growing from `retryMs` to 30 s. */
  retryMs?: number;
}

/**
 * Keeps a `tipAdded` stream open until the returned function is called: a stream the server ends
 * (a restart, a deploy) or a dropped connection is opened again, a little later each time. A
 * refused token stops it; the app's next request signs out.
 */
export function streamAddedTips(options: TipStreamOptions): () => void {
  const controller = new AbortController();
  const fetchImpl = options.fetchImpl ?? fetch.bind(globalThis);
  const body = JSON.stringify({
    query: print(TipAddedDocument),
    variables: { workspaceId: options.workspaceId },
  });
  const firstDelay = options.retryMs ?? 2_000;

  async function run() {
    let delay = firstDelay;
    while (!controller.signal.aborted) {
      try {
        const token = await options.getToken();
        if (!token) return;
        const response = await fetchImpl(options.url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            accept: 'text/event-stream',
            authorization: `Bearer ${token}`,
          },
          body,
          signal: controller.signal,
        });
        if (response.status === 401 || response.status === 403) return;
        if (response.ok && response.body) {
          options.onLiveChange?.(true);
          delay = firstDelay;
          await readEvents(response.body, options.onTip, controller.signal);
        }
      } catch {
        // Aborted, or the network failed: the loop decides whether to try again.
      } finally {
        options.onLiveChange?.(false);
      }
      if (controller.signal.aborted) return;
      await sleep(delay, controller.signal);
      delay = Math.min(delay * 2, 30_000);
    }
  }

  void run();
  return () => controller.abort();
}

async function readEvents(
  stream: ReadableStream<Uint8Array>,
  onTip: (tip: AddedTip) => void,
  signal: AbortSignal,
) {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let completed = false;
  const feed = createSseParser(({ event, data }) => {
    if (event === 'complete') {
      completed = true;
      return;
    }
    if (event !== 'next') return;
    try {
      const payload = JSON.parse(data) as { data?: { tipAdded?: AddedTip } | null };
      const tip = payload.data?.tipAdded;
      if (tip) onTip(tip);
    } catch {
      // A malformed event is skipped; the stream goes on.
    }
  });
  const cancel = () => void reader.cancel().catch(() => undefined);
  signal.addEventListener('abort', cancel, { once: true });
  try {
    while (!completed) {
      const { value, done } = await reader.read();
      if (done) return;
      feed(decoder.decode(value, { stream: true }));
    }
  } finally {
    signal.removeEventListener('abort', cancel);
    cancel();
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
}
