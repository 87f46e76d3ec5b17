-- Per database (the hosted project has one, `postgres`; the test leg uses a template database):
-- the extensions schema with pgcrypto and uuid-ossp, where every Supabase project has them.
-- Follows supabase/postgres migrations/db/init-scripts/00000000000000-initial-schema.sql.
create schema if not exists extensions;
create extension if not exists "uuid-ossp" with schema extensions;
create extension if not exists pgcrypto with schema extensions;
grant usage on schema extensions to postgres, anon, authenticated, service_role;
grant usage on schema public to postgres, anon, authenticated, service_role;
alter default privileges in schema public grant all on tables to postgres, anon, authenticated, service_role;
alter default privileges in schema public grant all on functions to postgres, anon, authenticated, service_role;
alter default privileges in schema public grant all on sequences to postgres, anon, authenticated, service_role;
