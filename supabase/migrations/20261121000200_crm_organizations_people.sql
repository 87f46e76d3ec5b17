-- The first CRM records: organizations and the people who work there.

create schema if not exists crm;
grant usage on schema crm to authenticated, service_role;

-- Companies a workspace sells to or works with.
create table crm.organizations (
  id uuid primary key default gen_random_uuid(),
  workspace_id uuid not null references workspaces.workspaces (id) on delete cascade,
  name text not null check (length(btrim(name)) between 1 and 200),
  emails text[] not null default '{}',
  phones text[] not null default '{}',
  links text[] not null default '{}',
  custom_fields jsonb not null default '{}' check (jsonb_typeof(custom_fields) = 'object'),
  owner_id uuid references auth.users (id) on delete set null,
  created_at timestamptz not null default now(),
  created_by uuid not null,
  updated_at timestamptz not null default now(),
  updated_by uuid not null,
  deleted_at timestamptz,
  -- lets people reference an organization of their own workspace only
  unique (workspace_id, id)
);
alter table crm.organizations enable row level security;
-- Lists page by (lower(name), id) inside a workspace; policies filter on workspace_id.
create index organizations_workspace_name_idx on crm.organizations (workspace_id, lower(name), id)
  where deleted_at is null;
create index organizations_owner_id_idx on crm.organizations (owner_id);

-- People: contacts, optionally at an organization of the same workspace.
create table crm.people (
  id uuid primary key default gen_random_uuid(),
  workspace_id uuid not null references workspaces.workspaces (id) on delete cascade,
  organization_id uuid,
  name text not null check (length(btrim(name)) between 1 and 200),
  emails text[] not null default '{}',
  phones text[] not null default '{}',
  links text[] not null default '{}',
  custom_fields jsonb not null default '{}' check (jsonb_typeof(custom_fields) = 'object'),
  owner_id uuid references auth.users (id) on delete set null,
  created_at timestamptz not null default now(),
  created_by uuid not null,
  updated_at timestamptz not null default now(),
  updated_by uuid not null,
  deleted_at timestamptz,
  foreign key (workspace_id, organization_id) references crm.organizations (workspace_id, id)
);
alter table crm.people enable row level security;
create index people_workspace_name_idx on crm.people (workspace_id, lower(name), id)
  where deleted_at is null;
create index people_organization_id_idx on crm.people (workspace_id, organization_id);
create index people_owner_id_idx on crm.people (owner_id);

create trigger set_audit_columns before insert or update on crm.organizations
  for each row execute function waymark.set_audit_columns();
create trigger set_audit_columns before insert or update on crm.people
  for each row execute function waymark.set_audit_columns();
create trigger keep_workspace before update on crm.organizations
  for each row execute function waymark.keep_workspace();
create trigger keep_workspace before update on crm.people
  for each row execute function waymark.keep_workspace();

-- Policies: members read; members and up write; admins and up may purge (hard delete).
create policy "members can read organizations" on crm.organizations
  for select to authenticated
  using (workspace_id = any ((select workspaces.my_workspace_ids('viewer'))::uuid[]));
create policy "members can add organizations" on crm.organizations
  for insert to authenticated
  with check (workspace_id = any ((select workspaces.my_workspace_ids('member'))::uuid[]));
create policy "members can edit organizations" on crm.organizations
  for update to authenticated
  using (workspace_id = any ((select workspaces.my_workspace_ids('member'))::uuid[]))
  with check (workspace_id = any ((select workspaces.my_workspace_ids('member'))::uuid[]));
create policy "admins can purge organizations" on crm.organizations
  for delete to authenticated
  using (workspace_id = any ((select workspaces.my_workspace_ids('admin'))::uuid[]));

create policy "members can read people" on crm.people
  for select to authenticated
  using (workspace_id = any ((select workspaces.my_workspace_ids('viewer'))::uuid[]));
create policy "members can add people" on crm.people
  for insert to authenticated
  with check (workspace_id = any ((select workspaces.my_workspace_ids('member'))::uuid[]));
create policy "members can edit people" on crm.people
  for update to authenticated
  using (workspace_id = any ((select workspaces.my_workspace_ids('member'))::uuid[]))
  with check (workspace_id = any ((select workspaces.my_workspace_ids('member'))::uuid[]));
create policy "admins can purge people" on crm.people
  for delete to authenticated
  using (workspace_id = any ((select workspaces.my_workspace_ids('admin'))::uuid[]));

grant select, insert, update, delete on crm.organizations, crm.people to authenticated;
grant all on all tables in schema crm to service_role;
