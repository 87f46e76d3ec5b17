-- The roles and the extensions schema a hosted Supabase project starts with, run by the bootstrap
-- superuser supabase_admin. Follows supabase/postgres
-- migrations/db/init-scripts/00000000000000-initial-schema.sql (roles, extensions schema,
-- authenticator) and the role creation its docker image does before it; only what our
-- migrations, seed and tests can notice is kept (no realtime publication, no pgjwt: Debian has
-- no pgjwt, and nothing of ours calls it).

-- On a hosted project `postgres` is the customer's role; it starts a superuser and is demoted
-- in 10-demote-postgres.sql. Its search_path reaches the extensions schema (supabase/postgres
-- migrations/db/init-scripts/00000000000003-post-setup.sql).
create role postgres login superuser;
alter role postgres set search_path to "$user", public, extensions;

create role anon nologin noinherit;
create role authenticated nologin noinherit;
create role service_role nologin noinherit bypassrls;
create role authenticator login noinherit;
grant anon, authenticated, service_role to authenticator;

create role dashboard_user nologin createrole createdb replication;
create role supabase_auth_admin login noinherit createrole noreplication;
create role supabase_storage_admin login noinherit createrole noreplication;
create role supabase_realtime_admin nologin noinherit;

-- migrations/db/migrations/20230529180330_alter_api_roles_for_inherit.sql
alter role anon inherit;
alter role authenticated inherit;
alter role service_role inherit;

alter role anon set statement_timeout = '3s';
alter role authenticated set statement_timeout = '8s';
