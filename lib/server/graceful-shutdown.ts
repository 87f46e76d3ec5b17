// SIGTERM (a container runtime stopping us, `docker stop`) or SIGINT (Ctrl-C): stop accepting
// connections, let in-flight requests finish, stop the embedded executor (its loops finish the
// item they hold, or hand its lease back after 5 s so another worker takes it at once), then
// close the database so PGlite's files are consistent for the next start. Everything must end
// before the runtime's own deadline (Docker kills after 10 s), so a hard limit exits first.
import type { Server } from 'node:http';

export interface ShutdownOptions {
  /** The HTTP server to drain; a worker has none. */
  server?: Server;
  /** What must stop alongside the drain (the executor): run in parallel with it. */
  stopWork?: () => Promise<void>;
  /** What closes last (the database), after the requests and the work are done. */
  close?: () => Promise<void>;
  /** How long in-flight requests get; then open connections (a live SSE stream) are cut. */
  drainMs?: number;
  /** After this the process exits with 1, finished or not. Below Docker's 10 s. */
  hardLimitMs?: number;
  log?: (line: string) => void;
  exit?: (code: number) => void;
}

/** Stops cleanly once on the first SIGTERM or SIGINT; returns the shutdown for tests. */
export function installGracefulShutdown(
  options: ShutdownOptions,
): (signal: string) => Promise<void> {
  let shuttingDown: Promise<void> | undefined;
  const shutdown = (signal: string) => (shuttingDown ??= shutDown(signal, options));
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => void shutdown(signal));
  }
  return shutdown;
}

/** One shutdown, exiting at the end; installGracefulShutdown runs it on the first signal. */
export async function shutDown(
  signal: string,
  {
    server,
    stopWork = async () => {},
    close = async () => {},
    drainMs = 5_000,
    hardLimitMs = 8_000,
    log = console.log,
    exit = (code) => process.exit(code),
  }: ShutdownOptions,
): Promise<void> {
  // Stop accepting before saying so: whoever reads the line may rely on it.
  const drained = server ? drain(server, drainMs) : Promise.resolve();
  log(`${signal}: shutting down (in-flight requests get up to ${drainMs / 1000} s)`);
  const hardLimit = setTimeout(() => {
    log(`Shutdown did not finish within ${hardLimitMs / 1000} s; exiting anyway`);
    exit(1);
  }, hardLimitMs);
  hardLimit.unref();
  let code = 0;
  const attempt = async (what: string, step: () => Promise<void>) => {
    try {
      await step();
    } catch (error) {
      code = 1;
      console.error(`Shutdown: ${what} failed`, error);
    }
  };
  await Promise.all([
    attempt('draining HTTP requests', () => drained),
    attempt('stopping the executor', stopWork),
  ]);
  await attempt('closing the database', close);
  clearTimeout(hardLimit);
  log('Stopped');
  exit(code);
}

/** Resolves when every connection has ended: idle ones now, busy ones after their response. */
function drain(server: Server, drainMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    if (!server.listening) return resolve();
    server.close((error) => (error ? reject(error) : resolve()));
    // A keep-alive connection turns idle once its response is sent; close it then.
    server.closeIdleConnections();
    const idle = setInterval(() => server.closeIdleConnections(), 50);
    const cut = setTimeout(() => server.closeAllConnections(), drainMs);
    server.once('close', () => {
      clearInterval(idle);
      clearTimeout(cut);
    });
  });
}
