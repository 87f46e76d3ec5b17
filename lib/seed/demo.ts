// Seeds the demo user and the demo workspace, once. The demo user's password is generated at
// first seed and kept in the data folder, so no credential lives in the repository.
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createAuthUser } from '../auth/service.ts';
import { createCustomFieldDefinition } from '../crm/custom-fields/service.ts';
import { createOrganization } from '../crm/organizations/service.ts';
import { createPerson } from '../crm/people/service.ts';
import type { Db } from '../db/port.ts';
import { createWorkspace } from '../workspaces/service.ts';
import { DEMO_ORGANIZATIONS, DEMO_UNAFFILIATED_PEOPLE, DEMO_WORKSPACE } from './demo-data.ts';
import { seedDemoPipeline } from './demo-pipeline.ts';
import { ageDemoRecords, seedDemoActivities } from './demo-activity.ts';
import { seedDemoInbox } from './demo-inbox.ts';

export const DEMO_EMAIL = 'demo@waymark.local';

export interface DemoCredentials {
  email: string;
  password: string;
}

export async function seedDemo(
  db: Db,
  dataDir: string,
): Promise<DemoCredentials & { created: boolean }> {
  const credentials = await loadOrCreateDemoCredentials(dataDir);
  const existing = await db.asService((tx) =>
    tx.query('select 1 from auth.users where lower(email) = lower($1)', [credentials.email]),
  );
  if (existing.length > 0) return { ...credentials, created: false };
  await seedDemoWorkspace(db, await createAuthUser(db, credentials));
  return { ...credentials, created: true };
}

/** The demo workspace, owned by this user; returns its id. supabase/seed.sql is made from it. */
export async function seedDemoWorkspace(
  db: Db,
  user: { id: string; email: string },
): Promise<string> {
  // The demo data goes in as the demo user, through the same services and RLS as the API.
  const workspaceId = await db.asUser(
    { sub: user.id, role: 'authenticated', email: user.email },
    async (tx) => {
      const ctx = { tx, userId: user.id };
      const workspace = await createWorkspace(ctx, DEMO_WORKSPACE);
      // Custom field values are checked against definitions: define the ones the demo uses.
      for (const field of [
        { entityType: 'organization', key: 'industry', label: 'Industry', type: 'text' },
        { entityType: 'organization', key: 'employees', label: 'Employees', type: 'number' },
        { entityType: 'person', key: 'title', label: 'Job title', type: 'text' },
      ] as const) {
        await createCustomFieldDefinition(ctx, { workspaceId: workspace.id, ...field });
      }
      for (const org of DEMO_ORGANIZATIONS) {
        const { people, ...fields } = org;
        const organization = await createOrganization(ctx, {
          workspaceId: workspace.id,
          ...fields,
        });
        for (const { title, ...person } of people) {
          await createPerson(ctx, {
            workspaceId: workspace.id,
            organizationId: organization.id,
            customFields: { title },
            ...person,
          });
        }
      }
      for (const { title, ...person } of DEMO_UNAFFILIATED_PEOPLE) {
        await createPerson(ctx, { workspaceId: workspace.id, customFields: { title }, ...person });
      }
      await seedDemoPipeline(ctx, workspace.id);
      await seedDemoActivities(ctx, workspace.id);
      return workspace.id;
    },
  );
  await ageDemoRecords(db, workspaceId);
  await seedDemoInbox(db, workspaceId);
  return workspaceId;
}

async function loadOrCreateDemoCredentials(dataDir: string): Promise<DemoCredentials> {
  const path = join(dataDir, 'demo-user.json');
  try {
    return JSON.parse(await readFile(path, 'utf8')) as DemoCredentials;
  } catch {
    const credentials = { email: DEMO_EMAIL, password: randomBytes(9).toString('base64url') };
    await mkdir(dataDir, { recursive: true, mode: 0o700 });
    await writeFile(path, `${JSON.stringify(credentials, null, 2)}\n`, { mode: 0o600 });
    return credentials;
  }
}
