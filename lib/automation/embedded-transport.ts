// How the Inngest client reaches the embedded executor's event API without a network: its
// `fetch` option points here, and the running executor plugs its event API in at start.
type FetchHandler = (request: Request) => Promise<Response>;

let target: FetchHandler | undefined;

export const EMBEDDED_EVENT_BASE_URL = 'http://waymark.embedded/';

export function connectEmbeddedEventApi(handler: FetchHandler | undefined): void {
  target = handler;
}

export const embeddedFetch = ((input: string | URL | Request, init?: RequestInit) => {
  if (!target)
    return Promise.reject(
      new Error('The embedded executor is not running: no event API to send to'),
    );
  return target(new Request(input, init));
}) as typeof fetch;
