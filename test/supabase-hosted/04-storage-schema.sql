-- Just enough of the storage schema for the lock-down to apply to: the schema owned by
-- supabase_admin and its migrations table owned by supabase_storage_admin. Follows supabase/postgres
-- migrations/db/init-scripts/00000000000002-storage-schema.sql (buckets and objects left out).
create schema storage authorization supabase_admin;
grant usage on schema storage to postgres, anon, authenticated, service_role;
grant all on schema storage to supabase_storage_admin;
create table storage.migrations (
  id integer primary key,
  name varchar(100) unique not null,
  hash varchar(40) not null,
  executed_at timestamp default current_timestamp
);
alter table storage.migrations owner to supabase_storage_admin;
