// supabase/seed.sql on a hosted-shaped database, applied by the Supabase CLI as `postgres` after
// the migrations (`db push --include-seed`, the seeding `supabase db reset` does on a local stack):
// the demo user can sign in the way GoTrue checks a password, and the demo workspace is there for
// them through the app's own services, with its times moved to now.
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { createDeal, listDeals } from '../../lib/crm/deals/service.ts';
import { listOrganizations } from '../../lib/crm/organizations/service.ts';
import type { Db } from '../../lib/db/port.ts';
import { DEMO_DEALS, DEMO_ORGANIZATIONS, DEMO_WORKSPACE } from '../../lib/seed/demo-data.ts';
import { DEMO_EMAIL } from '../../lib/seed/demo.ts';
import { LOCAL_DEMO_PASSWORD } from '../../lib/seed/seed-sql.ts';
import { openPostgres } from '../../lib/db/postgres-adapter.ts';
import { createProjectDatabase, supabaseCli } from './hosted-cluster.ts';

let db: Db;
let sql: postgres.Sql;
let demoUserId: string;
let workspaceId: string;
let seeding: string;
const page = { limit: 100, inverted: false };
const asDemo = <T>(fn: (ctx: Parameters<typeof listDeals>[0]) => Promise<T>) =>
  db.asUser({ sub: demoUserId, role: 'authenticated', email: DEMO_EMAIL }, (tx) =>
    fn({ tx, userId: demoUserId }),
  );

beforeAll(async () => {
  const url = await createProjectDatabase(
    inject('supabaseAdminUrl'),
    `seeded_${randomBytes(5).toString('hex')}`,
  );
  seeding = await supabaseCli(['db', 'push', '--include-seed', `--remote=${url}`, '--yes']);
  db = openPostgres(url, { max: 2 });
  sql = postgres(url, { max: 1, onnotice: () => {} });
  const [user] = await sql`select id from auth.users where email = ${DEMO_EMAIL}`;
  demoUserId = user!.id as string;
  const [workspace] = await sql`select id from workspaces.workspaces
                                 where slug = ${DEMO_WORKSPACE.slug}`;
  workspaceId = workspace!.id as string;
});
afterAll(async () => {
  await sql.end();
  await db.close();
});

it('is applied by the CLI after the migrations', () => {
  expect(seeding).toMatch(/Seeding data from .*seed\.sql/);
});

it('gives the demo user a password GoTrue accepts and an email identity', async () => {
  const [user] = await sql`
    select u.encrypted_password = extensions.crypt(${LOCAL_DEMO_PASSWORD}, u.encrypted_password)
             as password_matches,
           u.email_confirmed_at is not null as confirmed,
           u.confirmation_token = '' and u.recovery_token = '' as tokens_empty,
           (select count(*)::int from auth.identities i
             where i.user_id = u.id and i.provider = 'email' and i.provider_id = u.id::text
               and i.email = u.email) as identities
      from auth.users u where u.id = ${demoUserId}`;
  expect({ ...user }).toEqual({
    password_matches: true,
    confirmed: true,
    tokens_empty: true,
    identities: 1,
  });
});

it('shows the demo user their workspace: every organization and deal of the demo data', async () => {
  const { organizations, deals } = await asDemo(async (ctx) => ({
    organizations: await listOrganizations(ctx, { workspaceId }, page),
    deals: await listDeals(ctx, { workspaceId }, page),
  }));
  // Converting the demo's leads adds organizations and deals of their own, hence "containing".
  expect(organizations.map((o) => o.name)).toEqual(
    expect.arrayContaining(DEMO_ORGANIZATIONS.map((o) => o.name)),
  );
  expect(deals.map((d) => d.name)).toEqual(expect.arrayContaining(DEMO_DEALS.map((d) => d.name)));
});

it("moves the seed's times to now: the overdue task is days late, not months", async () => {
  const [task] = await sql`
    select round(extract(epoch from now() - due_at) / 86400)::int as days_late
      from crm.activities where workspace_id = ${workspaceId}
       and title = 'Send the revised proposal'`;
  expect(task!.days_late).toBeGreaterThanOrEqual(2);
  expect(task!.days_late).toBeLessThanOrEqual(4);
});

it('lets the demo user create a deal afterwards: ids and sequences do not collide', async () => {
  const deal = await asDemo((ctx) =>
    createDeal(ctx, { workspaceId, name: 'After the seed', personIds: [] }),
  );
  const deals = await asDemo((ctx) => listDeals(ctx, { workspaceId }, page));
  expect(deals.map((d) => d.id)).toContain(deal.id);
});
