-- Connectors (issue 13): a workspace's connections to Slack, Telegram and email, their encrypted
-- credentials, their pull cursors, the webhook deliveries they received and what could not be
-- processed. Admins manage connections; members see their status; only the service (automation
-- and the webhook endpoints) reads credentials, cursors and deliveries.
create schema if not exists integrations;
grant usage on schema integrations to authenticated, service_role;

create table integrations.connections (
  id uuid primary key default gen_random_uuid(),
  workspace_id uuid not null references workspaces.workspaces (id) on delete cascade,
  kind text not null check (kind in ('slack', 'telegram', 'email')),
  name text not null check (length(btrim(name)) between 1 and 200),
  -- Non-secret settings (IMAP host and mailboxes, Slack channels, Telegram mode…), per kind.
  settings jsonb not null default '{}' check (jsonb_typeof(settings) = 'object'),
  -- The vault's envelope (lib/integrations/vault.ts): never plaintext, never granted to users.
  credentials jsonb not null,
  -- The last four characters of the main secret, what the UI shows.
  credentials_hint text not null default '',
  -- A private connection's conversations are visible to its owner only.
  private boolean not null default false,
  owner_id uuid references auth.users (id) on delete set null,
  status text not null default 'connected'
    check (status in ('connected', 'syncing', 'error', 'disabled')),
  last_sync_at timestamptz,
  last_error text,
  last_error_at timestamptz,
  sync_interval_seconds integer not null default 300 check (sync_interval_seconds between 30 and 86400),
  next_sync_at timestamptz not null default now(),
  created_at timestamptz not null default now(),
  created_by uuid not null,
  updated_at timestamptz not null default now(),
  updated_by uuid not null,
  deleted_at timestamptz
);
alter table integrations.connections enable row level security;
create index connections_workspace_idx on integrations.connections (workspace_id) where deleted_at is null;
create index connections_due_idx on integrations.connections (next_sync_at)
  where deleted_at is null and status <> 'disabled';
create trigger set_audit_columns before insert or update on integrations.connections
  for each row execute function waymark.set_audit_columns();
create trigger keep_workspace before update on integrations.connections
  for each row execute function waymark.keep_workspace();

create policy "members see their workspace's connections" on integrations.connections
  for select to authenticated
  using (workspace_id = any ((select workspaces.my_workspace_ids('viewer'))::uuid[]));
create policy "admins add connections" on integrations.connections
  for insert to authenticated
  with check (workspace_id = any ((select workspaces.my_workspace_ids('admin'))::uuid[]));
create policy "admins change connections" on integrations.connections
  for update to authenticated
  using (workspace_id = any ((select workspaces.my_workspace_ids('admin'))::uuid[]))
  with check (workspace_id = any ((select workspaces.my_workspace_ids('admin'))::uuid[]));
create policy "the service manages connections" on integrations.connections
  for all to service_role using (true) with check (true);

-- Users never read the credentials column: select is granted column by column.
grant select (id, workspace_id, kind, name, settings, credentials_hint, private, owner_id, status,
  last_sync_at, last_error, last_error_at, sync_interval_seconds, next_sync_at, created_at,
  created_by, updated_at, updated_by, deleted_at) on integrations.connections to authenticated;
grant insert, update on integrations.connections to authenticated;

-- The credentials of a connection, for an admin of its workspace (testing a connection from the
-- API); null for anyone else. Security definer: the column itself stays ungranted.
create function integrations.connection_credentials(p_connection_id uuid) returns jsonb
  language sql stable security definer set search_path = ''
as $$
  select c.credentials from integrations.connections c
   where c.id = p_connection_id and c.deleted_at is null
     and workspaces.has_role(c.workspace_id, 'admin')
$$;
revoke execute on function integrations.connection_credentials(uuid) from public, anon;
grant execute on function integrations.connection_credentials(uuid) to authenticated, service_role;

-- Where each pull stands, per connection and scope ('updates' for Telegram, 'imap:INBOX',
-- 'slack:C123'): written in the same transaction as the messages it covers.
create table integrations.cursors (
  connection_id uuid not null references integrations.connections (id) on delete cascade,
  workspace_id uuid not null references workspaces.workspaces (id) on delete cascade,
  scope text not null,
  value jsonb not null,
  updated_at timestamptz not null default now(),
  primary key (connection_id, scope)
);
alter table integrations.cursors enable row level security;
create policy "the service keeps cursors" on integrations.cursors
  for all to service_role using (true) with check (true);

-- Webhook deliveries, stored before they are acknowledged; the provider's id makes a retried
-- delivery a no-op (Slack event_id, Telegram update_id, an email's Message-ID).
create table integrations.webhook_deliveries (
  id uuid primary key default gen_random_uuid(),
  workspace_id uuid not null references workspaces.workspaces (id) on delete cascade,
  connection_id uuid not null references integrations.connections (id) on delete cascade,
  external_id text not null,
  payload jsonb not null,
  received_at timestamptz not null default now(),
  processed_at timestamptz,
  unique (connection_id, external_id)
);
alter table integrations.webhook_deliveries enable row level security;
create policy "the service keeps deliveries" on integrations.webhook_deliveries
  for all to service_role using (true) with check (true);

-- What could not be processed: a malformed webhook body or pulled item, with the error. Admins
-- see them and replay them once the cause is fixed.
create table integrations.dead_letters (
  id uuid primary key default gen_random_uuid(),
  workspace_id uuid not null references workspaces.workspaces (id) on delete cascade,
  connection_id uuid not null references integrations.connections (id) on delete cascade,
  source text not null check (source in ('webhook', 'pull', 'send')),
  external_id text,
  payload jsonb not null,
  error text not null,
  created_at timestamptz not null default now(),
  replayed_at timestamptz,
  replay_count integer not null default 0,
  resolved_at timestamptz
);
alter table integrations.dead_letters enable row level security;
create index dead_letters_connection_idx on integrations.dead_letters (connection_id, created_at desc);
create policy "admins see dead letters" on integrations.dead_letters
  for select to authenticated
  using (workspace_id = any ((select workspaces.my_workspace_ids('admin'))::uuid[]));
create policy "the service keeps dead letters" on integrations.dead_letters
  for all to service_role using (true) with check (true);
-- Signed-in users may ask; with no policy for them, RLS answers with no rows.
grant select on integrations.dead_letters, integrations.cursors, integrations.webhook_deliveries
  to authenticated;

grant all on all tables in schema integrations to service_role;
