// A Waymark server as its own Node process (`lib/server/main.ts`), for browser tests that need
// more than the one server playwright.config.ts starts: several processes on one Postgres.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';

const REPO = new URL('..', import.meta.url).pathname;
/** A first start migrates a new database (and may build the SPA): a safety limit, not a wait. */
const START_LIMIT_MS = 240_000;

export interface ServerProcess {
  url: string;
  stop(): Promise<void>;
}

export async function startServerProcess(options: {
  port: number;
  env: Record<string, string>;
  args?: string[];
}): Promise<ServerProcess> {
  const url = `http://localhost:${options.port}`;
  // The server's settings come from env alone: nothing the test runner was started with (Inngest
  // keys, another DATABASE_URL) leaks in.
  const inherited = ['PATH', 'HOME', 'TMPDIR', 'NODE_OPTIONS'].filter((k) => process.env[k]);
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'lib/server/main.ts', ...(options.args ?? [])],
    {
      cwd: REPO,
      env: {
        ...Object.fromEntries(inherited.map((k) => [k, process.env[k]!])),
        ...options.env,
        PORT: String(options.port),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const record = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout!.on('data', record);
  child.stderr!.on('data', record);
  const server = { url, stop: () => stopProcess(child) };
  try {
    await untilHealthy(url, child, () => output);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return server;
}

async function untilHealthy(url: string, child: ChildProcess, output: () => string) {
  const deadline = Date.now() + START_LIMIT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`The server on ${url} exited (${child.exitCode}):\n${output()}`);
    }
    const healthy = await fetch(`${url}/healthz`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The server on ${url} was not healthy in time:\n${output()}`);
}

/** SIGTERM (the server shuts down cleanly), then SIGKILL if it has not exited after a while. */
async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}
