-- wfm.create_workflow_from_spec as before, with step_ids initialised from a jsonb literal rather
-- than text, which plpgsql_check (`supabase db lint`) reported as an implicit text -> jsonb cast.
-- A new migration, not an edit of 20261121000500: databases that already ran that one get the
-- fix too. `create or replace` keeps the owner and the grants made there (service_role only).

create or replace function wfm.create_workflow_from_spec(p_workspace_id uuid, p_spec jsonb) returns uuid
language plpgsql security definer set search_path = '' as $$
declare
  project_type uuid;
  workflow uuid;
  version uuid;
  step jsonb;
  transition jsonb;
  status uuid;
  step_ids jsonb := '{}'::jsonb;
  pos int := 0;
begin
  insert into wfm.project_types (workspace_id, key, name)
  values (p_workspace_id, p_spec #>> '{projectType,key}', p_spec #>> '{projectType,name}')
  on conflict (workspace_id, key) do update set name = excluded.name
  returning id into project_type;

  insert into wfm.workflows (workspace_id, project_type_id, entity_type, name)
  values (p_workspace_id, project_type, p_spec ->> 'entityType', p_spec ->> 'name')
  returning id into workflow;

  insert into wfm.workflow_versions (workspace_id, workflow_id, version, state, published_at, published_by)
  values (p_workspace_id, workflow, 1, 'active', now(),
          coalesce(auth.uid(), '00000000-0000-0000-0000-000000000000'::uuid))
  returning id into version;

  for step in select * from jsonb_array_elements(p_spec -> 'steps') loop
    -- Statuses are shared by the workspace's workflows: "New" of leads and of support is one.
    select id into status from wfm.statuses
     where workspace_id = p_workspace_id and name = step ->> 'name' and category = step ->> 'category'
       and deleted_at is null
     order by created_at limit 1;
    if status is null then
      insert into wfm.statuses (workspace_id, name, color, category)
      values (p_workspace_id, step ->> 'name', coalesce(step ->> 'color', '#718096'), step ->> 'category')
      returning id into status;
    end if;
    insert into wfm.workflow_steps (workspace_id, version_id, status_id, key, name, position,
      default_probability, expected_dwell_days, is_initial, is_final)
    values (p_workspace_id, version, status, step ->> 'key', step ->> 'name', pos,
      coalesce((step ->> 'probability')::numeric, 0), (step ->> 'dwellDays')::numeric,
      coalesce((step ->> 'initial')::boolean, false), coalesce((step ->> 'final')::boolean, false))
    returning jsonb_build_object(step ->> 'key', id) || step_ids into step_ids;
    pos := pos + 1;
  end loop;

  for transition in select * from jsonb_array_elements(p_spec -> 'transitions') loop
    insert into wfm.workflow_transitions (workspace_id, version_id, from_step_id, to_step_id, required_fields)
    values (p_workspace_id, version,
      (step_ids ->> (transition ->> 'from'))::uuid,
      (step_ids ->> (transition ->> 'to'))::uuid,
      coalesce(array(select jsonb_array_elements_text(transition -> 'requiredFields')), '{}'));
  end loop;
  return workflow;
end
$$;
