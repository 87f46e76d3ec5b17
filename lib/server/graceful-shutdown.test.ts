// `npm start` as a container runtime stops it: SIGTERM to the npm process. The server must answer
// the request it is in the middle of, exit 0, and leave PGlite's folder clean for the next start.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../test/helpers/free-port.ts';
import { startThrowawayCluster } from '../../test/postgres/cluster.ts';
import { findPostgresBin } from '../../test/postgres/bin.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'waymark-shutdown-'));
const started: ChildProcess[] = [];

afterAll(() => {
  for (const child of started) if (child.exitCode === null) child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

interface Started {
  npm: ChildProcess;
  port: number;
  output: () => string;
  /** Resolves when the output contains `text`. */
  printed: (text: string) => Promise<void>;
  exited: Promise<number | null>;
}

async function npmStart(
  args = ['start', '--', '--no-web-build'],
  env: Record<string, string | undefined> = { DATABASE_URL: undefined },
  ready = 'Waymark is running at',
): Promise<Started> {
  const port = await freePort();
  const npm = spawn('npm', args, {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      WAYMARK_DATA_DIR: dataDir,
      WAYMARK_SEED_DEMO: 'false',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(npm);
  let output = '';
  const waiters: (() => void)[] = [];
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
    for (const wake of waiters) wake();
  };
  npm.stdout!.on('data', collect);
  npm.stderr!.on('data', collect);
  const exited = new Promise<number | null>((resolve) => npm.once('exit', resolve));
  const printed = (text: string) =>
    new Promise<void>((resolve, reject) => {
      const check = () => output.includes(text) && resolve();
      waiters.push(check);
      check();
      void exited.then(() => reject(new Error(`npm start exited before "${text}":\n${output}`)));
    });
  await printed(ready);
  return { npm, port, output: () => output, printed, exited };
}

/** Sends a request's head and half its body, so the server holds it in flight. */
async function startSlowRequest(port: number, body: string) {
  const socket: Socket = connect(port, '127.0.0.1');
  await new Promise((resolve) => socket.once('connect', resolve));
  let response = '';
  socket.on('data', (chunk) => (response += chunk.toString()));
  const ended = new Promise<string>((resolve) => socket.once('close', () => resolve(response)));
  socket.write(
    `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: keep-alive\r\n\r\n`,
  );
  const half = Math.floor(body.length / 2);
  socket.write(body.slice(0, half));
  return { finish: () => socket.write(body.slice(half)), response: ended };
}

async function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

describe('npm start and SIGTERM', () => {
  it('finishes the request in flight, exits 0, and the next start opens the same PGlite folder', async () => {
    const first = await npmStart();
    const slow = await startSlowRequest(first.port, JSON.stringify({ query: '{ __typename }' }));

    first.npm.kill('SIGTERM');
    await first.printed('SIGTERM: shutting down');
    expect(await listening(first.port)).toBe(false);
    slow.finish();

    const answer = await slow.response;
    // The API asks for a token: any complete GraphQL answer shows the request was served.
    expect(answer).toMatch(/^HTTP\/1\.1 (200|401) /);
    expect(answer).toContain('"errors"');
    expect(await first.exited).toBe(0);
    expect(first.output()).toContain('Stopped');

    const second = await npmStart();
    const health = await fetch(`http://127.0.0.1:${second.port}/healthz`);
    expect(await health.json()).toEqual({ status: 'ok', database: 'pglite' });
    second.npm.kill('SIGTERM');
    expect(await second.exited).toBe(0);
    expect(second.output()).not.toMatch(/error/i);
  }, 120_000);
});

describe('npm run worker and SIGTERM', () => {
  it.skipIf(!findPostgresBin())(
    'stops its executor, closes Postgres and exits 0',
    async () => {
      const cluster = await startThrowawayCluster();
      try {
        const worker = await npmStart(
          ['run', 'worker'],
          { DATABASE_URL: `${cluster.url}/postgres` },
          'is running',
        );
        worker.npm.kill('SIGTERM');
        expect(await worker.exited).toBe(0);
        expect(worker.output()).toContain('SIGTERM: shutting down');
        expect(worker.output()).toContain('Stopped');
      } finally {
        cluster.stop();
      }
    },
    120_000,
  );
});
