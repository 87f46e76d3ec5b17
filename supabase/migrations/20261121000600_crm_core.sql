-- The CRM core: deals and leads (each moving through a workflow), activities, notes, and the
-- definitions of custom fields.

-- Deals: an opportunity to sell, tracked through the sales workflow (wfm.projects).
create table crm.deals (
  id uuid primary key default gen_random_uuid(),
  workspace_id uuid not null references workspaces.workspaces (id) on delete cascade,
  name text not null check (length(btrim(name)) between 1 and 200),
  amount numeric(14, 2) check (amount >= 0),
  currency char(3) not null default 'USD' check (currency ~ '^[A-Z]{3}$'),
  expected_close_date date,
  organization_id uuid,
  owner_id uuid references auth.users (id) on delete set null,
  assignee_id uuid references auth.users (id) on delete set null,
  -- the current step's win probability, kept here so lists and sorting need no join
  probability numeric(5, 4) not null default 0 check (probability between 0 and 1),
  custom_fields jsonb not null default '{}' check (jsonb_typeof(custom_fields) = 'object'),
  created_at timestamptz not null default now(),
  created_by uuid not null,
  updated_at timestamptz not null default now(),
  updated_by uuid not null,
  deleted_at timestamptz,
  unique (workspace_id, id),
  foreign key (workspace_id, organization_id) references crm.organizations (workspace_id, id)
);
alter table crm.deals enable row level security;
create index deals_workspace_name_idx on crm.deals (workspace_id, lower(name), id) where deleted_at is null;
create index deals_organization_idx on crm.deals (workspace_id, organization_id);
create index deals_assignee_idx on crm.deals (assignee_id);
create index deals_owner_idx on crm.deals (owner_id);

-- Lets deals and leads reference people of their own workspace only.
alter table crm.people add constraint people_workspace_id_id_key unique (workspace_id, id);

-- The people involved in a deal.
create table crm.deal_people (
  workspace_id uuid not null references workspaces.workspaces (id) on delete cascade,
  deal_id uuid not null,
  person_id uuid not null,
  role text check (length(role) <= 100),
  created_at timestamptz not null default now(),
  created_by uuid not null,
  updated_at timestamptz not null default now(),
  updated_by uuid not null,
  primary key (deal_id, person_id),
  foreign key (workspace_id, deal_id) references crm.deals (workspace_id, id) on delete cascade,
  foreign key (workspace_id, person_id) references crm.people (workspace_id, id) on delete cascade
);
alter table crm.deal_people enable row level security;
create index deal_people_person_idx on crm.deal_people (person_id);
create index deal_people_workspace_id_idx on crm.deal_people (workspace_id);

-- Leads: someone who may become a customer, qualified through the lead workflow, then
-- converted into a deal (with a person and an organization).
create table crm.leads (
  id uuid primary key default gen_random_uuid(),
  workspace_id uuid not null references workspaces.workspaces (id) on delete cascade,
  name text not null check (length(btrim(name)) between 1 and 200),
  email text check (length(email) <= 320),
  company text check (length(company) <= 200),
  source text check (length(source) <= 100),
  score int not null default 0 check (score between 0 and 100),
  owner_id uuid references auth.users (id) on delete set null,
  assignee_id uuid references auth.users (id) on delete set null,
  custom_fields jsonb not null default '{}' check (jsonb_typeof(custom_fields) = 'object'),
  converted_at timestamptz,
  converted_deal_id uuid,
  converted_person_id uuid,
  converted_organization_id uuid,
  last_contacted_at timestamptz,
  created_at timestamptz not null default now(),
  created_by uuid not null,
  updated_at timestamptz not null default now(),
  updated_by uuid not null,
  deleted_at timestamptz,
  unique (workspace_id, id),
  foreign key (workspace_id, converted_deal_id) references crm.deals (workspace_id, id),
  foreign key (workspace_id, converted_person_id) references crm.people (workspace_id, id),
  foreign key (workspace_id, converted_organization_id) references crm.organizations (workspace_id, id)
);
alter table crm.leads enable row level security;
create index leads_workspace_name_idx on crm.leads (workspace_id, lower(name), id) where deleted_at is null;
create index leads_assignee_idx on crm.leads (assignee_id);
create index leads_owner_idx on crm.leads (owner_id);

-- Activities: tasks, calls, meetings, emails and notes-as-activities, optionally linked to a
-- record. System activities are the ones automations create.
create table crm.activities (
  id uuid primary key default gen_random_uuid(),
  workspace_id uuid not null references workspaces.workspaces (id) on delete cascade,
  kind text not null check (kind in ('task', 'call', 'meeting', 'email', 'note')),
  title text not null check (length(btrim(title)) between 1 and 300),
  body text check (length(body) <= 20000),
  due_at timestamptz,
  done_at timestamptz,
  assignee_id uuid references auth.users (id) on delete set null,
  entity_type text check (entity_type in ('deal', 'lead', 'organization', 'person')),
  entity_id uuid,
  is_system_activity boolean not null default false,
  -- e.g. {"automation": "review-new-deal", "runId": "…"}
  metadata jsonb not null default '{}' check (jsonb_typeof(metadata) = 'object'),
  created_at timestamptz not null default now(),
  created_by uuid not null,
  updated_at timestamptz not null default now(),
  updated_by uuid not null,
  deleted_at timestamptz,
  check ((entity_type is null) = (entity_id is null))
);
alter table crm.activities enable row level security;
create index activities_entity_idx on crm.activities (entity_type, entity_id, created_at desc, id);
create index activities_assignee_due_idx on crm.activities (assignee_id, due_at) where done_at is null and deleted_at is null;
create index activities_workspace_id_idx on crm.activities (workspace_id);

-- Notes on a record.
create table crm.notes (
  id uuid primary key default gen_random_uuid(),
  workspace_id uuid not null references workspaces.workspaces (id) on delete cascade,
  entity_type text not null check (entity_type in ('deal', 'lead', 'organization', 'person')),
  entity_id uuid not null,
  body text not null check (length(btrim(body)) between 1 and 20000),
  created_at timestamptz not null default now(),
  created_by uuid not null,
  updated_at timestamptz not null default now(),
  updated_by uuid not null,
  deleted_at timestamptz
);
alter table crm.notes enable row level security;
create index notes_entity_idx on crm.notes (entity_type, entity_id, created_at desc, id);
create index notes_workspace_id_idx on crm.notes (workspace_id);

-- Custom field definitions per workspace and entity type; values live in each record's
-- custom_fields under `key`, validated against these on every write.
create table crm.custom_field_definitions (
  id uuid primary key default gen_random_uuid(),
  workspace_id uuid not null references workspaces.workspaces (id) on delete cascade,
  entity_type text not null check (entity_type in ('deal', 'lead', 'organization', 'person')),
  key text not null check (key ~ '^[a-z][a-zA-Z0-9_]{0,62}$'),
  label text not null check (length(btrim(label)) between 1 and 100),
  type text not null check (type in ('text', 'number', 'date', 'boolean', 'select', 'multi_select', 'user', 'url')),
  options text[] not null default '{}',
  required boolean not null default false,
  position int not null default 0,
  created_at timestamptz not null default now(),
  created_by uuid not null,
  updated_at timestamptz not null default now(),
  updated_by uuid not null,
  deleted_at timestamptz,
  check ((type in ('select', 'multi_select')) = (cardinality(options) > 0))
);
alter table crm.custom_field_definitions enable row level security;
create unique index custom_field_definitions_key_idx
  on crm.custom_field_definitions (workspace_id, entity_type, key) where deleted_at is null;

do $$
declare t text;
begin
  foreach t in array array['deals', 'deal_people', 'leads', 'activities', 'notes', 'custom_field_definitions']
  loop
    execute format('create trigger set_audit_columns before insert or update on crm.%I
                    for each row execute function waymark.set_audit_columns()', t);
    execute format('create trigger keep_workspace before update on crm.%I
                    for each row execute function waymark.keep_workspace()', t);
    execute format('create policy "members can read %1$s" on crm.%1$I for select to authenticated
                    using (workspace_id = any ((select workspaces.my_workspace_ids(''viewer''))::uuid[]))', t);
    execute format('grant select, insert, update, delete on crm.%I to authenticated', t);
  end loop;
  -- Records: members write, admins purge. Custom field definitions shape everyone's data:
  -- admins only.
  foreach t in array array['deals', 'deal_people', 'leads', 'activities', 'notes']
  loop
    execute format('create policy "members can add %1$s" on crm.%1$I for insert to authenticated
                    with check (workspace_id = any ((select workspaces.my_workspace_ids(''member''))::uuid[]))', t);
    execute format('create policy "members can edit %1$s" on crm.%1$I for update to authenticated
                    using (workspace_id = any ((select workspaces.my_workspace_ids(''member''))::uuid[]))
                    with check (workspace_id = any ((select workspaces.my_workspace_ids(''member''))::uuid[]))', t);
  end loop;
  foreach t in array array['deals', 'leads', 'activities', 'notes']
  loop
    execute format('create policy "admins can purge %1$s" on crm.%1$I for delete to authenticated
                    using (workspace_id = any ((select workspaces.my_workspace_ids(''admin''))::uuid[]))', t);
  end loop;
end
$$;

-- Unlinking a person from a deal is an everyday edit, not a purge.
create policy "members can unlink deal people" on crm.deal_people for delete to authenticated
  using (workspace_id = any ((select workspaces.my_workspace_ids('member'))::uuid[]));

create policy "admins can add custom fields" on crm.custom_field_definitions for insert to authenticated
  with check (workspace_id = any ((select workspaces.my_workspace_ids('admin'))::uuid[]));
create policy "admins can edit custom fields" on crm.custom_field_definitions for update to authenticated
  using (workspace_id = any ((select workspaces.my_workspace_ids('admin'))::uuid[]))
  with check (workspace_id = any ((select workspaces.my_workspace_ids('admin'))::uuid[]));
create policy "admins can remove custom fields" on crm.custom_field_definitions for delete to authenticated
  using (workspace_id = any ((select workspaces.my_workspace_ids('admin'))::uuid[]));

grant all on all tables in schema crm to service_role;
