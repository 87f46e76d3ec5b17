-- `supabase db lint` runs `create extension if not exists plpgsql_check` as `postgres`. A hosted
-- project lets it (supautils allows `postgres` a list of extensions); a plain non-superuser may
-- not, so the platform's part is played here by creating it up front where the server has it
-- (Debian: postgresql-15-plpgsql-check). Not from supabase/postgres: a stand-in for supautils.
do $$
begin
  if exists (select 1 from pg_available_extensions where name = 'plpgsql_check') then
    create extension if not exists plpgsql_check with schema extensions;
  end if;
end
$$;
