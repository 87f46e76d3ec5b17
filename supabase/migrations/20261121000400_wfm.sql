-- The workflow engine: every business process (a sales pipeline, lead qualification, support) is a
-- versioned workflow of steps and allowed transitions, and every tracked entity is a project
-- moving through one, with an append-only history of its moves.

create schema if not exists wfm;
grant usage on schema wfm to authenticated, service_role;

-- Kinds of process a workspace runs (Sales, Lead qualification, Support, …).
create table wfm.project_types (
  id uuid primary key default gen_random_uuid(),
  workspace_id uuid not null references workspaces.workspaces (id) on delete cascade,
  key text not null check (key ~ '^[a-z][a-z0-9_]{0,62}$'),
  name text not null check (length(btrim(name)) between 1 and 200),
  created_at timestamptz not null default now(),
  created_by uuid not null,
  updated_at timestamptz not null default now(),
  updated_by uuid not null,
  deleted_at timestamptz,
  unique (workspace_id, key),
  unique (workspace_id, id)
);
alter table wfm.project_types enable row level security;

-- Statuses are shared by a workspace's workflows; their category says what reaching them means.
create table wfm.statuses (
  id uuid primary key default gen_random_uuid(),
  workspace_id uuid not null references workspaces.workspaces (id) on delete cascade,
  name text not null check (length(btrim(name)) between 1 and 100),
  color text not null default '#718096' check (color ~ '^#[0-9a-fA-F]{6}$'),
  category text not null check (category in ('open', 'won', 'lost', 'done')),
  created_at timestamptz not null default now(),
  created_by uuid not null,
  updated_at timestamptz not null default now(),
  updated_by uuid not null,
  deleted_at timestamptz,
  unique (workspace_id, id)
);
alter table wfm.statuses enable row level security;
create index statuses_workspace_id_idx on wfm.statuses (workspace_id);

-- A workflow: the process for one entity type (deal, lead, ticket, …).
create table wfm.workflows (
  id uuid primary key default gen_random_uuid(),
  workspace_id uuid not null references workspaces.workspaces (id) on delete cascade,
  project_type_id uuid not null,
  entity_type text not null check (entity_type ~ '^[a-z][a-z0-9_]{0,62}$'),
  name text not null check (length(btrim(name)) between 1 and 200),
  created_at timestamptz not null default now(),
  created_by uuid not null,
  updated_at timestamptz not null default now(),
  updated_by uuid not null,
  deleted_at timestamptz,
  unique (workspace_id, id),
  foreign key (workspace_id, project_type_id) references wfm.project_types (workspace_id, id)
);
alter table wfm.workflows enable row level security;
create index workflows_workspace_entity_idx on wfm.workflows (workspace_id, entity_type);

-- Versions: editing an active workflow makes a draft; publishing the draft makes it active and
-- archives the previous one. Entities stay on their version until migrated.
create table wfm.workflow_versions (
  id uuid primary key default gen_random_uuid(),
  workspace_id uuid not null references workspaces.workspaces (id) on delete cascade,
  workflow_id uuid not null,
  version int not null check (version > 0),
  state text not null check (state in ('draft', 'active', 'archived')),
  published_at timestamptz,
  published_by uuid,
  created_at timestamptz not null default now(),
  created_by uuid not null,
  updated_at timestamptz not null default now(),
  updated_by uuid not null,
  unique (workflow_id, version),
  unique (workspace_id, id),
  foreign key (workspace_id, workflow_id) references wfm.workflows (workspace_id, id) on delete cascade
);
alter table wfm.workflow_versions enable row level security;
create unique index workflow_versions_one_active_idx on wfm.workflow_versions (workflow_id) where state = 'active';
create unique index workflow_versions_one_draft_idx on wfm.workflow_versions (workflow_id) where state = 'draft';
create index workflow_versions_workspace_id_idx on wfm.workflow_versions (workspace_id);

-- Steps of a version, in order. `key` is stable across versions of a workflow, so history can be
-- read across versions (learned probabilities, dwell times).
create table wfm.workflow_steps (
  id uuid primary key default gen_random_uuid(),
  workspace_id uuid not null references workspaces.workspaces (id) on delete cascade,
  version_id uuid not null,
  status_id uuid not null,
  key text not null check (key ~ '^[a-z][a-z0-9_]{0,62}$'),
  name text not null check (length(btrim(name)) between 1 and 100),
  position int not null check (position >= 0),
  default_probability numeric(5, 4) not null default 0 check (default_probability between 0 and 1),
  expected_dwell_days numeric(7, 2) check (expected_dwell_days > 0),
  is_initial boolean not null default false,
  is_final boolean not null default false,
  -- e.g. {"requiredFields": ["amount"]}: what an entity must have while in this step
  metadata jsonb not null default '{}' check (jsonb_typeof(metadata) = 'object'),
  created_at timestamptz not null default now(),
  created_by uuid not null,
  updated_at timestamptz not null default now(),
  updated_by uuid not null,
  unique (version_id, key),
  unique (workspace_id, id),
  foreign key (workspace_id, version_id) references wfm.workflow_versions (workspace_id, id) on delete cascade,
  foreign key (workspace_id, status_id) references wfm.statuses (workspace_id, id)
);
alter table wfm.workflow_steps enable row level security;
create index workflow_steps_version_idx on wfm.workflow_steps (version_id, position);
create index workflow_steps_workspace_id_idx on wfm.workflow_steps (workspace_id);
create unique index workflow_steps_one_initial_idx on wfm.workflow_steps (version_id) where is_initial;

-- The moves a version allows, with optional guards.
create table wfm.workflow_transitions (
  id uuid primary key default gen_random_uuid(),
  workspace_id uuid not null references workspaces.workspaces (id) on delete cascade,
  version_id uuid not null,
  from_step_id uuid not null,
  to_step_id uuid not null,
  -- fields the entity must have (non-empty) to make this move
  required_fields text[] not null default '{}',
  -- workspace roles allowed to make it; empty means anyone who may edit the entity
  allowed_roles text[] not null default '{}' check (allowed_roles <@ array['owner', 'admin', 'member']::text[]),
  created_at timestamptz not null default now(),
  created_by uuid not null,
  updated_at timestamptz not null default now(),
  updated_by uuid not null,
  check (from_step_id <> to_step_id),
  unique (version_id, from_step_id, to_step_id),
  foreign key (workspace_id, version_id) references wfm.workflow_versions (workspace_id, id) on delete cascade,
  foreign key (workspace_id, from_step_id) references wfm.workflow_steps (workspace_id, id) on delete cascade,
  foreign key (workspace_id, to_step_id) references wfm.workflow_steps (workspace_id, id) on delete cascade
);
alter table wfm.workflow_transitions enable row level security;
create index workflow_transitions_from_idx on wfm.workflow_transitions (from_step_id);
create index workflow_transitions_workspace_id_idx on wfm.workflow_transitions (workspace_id);

-- One project per tracked entity: where it stands in which workflow version.
create table wfm.projects (
  id uuid primary key default gen_random_uuid(),
  workspace_id uuid not null references workspaces.workspaces (id) on delete cascade,
  entity_type text not null,
  entity_id uuid not null,
  workflow_id uuid not null,
  version_id uuid not null,
  current_step_id uuid not null,
  entered_step_at timestamptz not null default now(),
  created_at timestamptz not null default now(),
  created_by uuid not null,
  updated_at timestamptz not null default now(),
  updated_by uuid not null,
  unique (entity_type, entity_id),
  unique (workspace_id, id),
  foreign key (workspace_id, workflow_id) references wfm.workflows (workspace_id, id),
  foreign key (workspace_id, version_id) references wfm.workflow_versions (workspace_id, id),
  foreign key (workspace_id, current_step_id) references wfm.workflow_steps (workspace_id, id)
);
alter table wfm.projects enable row level security;
create index projects_workspace_step_idx on wfm.projects (workspace_id, current_step_id);
create index projects_version_idx on wfm.projects (version_id);

-- Every move, append-only: no update or delete policy exists, for anyone but the owner role.
create table wfm.status_history (
  id uuid primary key default gen_random_uuid(),
  workspace_id uuid not null references workspaces.workspaces (id) on delete cascade,
  project_id uuid not null,
  entity_type text not null,
  entity_id uuid not null,
  kind text not null check (kind in ('start', 'move', 'migrate')),
  from_step_id uuid,
  to_step_id uuid not null,
  from_version_id uuid,
  to_version_id uuid not null,
  reason text check (length(reason) <= 2000),
  actor_id uuid not null,
  at timestamptz not null default now(),
  foreign key (workspace_id, project_id) references wfm.projects (workspace_id, id) on delete cascade
);
alter table wfm.status_history enable row level security;
create index status_history_entity_idx on wfm.status_history (entity_type, entity_id, at desc, id);
create index status_history_workspace_id_idx on wfm.status_history (workspace_id);
create index status_history_project_idx on wfm.status_history (project_id, at);

do $$
declare t text;
begin
  foreach t in array array['project_types', 'statuses', 'workflows', 'workflow_versions',
                           'workflow_steps', 'workflow_transitions', 'projects']
  loop
    execute format('create trigger set_audit_columns before insert or update on wfm.%I
                    for each row execute function waymark.set_audit_columns()', t);
    execute format('create trigger keep_workspace before update on wfm.%I
                    for each row execute function waymark.keep_workspace()', t);
    -- Members read every workflow table of their workspaces; admins edit workflow definitions,
    -- members move entities (projects).
    execute format('create policy "members can read %1$s" on wfm.%1$I for select to authenticated
                    using (workspace_id = any ((select workspaces.my_workspace_ids(''viewer''))::uuid[]))', t);
  end loop;
end
$$;

do $$
declare t text;
begin
  foreach t in array array['project_types', 'statuses', 'workflows', 'workflow_versions',
                           'workflow_steps', 'workflow_transitions']
  loop
    execute format('create policy "admins can add %1$s" on wfm.%1$I for insert to authenticated
                    with check (workspace_id = any ((select workspaces.my_workspace_ids(''admin''))::uuid[]))', t);
    execute format('create policy "admins can edit %1$s" on wfm.%1$I for update to authenticated
                    using (workspace_id = any ((select workspaces.my_workspace_ids(''admin''))::uuid[]))
                    with check (workspace_id = any ((select workspaces.my_workspace_ids(''admin''))::uuid[]))', t);
    execute format('create policy "admins can remove %1$s" on wfm.%1$I for delete to authenticated
                    using (workspace_id = any ((select workspaces.my_workspace_ids(''admin''))::uuid[]))', t);
    execute format('grant select, insert, update, delete on wfm.%I to authenticated', t);
  end loop;
end
$$;

create policy "members can start projects" on wfm.projects for insert to authenticated
  with check (workspace_id = any ((select workspaces.my_workspace_ids('member'))::uuid[]));
create policy "members can move projects" on wfm.projects for update to authenticated
  using (workspace_id = any ((select workspaces.my_workspace_ids('member'))::uuid[]))
  with check (workspace_id = any ((select workspaces.my_workspace_ids('member'))::uuid[]));
grant select, insert, update on wfm.projects to authenticated;

create policy "members can read status history" on wfm.status_history for select to authenticated
  using (workspace_id = any ((select workspaces.my_workspace_ids('viewer'))::uuid[]));
create policy "members can append status history" on wfm.status_history for insert to authenticated
  with check (
    workspace_id = any ((select workspaces.my_workspace_ids('member'))::uuid[])
    and actor_id = (select auth.uid())
  );
grant select, insert on wfm.status_history to authenticated;

grant all on all tables in schema wfm to service_role;
