// A Postgres 15 cluster shaped like a hosted Supabase project (the SQL files next to this one,
// in name order, as the superuser supabase_admin), and the real Supabase CLI pushing our
// migrations into it as the demoted `postgres` role, as `supabase db push` does against a project.
import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import postgres from 'postgres';
import { startThrowawayCluster, type ThrowawayCluster } from '../postgres/cluster.ts';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SUPABASE_CLI = `${REPO_ROOT}node_modules/.bin/supabase`;

export interface HostedCluster {
  cluster: ThrowawayCluster;
  /** postgres://postgres@…/<database>: what a project's connection string gives its owner. */
  postgresUrl: string;
}

/** SQL files that set up the cluster (roles); the others set up one project database each. */
const CLUSTER_WIDE = /^00-/;

async function runSetupFiles(url: string, which: (file: string) => boolean): Promise<void> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const files = (await readdir(HERE)).filter((f) => f.endsWith('.sql') && which(f)).sort();
    for (const file of files) await sql.unsafe(await readFile(`${HERE}${file}`, 'utf8'));
  } finally {
    await sql.end();
  }
}

/**
 * Creates `database` as supabase_admin (`adminUrl`, no database name) and lays it out as a hosted
 * project's `postgres` database is; returns its URL as `postgres`.
 */
export async function createProjectDatabase(adminUrl: string, database: string): Promise<string> {
  const admin = postgres(`${adminUrl}/postgres`, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database ${database}`);
  } finally {
    await admin.end();
  }
  await runSetupFiles(`${adminUrl}/${database}`, (file) => !CLUSTER_WIDE.test(file));
  const url = new URL(`${adminUrl}/${database}`);
  url.username = 'postgres';
  return url.toString();
}

/** Starts the cluster, with one database laid out the way a hosted project's is. */
export async function startHostedCluster(database: string): Promise<HostedCluster> {
  const cluster = await startThrowawayCluster({ superuser: 'supabase_admin' });
  try {
    await runSetupFiles(`${cluster.url}/postgres`, (file) => CLUSTER_WIDE.test(file));
    return { cluster, postgresUrl: await createProjectDatabase(cluster.url, database) };
  } catch (error) {
    cluster.stop();
    throw error;
  }
}

/** Runs the Supabase CLI from the repo root (it reads supabase/); resolves with its output. */
export async function supabaseCli(args: string[]): Promise<string> {
  const { stdout, stderr } = await promisify(execFile)(SUPABASE_CLI, args, {
    cwd: REPO_ROOT,
    // No telemetry, no update check, no prompts: CI has no network beyond loopback.
    env: { ...process.env, SUPABASE_YES: '1', DO_NOT_TRACK: '1' },
    maxBuffer: 16 * 1024 * 1024,
  });
  return `${stdout}${stderr}`;
}

/** `supabase db push` as the project's `postgres` role; the CLI's own output. */
export function pushMigrations(url: string): Promise<string> {
  return supabaseCli(['db', 'push', `--remote=${url}`, '--yes']);
}
