-- Every new workspace starts with three workflows: a sales pipeline for deals, lead
-- qualification for leads, and support for tickets. Defined as JSON specs so the seeding code is
-- one function, and published as version 1.

-- Creates a workflow and its active version 1 from a spec:
-- {key, name, entityType, projectType: {key, name},
--  steps: [{key, name, category, color, probability, dwellDays, initial, final}],
--  transitions: [{from, to, requiredFields}]}
create function wfm.create_workflow_from_spec(p_workspace_id uuid, p_spec jsonb) returns uuid
language plpgsql security definer set search_path = '' as $$
declare
  project_type uuid;
  workflow uuid;
  version uuid;
  step jsonb;
  transition jsonb;
  status uuid;
  step_ids jsonb := '{}';
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

create function wfm.seed_default_workflows(p_workspace_id uuid) returns void
language plpgsql security definer set search_path = '' as $$
begin
  perform wfm.create_workflow_from_spec(p_workspace_id, $spec${
    "key": "sales", "name": "Sales pipeline", "entityType": "deal",
    "projectType": {"key": "sales", "name": "Sales"},
    "steps": [
      {"key": "qualification", "name": "Qualification", "category": "open", "color": "#3182CE", "probability": 0.1, "dwellDays": 7, "initial": true},
      {"key": "initial_contact", "name": "Initial contact", "category": "open", "color": "#319795", "probability": 0.2, "dwellDays": 7},
      {"key": "discovery", "name": "Discovery", "category": "open", "color": "#38A169", "probability": 0.4, "dwellDays": 14},
      {"key": "proposal", "name": "Proposal", "category": "open", "color": "#D69E2E", "probability": 0.6, "dwellDays": 10},
      {"key": "negotiation", "name": "Negotiation", "category": "open", "color": "#DD6B20", "probability": 0.8, "dwellDays": 14},
      {"key": "closed_won", "name": "Closed won", "category": "won", "color": "#2F855A", "probability": 1, "final": true},
      {"key": "closed_lost", "name": "Closed lost", "category": "lost", "color": "#C53030", "probability": 0, "final": true}
    ],
    "transitions": [
      {"from": "qualification", "to": "initial_contact"},
      {"from": "initial_contact", "to": "discovery"},
      {"from": "discovery", "to": "proposal", "requiredFields": ["amount"]},
      {"from": "proposal", "to": "negotiation", "requiredFields": ["amount"]},
      {"from": "negotiation", "to": "closed_won", "requiredFields": ["amount"]},
      {"from": "initial_contact", "to": "qualification"},
      {"from": "discovery", "to": "initial_contact"},
      {"from": "proposal", "to": "discovery"},
      {"from": "negotiation", "to": "proposal"},
      {"from": "qualification", "to": "closed_lost"},
      {"from": "initial_contact", "to": "closed_lost"},
      {"from": "discovery", "to": "closed_lost"},
      {"from": "proposal", "to": "closed_lost"},
      {"from": "negotiation", "to": "closed_lost"}
    ]
  }$spec$::jsonb);

  perform wfm.create_workflow_from_spec(p_workspace_id, $spec${
    "key": "lead_qualification", "name": "Lead qualification", "entityType": "lead",
    "projectType": {"key": "lead_qualification", "name": "Lead qualification"},
    "steps": [
      {"key": "new", "name": "New", "category": "open", "color": "#3182CE", "probability": 0.05, "dwellDays": 2, "initial": true},
      {"key": "contacted", "name": "Contacted", "category": "open", "color": "#319795", "probability": 0.15, "dwellDays": 5},
      {"key": "qualified", "name": "Qualified", "category": "open", "color": "#38A169", "probability": 0.4, "dwellDays": 7},
      {"key": "converted", "name": "Converted", "category": "won", "color": "#2F855A", "probability": 1, "final": true},
      {"key": "disqualified", "name": "Disqualified", "category": "lost", "color": "#C53030", "probability": 0, "final": true}
    ],
    "transitions": [
      {"from": "new", "to": "contacted"},
      {"from": "contacted", "to": "qualified"},
      {"from": "qualified", "to": "converted"},
      {"from": "contacted", "to": "new"},
      {"from": "new", "to": "disqualified"},
      {"from": "contacted", "to": "disqualified"},
      {"from": "qualified", "to": "disqualified"}
    ]
  }$spec$::jsonb);

  perform wfm.create_workflow_from_spec(p_workspace_id, $spec${
    "key": "support", "name": "Support", "entityType": "ticket",
    "projectType": {"key": "support", "name": "Support"},
    "steps": [
      {"key": "new", "name": "New", "category": "open", "color": "#3182CE", "dwellDays": 1, "initial": true},
      {"key": "triage", "name": "Triage", "category": "open", "color": "#805AD5", "dwellDays": 1},
      {"key": "in_progress", "name": "In progress", "category": "open", "color": "#D69E2E", "dwellDays": 3},
      {"key": "resolved", "name": "Resolved", "category": "done", "color": "#38A169", "dwellDays": 7},
      {"key": "closed", "name": "Closed", "category": "done", "color": "#4A5568", "final": true}
    ],
    "transitions": [
      {"from": "new", "to": "triage"},
      {"from": "triage", "to": "in_progress"},
      {"from": "in_progress", "to": "resolved"},
      {"from": "resolved", "to": "closed"},
      {"from": "resolved", "to": "in_progress"}
    ]
  }$spec$::jsonb);
end
$$;

create function wfm.seed_default_workflows_for_new_workspace() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  perform wfm.seed_default_workflows(new.id);
  return new;
end
$$;

create trigger seed_default_workflows after insert on workspaces.workspaces
  for each row execute function wfm.seed_default_workflows_for_new_workspace();

revoke execute on all functions in schema wfm from public, anon, authenticated;
grant execute on all functions in schema wfm to service_role;
