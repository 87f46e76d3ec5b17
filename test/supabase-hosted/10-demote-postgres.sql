-- `postgres` stops being a superuser: it keeps CREATEDB, CREATEROLE and BYPASSRLS, everything on
-- the database and on the auth, storage and extensions schemas, and the API roles and the auth
-- and storage admin roles (taken back by 20-lock-down-auth-and-storage.sql). Follows supabase/postgres
-- migrations/db/migrations/10000000000000_demote-postgres.sql,
-- 20220609081115_grant-supabase-auth-admin-and-supabase-storage-admin-to-postgres.sql and
-- 20230201083204_grant_auth_roles_to_postgres.sql. On a hosted project the database is `postgres`;
-- here it is whichever database is being set up.
do $$
begin
  execute format('grant all on database %I to postgres', current_database());
end
$$;
grant all on schema auth to postgres;
grant all on schema extensions to postgres;
grant all on schema storage to postgres;
grant all on all tables in schema auth to postgres;
grant all on all tables in schema storage to postgres;
grant all on all tables in schema extensions to postgres;
grant all on all sequences in schema auth to postgres;
grant all on all sequences in schema storage to postgres;
grant all on all sequences in schema extensions to postgres;
grant all on all routines in schema auth to postgres;
grant all on all routines in schema storage to postgres;
grant all on all routines in schema extensions to postgres;
grant supabase_auth_admin, supabase_storage_admin to postgres;
grant anon, authenticated, service_role to postgres;
alter role postgres nosuperuser createdb createrole login replication bypassrls;
