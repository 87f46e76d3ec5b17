-- GoTrue's own migrations, condensed to the shape of auth.users, identities, sessions and
-- refresh_tokens they leave behind, run as supabase_auth_admin as GoTrue runs them. Follows
-- supabase/auth migrations/: 20210710035447_alter_users, 20210722035447_adds_confirmed_at,
-- 20210730183235_add_email_change_confirmed, 20210909172000_create_identities_table,
-- 20210927181326_add_refresh_token_parent, 20211122151130_create_user_id_idx,
-- 20220114185340_add_banned_until, 20220224000811_update_auth_functions,
-- 20220323170000_add_user_reauthentication, 20220531120530_add_auth_jwt_function,
-- 20220811173540_add_sessions_table, 20221020193600_add_sessions_user_id_index,
-- 20221215195500_modify_users_email_unique_index, 20221215195800_add_identities_email_column,
-- 20230116124310_alter_phone_type, 20230116124412_add_deleted_at,
-- 20231117164230_add_id_pkey_identities, 20240214120130_add_is_anonymous_column and
-- 20240612123726_enable_rls_update_grants (.up.sql each). MFA, SSO, flow state and OAuth tables
-- are left out: nothing of ours touches them.
set role supabase_auth_admin;

alter table auth.users
  add column phone text null unique default null,
  add column phone_confirmed_at timestamptz null default null,
  add column phone_change text null default '',
  add column phone_change_token varchar(255) null default '',
  add column phone_change_sent_at timestamptz null default null;
alter table auth.users rename column confirmed_at to email_confirmed_at;
alter table auth.users
  add column confirmed_at timestamptz
    generated always as (least(users.email_confirmed_at, users.phone_confirmed_at)) stored;
alter table auth.users
  add column email_change_token_current varchar(255) null default '',
  add column email_change_confirm_status smallint default 0
    check (email_change_confirm_status >= 0 and email_change_confirm_status <= 2);
alter table auth.users rename column email_change_token to email_change_token_new;
alter table auth.users
  add column banned_until timestamptz null,
  add column reauthentication_token varchar(255) null default '',
  add column reauthentication_sent_at timestamptz null default null,
  add column is_sso_user boolean not null default false,
  add column deleted_at timestamptz null,
  add column is_anonymous boolean not null default false;
create index users_is_anonymous_idx on auth.users (is_anonymous);

-- GoTrue dropped the unique email constraint for a partial index (SSO users may share an email).
alter table auth.users drop constraint users_email_key;
create unique index users_email_partial_key on auth.users (email) where (is_sso_user = false);

create table auth.identities (
  provider_id text not null,
  user_id uuid not null references auth.users (id) on delete cascade,
  identity_data jsonb not null,
  provider text not null,
  last_sign_in_at timestamptz null,
  created_at timestamptz null,
  updated_at timestamptz null,
  email text generated always as (lower(identity_data ->> 'email')) stored,
  id uuid default gen_random_uuid() primary key,
  constraint identities_provider_id_provider_unique unique (provider_id, provider)
);
create index identities_user_id_idx on auth.identities (user_id);
create index identities_email_idx on auth.identities (email text_pattern_ops);

create table auth.sessions (
  id uuid not null primary key,
  user_id uuid not null references auth.users (id) on delete cascade,
  created_at timestamptz null,
  updated_at timestamptz null
);
create index sessions_user_id_idx on auth.sessions (user_id);

alter table auth.refresh_tokens
  add column parent varchar(255) null,
  add column session_id uuid null references auth.sessions (id) on delete cascade,
  add constraint refresh_tokens_token_unique unique (token);
create index refresh_tokens_parent_idx on auth.refresh_tokens (parent);

create or replace function auth.uid() returns uuid language sql stable as $$
  select coalesce(
    nullif(current_setting('request.jwt.claim.sub', true), ''),
    (nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'sub')
  )::uuid
$$;
create or replace function auth.role() returns text language sql stable as $$
  select coalesce(
    nullif(current_setting('request.jwt.claim.role', true), ''),
    (nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'role')
  )::text
$$;
create or replace function auth.email() returns text language sql stable as $$
  select coalesce(
    nullif(current_setting('request.jwt.claim.email', true), ''),
    (nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'email')
  )::text
$$;
create or replace function auth.jwt() returns jsonb language sql stable as $$
  select coalesce(
    nullif(current_setting('request.jwt.claim', true), ''),
    nullif(current_setting('request.jwt.claims', true), '')
  )::jsonb
$$;

alter table auth.users enable row level security;
alter table auth.identities enable row level security;
alter table auth.sessions enable row level security;
alter table auth.refresh_tokens enable row level security;
alter table auth.schema_migrations enable row level security;

reset role;
