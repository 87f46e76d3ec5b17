// A GraphQL subscription carried as server-sent events (Yoga's "distinct connections": a POST with
// `accept: text/event-stream`), read with fetch because Apollo's HttpLink asks for multipart,
// which Yoga answers 406 (ADR 10). The stream reconnects when the server ends it or the network
// drops, a little later each time; a refused token stops it.
import type { DocumentNode } from 'graphql';
import { print } from 'graphql';
import { createSseParser } from './sse-parser.ts';

export interface EventStreamOptions<TData> {
  /** The GraphQL endpoint, e.g. `${apiUrl}/graphql`. */
  url: string;
  document: DocumentNode;
  variables: Record<string, unknown>;
  /** The current access token (read each time: supabase-js refreshes it). */
  getToken(): Promise<string | undefined>;
  onData(data: TData): void;
  onLiveChange?(live: boolean): void;
  fetchImpl?: typeof fetch;
  /** Waits before reconnecting, growing from `retryMs` to 30 s. */
  retryMs?: number;
}

/** Opens the stream; the returned function closes it for good. */
export function streamGraphqlEvents<TData>(options: EventStreamOptions<TData>): () => void {
  const controller = new AbortController();
  const fetchImpl = options.fetchImpl ?? fetch.bind(globalThis);
  const body = JSON.stringify({ query: print(options.document), variables: options.variables });
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
          await readEvents(response.body, options.onData, controller.signal);
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

async function readEvents<TData>(
  stream: ReadableStream<Uint8Array>,
  onData: (data: TData) => void,
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
      const payload = JSON.parse(data) as { data?: TData | null };
      if (payload.data) onData(payload.data);
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
