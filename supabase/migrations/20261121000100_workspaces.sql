-- Workspaces: a team using Waymark together. Every business row carries a workspace_id, members
-- read their workspaces' rows, and writes follow their role (owner > admin > member > viewer).

create schema if not exists waymark;
grant usage on schema waymark to authenticated, service_role;

-- Audit columns for every business table: who created and last changed a row, and when.
-- created_* never change after insert. Writes by no user are the system user's.
create or replace function waymark.set_audit_columns() returns trigger
language plpgsql set search_path = '' as $$
declare
  actor uuid := coalesce(auth.uid(), '00000000-0000-0000-0000-000000000000'::uuid);
begin
  if tg_op = 'INSERT' then
    new.created_at := now();
    new.created_by := actor;
  else
    new.created_at := old.created_at;
    new.created_by := old.created_by;
  end if;
  new.updated_at := now();
  new.updated_by := actor;
  return new;
end
$$;

-- A row never moves to another workspace: policies check the new workspace too, but a member of
-- two workspaces could otherwise carry records across.
create or replace function waymark.keep_workspace() returns trigger
language plpgsql set search_path = '' as $$
begin
  if new.workspace_id is distinct from old.workspace_id then
    raise exception 'a row cannot move to another workspace' using errcode = '23514';
  end if;
  return new;
end
$$;

create schema if not exists workspaces;
grant usage on schema workspaces to authenticated, service_role;

create table workspaces.workspaces (
  id uuid primary key default gen_random_uuid(),
  name text not null check (length(btrim(name)) between 1 and 200),
  slug text not null unique check (slug ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
  created_at timestamptz not null default now(),
  created_by uuid not null,
  updated_at timestamptz not null default now(),
  updated_by uuid not null,
  deleted_at timestamptz
);
alter table workspaces.workspaces enable row level security;

create table workspaces.workspace_members (
  workspace_id uuid not null references workspaces.workspaces (id) on delete cascade,
  user_id uuid not null references auth.users (id) on delete cascade,
  role text not null check (role in ('owner', 'admin', 'member', 'viewer')),
  created_at timestamptz not null default now(),
  created_by uuid not null,
  updated_at timestamptz not null default now(),
  updated_by uuid not null,
  primary key (workspace_id, user_id)
);
alter table workspaces.workspace_members enable row level security;
create index workspace_members_user_id_idx on workspaces.workspace_members (user_id);

create trigger set_audit_columns before insert or update on workspaces.workspaces
  for each row execute function waymark.set_audit_columns();
create trigger set_audit_columns before insert or update on workspaces.workspace_members
  for each row execute function waymark.set_audit_columns();
create trigger keep_workspace before update on workspaces.workspace_members
  for each row execute function waymark.keep_workspace();

-- Access helpers. security definer so policies can consult membership without recursing into
-- workspace_members' own policies; search_path pinned so callers cannot redirect names.
create function workspaces.role_rank(role text) returns int
language sql immutable set search_path = '' as $$
  select case role when 'owner' then 4 when 'admin' then 3 when 'member' then 2 when 'viewer' then 1 else 0 end
$$;

-- The workspaces where the current user holds at least min_role. Policies call it as
-- `(select workspaces.my_workspace_ids('member'))::uuid[]`: an uncorrelated subquery, so it runs
-- once per statement (an InitPlan), not once per row.
create function workspaces.my_workspace_ids(min_role text default 'viewer') returns uuid[]
language sql stable security definer set search_path = '' as $$
  select coalesce(array_agg(m.workspace_id), '{}')
  from workspaces.workspace_members m
  where m.user_id = auth.uid()
    and workspaces.role_rank(m.role) >= workspaces.role_rank(min_role)
$$;

-- Creates a workspace with the caller as its owner, in one step (the caller is not a member,
-- so could not pass the member policies, until it exists).
create function workspaces.create_workspace(p_name text, p_slug text)
returns setof workspaces.workspaces
language plpgsql security definer set search_path = '' as $$
declare
  caller uuid := auth.uid();
  ws workspaces.workspaces;
begin
  if caller is null then
    raise exception 'not signed in' using errcode = '42501';
  end if;
  insert into workspaces.workspaces (name, slug) values (p_name, p_slug) returning * into ws;
  insert into workspaces.workspace_members (workspace_id, user_id, role) values (ws.id, caller, 'owner');
  return next ws;
end
$$;

-- Adds an existing user, found by email, to a workspace. Admins add admins, members and viewers;
-- only owners add owners.
create function workspaces.add_workspace_member(p_workspace_id uuid, p_email text, p_role text)
returns setof workspaces.workspace_members
language plpgsql security definer set search_path = '' as $$
declare
  caller_rank int;
  target uuid;
  member workspaces.workspace_members;
begin
  select workspaces.role_rank(m.role) into caller_rank
  from workspaces.workspace_members m
  where m.workspace_id = p_workspace_id and m.user_id = auth.uid();
  if caller_rank is null then
    raise exception 'workspace not found' using errcode = 'P0002', hint = 'workspace';
  end if;
  if caller_rank < workspaces.role_rank('admin')
     or (p_role = 'owner' and caller_rank < workspaces.role_rank('owner')) then
    raise exception 'your role cannot add % members', p_role using errcode = '42501';
  end if;
  select u.id into target from auth.users u where lower(u.email) = lower(p_email);
  if target is null then
    raise exception 'no user with that email' using errcode = 'P0002', hint = 'user';
  end if;
  insert into workspaces.workspace_members (workspace_id, user_id, role)
  values (p_workspace_id, target, p_role)
  on conflict (workspace_id, user_id) do update set role = excluded.role
  returning * into member;
  return next member;
end
$$;

-- The members of a workspace with their emails, for fellow members only.
create function workspaces.member_directory(p_workspace_id uuid)
returns table (user_id uuid, email text, role text)
language sql stable security definer set search_path = '' as $$
  select m.user_id, u.email::text, m.role
  from workspaces.workspace_members m
  join auth.users u on u.id = m.user_id
  where m.workspace_id = p_workspace_id
    and p_workspace_id = any (workspaces.my_workspace_ids('viewer'))
  order by u.email
$$;

revoke execute on all functions in schema workspaces from public, anon;
grant execute on all functions in schema workspaces to authenticated, service_role;
revoke execute on all functions in schema waymark from public, anon;

-- Policies
create policy "members can read their workspaces" on workspaces.workspaces
  for select to authenticated
  using (id = any ((select workspaces.my_workspace_ids('viewer'))::uuid[]));
create policy "admins can update their workspaces" on workspaces.workspaces
  for update to authenticated
  using (id = any ((select workspaces.my_workspace_ids('admin'))::uuid[]))
  with check (id = any ((select workspaces.my_workspace_ids('admin'))::uuid[]));
create policy "owners can delete their workspaces" on workspaces.workspaces
  for delete to authenticated
  using (id = any ((select workspaces.my_workspace_ids('owner'))::uuid[]));

create policy "members can see who else is in their workspaces" on workspaces.workspace_members
  for select to authenticated
  using (workspace_id = any ((select workspaces.my_workspace_ids('viewer'))::uuid[]));
create policy "admins can change roles below owner" on workspaces.workspace_members
  for update to authenticated
  using (workspace_id = any ((select workspaces.my_workspace_ids('admin'))::uuid[]) and role <> 'owner')
  with check (workspace_id = any ((select workspaces.my_workspace_ids('admin'))::uuid[]) and role <> 'owner');
create policy "admins can remove members below owner" on workspaces.workspace_members
  for delete to authenticated
  using (workspace_id = any ((select workspaces.my_workspace_ids('admin'))::uuid[]) and role <> 'owner');

grant select, update, delete on workspaces.workspaces to authenticated;
grant select, update, delete on workspaces.workspace_members to authenticated;
grant all on all tables in schema workspaces to service_role;
