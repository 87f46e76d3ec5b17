// `supabase db push` into a database shaped like a hosted Supabase project, as its `postgres`
// role: what the "permission denied for schema auth (42501)" was about. Each test works on
// databases of its own, so the template the other test files clone stays untouched.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { listMigrations } from '../../lib/db/migrate.ts';
import { createProjectDatabase, pushMigrations, supabaseCli } from './hosted-cluster.ts';

const adminUrl = inject('supabaseAdminUrl');
const clients: postgres.Sql[] = [];

function connect(url: string) {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  clients.push(sql);
  return sql;
}

const newProject = () =>
  createProjectDatabase(adminUrl, `project_${randomBytes(5).toString('hex')}`);

async function recordedMigrations(sql: postgres.Sql) {
  return (
    await sql<{ version: string; name: string }[]>`
      select version, name from supabase_migrations.schema_migrations order by version`
  ).map((row) => ({ ...row }));
}

afterAll(() => Promise.all(clients.map((sql) => sql.end())));

describe('the hosted-shaped project, before any migration', () => {
  let sql: postgres.Sql;
  beforeAll(async () => {
    sql = connect(await newProject());
  });

  it('connects as a postgres that is no superuser but bypasses RLS', async () => {
    const [role] = await sql`select rolsuper, rolbypassrls, rolcreatedb from pg_roles
                              where rolname = current_user`;
    expect(role).toEqual({ rolsuper: false, rolbypassrls: true, rolcreatedb: true });
  });

  it('refuses postgres any CREATE in auth, even one that would do nothing', async () => {
    await expect(sql`create table if not exists auth.users (id uuid)`).rejects.toMatchObject({
      code: '42501',
    });
  });

  it("has GoTrue's auth.users, owned by supabase_auth_admin, with its partial email key", async () => {
    const rows = await sql`select c.relname, pg_get_userbyid(c.relowner) as owner
                             from pg_class c where c.relnamespace = 'auth'::regnamespace
                              and c.relname in ('users', 'users_email_partial_key',
                                                'users_email_key', 'sessions_user_id_idx')
                            order by 1`;
    expect(rows.map((r) => ({ ...r }))).toEqual([
      { relname: 'sessions_user_id_idx', owner: 'supabase_auth_admin' },
      { relname: 'users', owner: 'supabase_auth_admin' },
      { relname: 'users_email_partial_key', owner: 'supabase_auth_admin' },
    ]);
  });
});

describe('supabase db push as postgres', () => {
  let url: string;
  let sql: postgres.Sql;
  let firstPush: string;
  beforeAll(async () => {
    url = await newProject();
    sql = connect(url);
    firstPush = await pushMigrations(url);
  });

  it('applies every migration, in order, and records each', async () => {
    const migrations = await listMigrations();
    const applied = [...firstPush.matchAll(/Applying migration (\S+)\.\.\./g)].map((m) => m[1]);
    expect(applied).toEqual(migrations.map((m) => `${m.version}_${m.name}.sql`));
    expect(await recordedMigrations(sql)).toEqual(
      migrations.map(({ version, name }) => ({ version, name })),
    );
  });

  it("leaves GoTrue's auth schema as it was: no compat table, index or grant of ours", async () => {
    const [auth] = await sql`
      select to_regclass('auth.users_email_key') as email_key,
             (select data_type from information_schema.columns
               where table_schema = 'auth' and table_name = 'refresh_tokens'
                 and column_name = 'user_id') as refresh_token_user_id,
             has_table_privilege('service_role', 'auth.users', 'select') as service_role_reads_users`;
    expect({ ...auth }).toEqual({
      email_key: null,
      refresh_token_user_id: 'character varying',
      service_role_reads_users: false,
    });
  });

  it('creates the private attachments bucket, and goes on without the policy the lock-down refuses', async () => {
    const buckets = await sql`select id, public from storage.buckets where id = 'attachments'`;
    expect(buckets.map((b) => ({ ...b }))).toEqual([{ id: 'attachments', public: false }]);
    // supabase_storage_admin owns storage.objects and postgres can no longer act as it, so the
    // migration's policy is refused (42501): it says so, and the bucket stays readable by the
    // service role only, which is all Waymark's signed URLs need.
    const [owner] = await sql`
      select pg_get_userbyid(relowner) as owner,
             pg_has_role('postgres', relowner, 'usage') as postgres_acts_as_owner
        from pg_class where oid = 'storage.objects'::regclass`;
    expect({ ...owner }).toEqual({
      owner: 'supabase_storage_admin',
      postgres_acts_as_owner: false,
    });
    const policies = await sql`select policyname from pg_policies
                                where schemaname = 'storage' and tablename = 'objects'`;
    expect(policies).toHaveLength(0);
  });

  it('answers a second push with "up to date", applying nothing', async () => {
    const again = await pushMigrations(url);
    expect(again).toContain('Remote database is up to date');
    expect(again).not.toContain('Applying migration');
  });

  it('leaves supabase db lint nothing to report, errors or warnings', async () => {
    const lint = (level: string) =>
      supabaseCli(['db', 'lint', `--remote=${url}`, '--level', level, '--output-format', 'json']);
    const report = (output: string) =>
      JSON.parse(output.slice(output.indexOf('{'), output.lastIndexOf('}') + 1)) as {
        results: unknown[];
      };
    expect(report(await lint('error')).results).toEqual([]);
    expect(report(await lint('warning')).results).toEqual([]);
  });
});

describe('npm run db:migrate, then supabase db push', () => {
  it('agree on what ran: the push finds nothing to apply, and both record the same', async () => {
    const migratedUrl = await newProject();
    await promisify(execFile)('npm', ['run', 'db:migrate'], {
      env: { ...process.env, DATABASE_URL: migratedUrl },
    });
    const pushedUrl = await newProject();
    await pushMigrations(pushedUrl);

    expect(await pushMigrations(migratedUrl)).toContain('Remote database is up to date');
    const list = await supabaseCli(['migration', 'list', `--remote=${migratedUrl}`]);
    for (const { version } of await listMigrations()) {
      expect(list).toMatch(new RegExp(`\`${version}\`\\s*\\|\\s*\`${version}\``));
    }
    expect(await recordedMigrations(connect(migratedUrl))).toEqual(
      await recordedMigrations(connect(pushedUrl)),
    );
  });
});
