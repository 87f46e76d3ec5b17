-- The April 2025 lock-down (Supabase changelog 34270): `postgres` may no longer create anything in
-- auth or storage, nor act as their admin roles, so it cannot change GoTrue's tables; it keeps
-- reading and writing their rows. Follows supabase/postgres migrations/db/migrations/
-- 20240319072844_lock_down_postgres_access_to_auth_and_storage.sql and
-- 20250421084701_revoke_admin_roles_from_postgres.sql.
revoke supabase_auth_admin from postgres;
revoke all on table auth.schema_migrations from postgres;
grant select on table auth.schema_migrations to postgres;
revoke supabase_storage_admin from postgres;
revoke all on table storage.migrations from postgres;
grant select on table storage.migrations to postgres;

revoke create on schema storage from postgres;
revoke all on storage.migrations from anon, authenticated, service_role, postgres;
revoke create on schema auth from postgres;
revoke all on auth.schema_migrations from dashboard_user, postgres;
revoke supabase_realtime_admin from postgres;
