// The shutdown's limits, on a real HTTP server: a response that never ends (a live SSE stream) is
// cut after the drain window, and work that never stops cannot keep the process past the hard limit.
import { createServer, get, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { shutDown } from './graceful-shutdown.ts';

let server: Server | undefined;
afterEach(() => {
  server?.closeAllConnections();
  server?.close();
});

async function serveForever(): Promise<{ server: Server; streamClosed: Promise<void> }> {
  const s = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    res.write('data: hello\n\n');
  });
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const streamClosed = new Promise<void>((resolve, reject) => {
    get(`http://127.0.0.1:${(s.address() as AddressInfo).port}/`, (res) => {
      res.on('data', () => {});
      res.on('close', resolve);
    }).on('error', reject);
  });
  // Wait until the stream is open before shutting down.
  await new Promise((resolve) => s.once('request', resolve));
  return { server: s, streamClosed };
}

describe('shutting down', () => {
  it('cuts a response that never ends after the drain window, then closes and exits 0', async () => {
    const served = await serveForever();
    server = served.server;
    const steps: string[] = [];
    const exited = new Promise<number>(
      (resolve) =>
        void shutDown('SIGTERM', {
          server,
          drainMs: 200,
          stopWork: async () => void steps.push('executor stopped'),
          close: async () => void steps.push('database closed'),
          log: () => {},
          exit: resolve,
        }),
    );
    await served.streamClosed;
    expect(await exited).toBe(0);
    expect(steps).toEqual(['executor stopped', 'database closed']);
    expect(server.listening).toBe(false);
  });

  it('exits 1 at the hard limit when the work never stops, and says so', async () => {
    const log: string[] = [];
    const code = await new Promise<number>((resolve) => {
      void shutDown('SIGTERM', {
        stopWork: () => new Promise<void>(() => {}),
        hardLimitMs: 200,
        log: (line) => log.push(line),
        exit: resolve,
      });
    });
    expect(code).toBe(1);
    expect(log.at(-1)).toMatch(/did not finish within 0.2 s/);
  });
});
