// A throwaway Postgres cluster for tests and benchmarks. Postgres refuses to run as root, so as
// root it runs as the `postgres` system user.
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findPostgresBin } from './bin.ts';
import { freePort } from '../helpers/free-port.ts';

export interface ThrowawayCluster {
  /** postgres://<superuser>@127.0.0.1:<port>, without a database name. */
  url: string;
  /** The same server as another role (trust authentication: no password). */
  urlAs(role: string): string;
  stop(): void;
}

/**
 * Starts a Postgres cluster in a temp folder on a free loopback port; stop() removes it all.
 * `superuser` names the bootstrap superuser: `supabase_admin` for a cluster shaped like a hosted
 * Supabase project, where `postgres` is an ordinary role (test/supabase-hosted/).
 */
export async function startThrowawayCluster(
  options: { superuser?: string } = {},
): Promise<ThrowawayCluster> {
  const superuser = options.superuser ?? 'postgres';
  const bin = findPostgresBin();
  if (!bin) throw new Error('No Postgres binaries found (apt-get install postgresql)');
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'waymark-pg-'));
  const asRoot = process.getuid?.() === 0;
  const run = (cmd: string, args: string[]) =>
    asRoot
      ? execFileSync('runuser', ['-u', 'postgres', '--', `${bin}/${cmd}`, ...args], {
          stdio: 'pipe',
        })
      : execFileSync(`${bin}/${cmd}`, args, { stdio: 'pipe' });
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    chownSync(dir, uid, gid);
    chmodSync(dir, 0o700);
  }
  run('initdb', ['-D', `${dir}/data`, '-A', 'trust', '-U', superuser, '--no-sync']);
  const serverOptions = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`;
  run('pg_ctl', ['-D', `${dir}/data`, '-o', serverOptions, '-l', `${dir}/log`, '-w', 'start']);
  return {
    url: `postgres://${superuser}@127.0.0.1:${port}`,
    urlAs: (role) => `postgres://${role}@127.0.0.1:${port}`,
    stop() {
      try {
        run('pg_ctl', ['-D', `${dir}/data`, '-m', 'immediate', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
