// A loopback HTTP server speaking Inngest's event API as the SDK calls it: `POST /e/{eventKey}`
// with a JSON array of events, answered `{ ids, status: 200 }`. Like Inngest, it deduplicates on
// the event's `id`: `arrivals` holds each id's first arrival, in order; resends are counted.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedEvent {
  id: string;
  name: string;
  data: Record<string, unknown>;
  ts: number;
}

export interface InngestEventApi {
  /** The base URL to configure as INNGEST_BASE_URL. */
  url: string;
  arrivals: ReceivedEvent[];
  /** Events received again under an id already seen. */
  resent: number;
  /** Requests answered, failed ones included. */
  requests: number;
  /** Answers the next n requests with a 500, storing nothing. */
  failNext(n: number): void;
  /** Called once a request's events are recorded, before it is answered. */
  onRecorded(listener: (() => void) | undefined): void;
  /** Resolves once `count` distinct events have arrived. */
  waitForArrivals(count: number, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

export async function startInngestEventApi(eventKey: string): Promise<InngestEventApi> {
  const seen = new Set<string>();
  let failing = 0;
  let recorded: (() => void) | undefined;
  const waiters = new Set<() => void>();

  const api: InngestEventApi = {
    url: '',
    arrivals: [],
    resent: 0,
    requests: 0,
    failNext: (n) => void (failing = n),
    onRecorded: (listener) => void (recorded = listener),
    waitForArrivals(count, timeoutMs = 20_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (api.arrivals.length < count) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve();
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`${api.arrivals.length} of ${count} events arrived`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };

  const server = createServer(async (request, response) => {
    const answer = (status: number, body: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    api.requests++;
    if (request.method !== 'POST' || request.url !== `/e/${eventKey}`) {
      return answer(401, { error: 'Event key not found', status: 401 });
    }
    if (failing > 0) {
      failing--;
      return answer(500, { error: 'unavailable', status: 500 });
    }
    const body = JSON.parse(await readBody(request)) as ReceivedEvent | ReceivedEvent[];
    const events = Array.isArray(body) ? body : [body];
    for (const event of events) {
      if (seen.has(event.id)) api.resent++;
      else {
        seen.add(event.id);
        api.arrivals.push(event);
      }
    }
    recorded?.();
    for (const wake of [...waiters]) wake();
    answer(200, { ids: events.map((e) => e.id), status: 200 });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  api.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return api;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString();
}
