-- Owner roles hold (issue 19): adding an existing member with a role is a role change, and only
-- an owner changes an owner's role; a workspace always keeps at least one owner. Before this an
-- admin could demote the owner by "adding" the owner's email with a lower role (the upsert's
-- do-update bypassed the policy that keeps admins off owner rows).
create or replace function workspaces.add_workspace_member(p_workspace_id uuid, p_email text, p_role text)
returns setof workspaces.workspace_members
language plpgsql security definer set search_path = '' as $$
declare
  caller_rank int;
  target uuid;
  target_role text;
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
  -- The workspace's owner rows are locked so that two owners demoting each other at once cannot
  -- both pass the last-owner check below.
  perform 1 from workspaces.workspace_members m
   where m.workspace_id = p_workspace_id and m.role = 'owner'
   for update;
  select m.role into target_role
  from workspaces.workspace_members m
  where m.workspace_id = p_workspace_id and m.user_id = target;
  if target_role = 'owner' and p_role <> 'owner' then
    if caller_rank < workspaces.role_rank('owner') then
      raise exception 'only an owner changes an owner''s role' using errcode = '42501';
    end if;
    if not exists (select 1 from workspaces.workspace_members m
                    where m.workspace_id = p_workspace_id and m.role = 'owner' and m.user_id <> target) then
      raise exception 'a workspace keeps at least one owner' using errcode = '23514', hint = 'last-owner';
    end if;
  end if;
  insert into workspaces.workspace_members (workspace_id, user_id, role)
  values (p_workspace_id, target, p_role)
  on conflict (workspace_id, user_id) do update set role = excluded.role
  returning * into member;
  return next member;
end
$$;
