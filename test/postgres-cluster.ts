// Vitest global setup for the Postgres leg: starts a throwaway cluster (Postgres refuses to run
// as root, so as the `postgres` system user when we are root), migrates a template database
// once, and hands its URL to the test files, which each clone it into a database of their own.
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { migrate } from '../lib/db/migrate.ts';
import { openPostgres } from '../lib/db/postgres-adapter.ts';
import { findPostgresBin } from './postgres-bin.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresTemplateUrl: string;
  }
}

const TEMPLATE = 'waymark_template';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function startCluster(bin: string, port: number) {
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
  run('initdb', ['-D', `${dir}/data`, '-A', 'trust', '-U', 'postgres', '--no-sync']);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`;
  run('pg_ctl', ['-D', `${dir}/data`, '-o', options, '-l', `${dir}/log`, '-w', 'start']);
  return {
    url: `postgres://postgres@127.0.0.1:${port}`,
    stop() {
      try {
        run('pg_ctl', ['-D', `${dir}/data`, '-m', 'immediate', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

export default async function setup(project: TestProject) {
  let baseUrl = process.env.TEST_DATABASE_URL;
  let stop = () => {};
  if (!baseUrl) {
    const bin = findPostgresBin();
    if (!bin) throw new Error('No Postgres binaries found for the Postgres leg');
    const cluster = startCluster(bin, await freePort());
    baseUrl = cluster.url;
    stop = cluster.stop;
  }
  const admin = openPostgres(`${baseUrl}/postgres`, { max: 1 });
  await admin.asOwner(async () => {}); // fail early if the server is unreachable
  await admin.close();
  // create/drop database cannot run inside a transaction: use a plain client.
  const { default: postgres } = await import('postgres');
  const sql = postgres(`${baseUrl}/postgres`, { max: 1, onnotice: () => {} });
  await sql.unsafe(`drop database if exists ${TEMPLATE}`);
  await sql.unsafe(`create database ${TEMPLATE}`);
  await sql.end();
  const templateDb = openPostgres(`${baseUrl}/${TEMPLATE}`, { max: 1 });
  await migrate(templateDb);
  await templateDb.close();
  project.provide('postgresTemplateUrl', `${baseUrl}/${TEMPLATE}`);
  return () => stop();
}
