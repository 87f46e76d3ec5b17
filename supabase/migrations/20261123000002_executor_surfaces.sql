-- What the workspaces module publishes for the executor, so automation does not read
-- workspaces.workspaces itself. The executor learns an event's workspace from its data
-- (`workspaceId`) and keeps it only when it names a workspace (events of other producers may
-- carry anything there).

create function workspaces.workspace_id_if_exists(p_id text) returns uuid
language sql stable set search_path = '' as $$
  select id from workspaces.workspaces where id::text = p_id
$$;

revoke execute on function workspaces.workspace_id_if_exists(text) from public, anon, authenticated;
grant execute on function workspaces.workspace_id_if_exists(text) to service_role;
