// A test's child process (a worker script run with tsx), read line by line: tests wait for the
// lines it prints and kill it with SIGKILL as a crash would.
import { spawn } from 'node:child_process';

export interface ChildProcess {
  lines: string[];
  /** Resolves with the exit code (null when a signal ended it). */
  exit: Promise<number | null>;
  kill(signal?: NodeJS.Signals): void;
  /** The first line starting with prefix; throws (and kills the child) after timeoutMs or an early exit. */
  waitFor(prefix: string, timeoutMs: number): Promise<string>;
}

export function startChildProcess(script: string, env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const waiters: (() => void)[] = [];
  let buffer = '';
  child.stdout.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    const parts = buffer.split('\n');
    buffer = parts.pop()!;
    lines.push(...parts);
    for (const w of waiters.splice(0)) w();
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    lines,
    exit,
    kill: (signal = 'SIGKILL') => child.kill(signal),
    async waitFor(prefix, timeoutMs) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const line = lines.find((l) => l.startsWith(prefix));
        if (line) return line;
        if (Date.now() > deadline || child.exitCode !== null) {
          child.kill('SIGKILL');
          throw new Error(`${script} never printed ${prefix}; stderr: ${stderr.slice(-2000)}`);
        }
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 100);
        });
      }
    },
  };
}
