// Vitest global setup for the Postgres leg: starts a throwaway cluster (Postgres refuses to run
// as root, so as the `postgres` system user when we are root), migrates a template database
// once, and hands its URL to the test files, which each clone it into a database of their own.
import type { TestProject } from 'vitest/node';
import { migrate } from '../../lib/db/migrate.ts';
import { openPostgres } from '../../lib/db/postgres-adapter.ts';
import { startThrowawayCluster } from './cluster.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresTemplateUrl: string;
  }
}

const TEMPLATE = 'waymark_template';

export default async function setup(project: TestProject) {
  let baseUrl = process.env.TEST_DATABASE_URL;
  let stop = () => {};
  if (!baseUrl) {
    const cluster = await startThrowawayCluster();
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
