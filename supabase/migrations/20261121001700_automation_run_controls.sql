-- Cancel and replay for members, as security definer functions: they check the caller's role in
-- the run's workspace themselves, and work inside the caller's own transaction.

create function automation.caller_can_control(p_run_id uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (
    select 1 from automation.runs r
      join workspaces.workspace_members m on m.workspace_id = r.workspace_id and m.user_id = auth.uid()
     where r.id = p_run_id and m.role in ('owner', 'admin', 'member')
  )
$$;

-- Cancels a run that has not ended; false when it had.
create function automation.cancel_run(p_run_id uuid) returns boolean
language plpgsql security definer set search_path = '' as $$
begin
  if not automation.caller_can_control(p_run_id) then
    raise exception 'run not found or not yours to cancel' using errcode = '42501';
  end if;
  update automation.runs set status = 'cancelled', ended_at = now()
   where id = p_run_id and status not in ('completed', 'failed', 'cancelled');
  if not found then
    return false;
  end if;
  delete from automation.queue where run_id = p_run_id;
  delete from automation.waits where run_id = p_run_id;
  return true;
end
$$;

-- Starts a new run of a failed run's function with the same trigger event; returns its id.
create function automation.replay_run(p_run_id uuid) returns uuid
language plpgsql security definer set search_path = '' as $$
declare
  new_id uuid;
begin
  if not automation.caller_can_control(p_run_id) then
    raise exception 'run not found or not yours to replay' using errcode = '42501';
  end if;
  insert into automation.runs (function_id, workspace_id, event_id, event, max_attempts, concurrency_keys, replay_of)
  select function_id, workspace_id, event_id, event, max_attempts, concurrency_keys, id
    from automation.runs where id = p_run_id and status = 'failed'
  returning id into new_id;
  if new_id is not null then
    insert into automation.queue (run_id, kind) values (new_id, 'call');
  end if;
  return new_id;
end
$$;

revoke execute on function automation.caller_can_control(uuid), automation.cancel_run(uuid),
  automation.replay_run(uuid) from public, anon;
grant execute on function automation.cancel_run(uuid), automation.replay_run(uuid) to authenticated, service_role;
