-- What a Supabase project already has, created only where it is missing, so the same migrations
-- run on embedded PGlite, on a plain Postgres 15, and with `supabase db push` on a real project,
-- where this migration does nothing (see docs/adr/0016-migrations-for-supabase-postgres-and-pglite.md).

-- Roles the API switches to per transaction (set local role ...).
do $$
begin
  if not exists (select 1 from pg_roles where rolname = 'anon') then
    create role anon nologin noinherit;
  end if;
  if not exists (select 1 from pg_roles where rolname = 'authenticated') then
    create role authenticated nologin noinherit;
  end if;
  if not exists (select 1 from pg_roles where rolname = 'service_role') then
    create role service_role nologin noinherit bypassrls;
  end if;
end
$$;

-- The connecting role must be allowed to switch to them (Supabase's `postgres` already is).
do $$
begin
  execute format('grant anon, authenticated, service_role to %I', current_user);
exception when others then
  -- Already granted, or a managed platform that grants it another way.
  null;
end
$$;

-- The auth schema: only where no Supabase Auth (GoTrue) has made it. On Supabase, GoTrue owns
-- auth.users, and since 2025-04-21 hosted projects refuse `postgres` any CREATE in auth and any
-- revoke on auth tables (42501), even as a no-op `create table if not exists`: so the whole
-- block is skipped there, grants included, rather than each statement relying on IF NOT EXISTS.
do $compat$
begin
  if to_regclass('auth.users') is not null then
    return;
  end if;

  create schema if not exists auth;
  grant usage on schema auth to anon, authenticated, service_role;

  -- The columns of Supabase's auth.users that Waymark and the embedded auth server use.
  create table if not exists auth.users (
    id uuid primary key default gen_random_uuid(),
    aud varchar(255) default 'authenticated',
    role varchar(255) default 'authenticated',
    email varchar(255),
    encrypted_password varchar(255),
    email_confirmed_at timestamptz,
    last_sign_in_at timestamptz,
    raw_app_meta_data jsonb default '{}'::jsonb,
    raw_user_meta_data jsonb default '{}'::jsonb,
    created_at timestamptz default now(),
    updated_at timestamptz default now()
  );
  create unique index if not exists users_email_key on auth.users (lower(email));

  -- Sessions and rotating refresh tokens of the embedded auth server (Supabase has its own).
  create table if not exists auth.sessions (
    id uuid primary key default gen_random_uuid(),
    user_id uuid not null references auth.users (id) on delete cascade,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
  );
  create index if not exists sessions_user_id_idx on auth.sessions (user_id);

  create table if not exists auth.refresh_tokens (
    id bigserial primary key,
    token varchar(255) not null unique,
    user_id uuid not null references auth.users (id) on delete cascade,
    session_id uuid not null references auth.sessions (id) on delete cascade,
    parent varchar(255),
    revoked boolean not null default false,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
  );
  create index if not exists refresh_tokens_session_id_idx on auth.refresh_tokens (session_id);

  -- Nobody but the owner and service_role touches auth tables directly.
  revoke all on all tables in schema auth from anon, authenticated;
  grant all on all tables in schema auth to service_role;
  grant usage, select on all sequences in schema auth to service_role;

  -- auth.uid(), auth.role(), auth.jwt(): as Supabase defines them, reading the claims the API sets
  -- with set_config('request.jwt.claims', ..., true).
  if not exists (
    select 1 from pg_proc p join pg_namespace n on n.oid = p.pronamespace
    where n.nspname = 'auth' and p.proname = 'jwt'
  ) then
    create function auth.jwt() returns jsonb language sql stable as $fn$
      select coalesce(
        nullif(current_setting('request.jwt.claim', true), ''),
        nullif(current_setting('request.jwt.claims', true), '')
      )::jsonb
    $fn$;
  end if;
  if not exists (
    select 1 from pg_proc p join pg_namespace n on n.oid = p.pronamespace
    where n.nspname = 'auth' and p.proname = 'uid'
  ) then
    create function auth.uid() returns uuid language sql stable as $fn$
      select coalesce(
        nullif(current_setting('request.jwt.claim.sub', true), ''),
        (nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'sub')
      )::uuid
    $fn$;
  end if;
  if not exists (
    select 1 from pg_proc p join pg_namespace n on n.oid = p.pronamespace
    where n.nspname = 'auth' and p.proname = 'role'
  ) then
    create function auth.role() returns text language sql stable as $fn$
      select coalesce(
        nullif(current_setting('request.jwt.claim.role', true), ''),
        (nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'role')
      )::text
    $fn$;
  end if;

  grant execute on function auth.uid(), auth.role(), auth.jwt() to anon, authenticated, service_role;
end
$compat$;
