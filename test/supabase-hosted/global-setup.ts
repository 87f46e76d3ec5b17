// Vitest global setup for the supabase-hosted leg (TEST_SUPABASE_HOSTED=1): a cluster shaped like
// a hosted Supabase project, our migrations pushed into its template database by the real
// Supabase CLI as the non-superuser `postgres`, and that database handed to the test files, which
// clone it as `postgres` (CREATEDB) like the Postgres leg does with its own template.
import postgres from 'postgres';
import type { TestProject } from 'vitest/node';
import { pushMigrations, startHostedCluster } from './hosted-cluster.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The hosted-shaped cluster as its superuser, supabase_admin (test set-up only). */
    supabaseAdminUrl: string;
  }
}

const TEMPLATE = 'waymark_template';

export default async function setup(project: TestProject) {
  const hosted = await startHostedCluster(TEMPLATE);
  try {
    await pushMigrations(hosted.postgresUrl);
    // Only the platform may mark a database as a template; `postgres` does not own this one.
    const admin = postgres(`${hosted.cluster.url}/postgres`, { max: 1, onnotice: () => {} });
    try {
      await admin.unsafe(`alter database ${TEMPLATE} is_template true`);
    } finally {
      await admin.end();
    }
  } catch (error) {
    hosted.cluster.stop();
    throw error;
  }
  project.provide('postgresTemplateUrl', hosted.postgresUrl);
  project.provide('supabaseAdminUrl', hosted.cluster.url);
  return () => hosted.cluster.stop();
}
