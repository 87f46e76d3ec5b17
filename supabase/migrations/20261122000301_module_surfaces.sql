-- Module surfaces: what each schema publishes for the other modules to read. A module's SQL names
-- its own tables and other schemas' views and functions below, never another schema's tables
-- (test/module-surfaces.test.ts fails when it does), so a module may change its tables as long
-- as its surface keeps answering the same.
--
-- Every view is security_invoker: it reads its tables as the caller, so their RLS policies apply
-- exactly as if the caller had read the tables. A view opens no row the tables would not show.
-- They are plain views, so the planner inlines them into the statement that reads them.

-- workspaces: the one role model (viewer < member < admin < owner, workspaces.role_rank).

-- The calling user's role in a workspace; null when they are not a member or not signed in.
create function workspaces.role_in(p_workspace_id uuid) returns text
language sql stable security definer set search_path = '' as $$
  select m.role from workspaces.workspace_members m
   where m.workspace_id = p_workspace_id and m.user_id = auth.uid()
$$;

-- Whether the calling user holds at least min_role in a workspace. An unknown min_role is held by
-- nobody, so a misspelt check refuses instead of allowing. Statements that filter many rows by
-- role keep using `(select workspaces.my_workspace_ids(min_role))`, which runs once per statement.
create function workspaces.has_role(p_workspace_id uuid, min_role text) returns boolean
language sql stable security definer set search_path = '' as $$
  select workspaces.role_rank(min_role) > 0
     and workspaces.role_rank(workspaces.role_in(p_workspace_id)) >= workspaces.role_rank(min_role)
$$;

revoke execute on function workspaces.role_in(uuid), workspaces.has_role(uuid, text) from public, anon;
grant execute on function workspaces.role_in(uuid), workspaces.has_role(uuid, text)
  to authenticated, service_role;

-- wfm: where entities stand and how they moved. The joins are left joins on primary keys (every
-- project has its step, every step its status), so a reader that needs no step or status column
-- costs no join: the planner removes them.

-- Where each tracked entity stands: its workflow, version and current step, since when, and what
-- the step expects. stale_at is the one definition of a stale entity: in an open step longer than
-- the step's expected dwell (null when the step is not open or expects no dwell). The pipeline's
-- stale deals and the recommender's stale-deal tips both read it.
create view wfm.entity_positions with (security_invoker = true) as
select p.entity_type, p.entity_id, p.workspace_id, p.workflow_id, p.version_id,
       p.current_step_id as step_id, s.key as step_key, s.name as step_name,
       s.position as step_position,
       -- 0 at the version's first step, 1 at its last
       s.position::float8 / greatest(1, (select max(s2.position) from wfm.workflow_steps s2
                                          where s2.version_id = s.version_id))::float8 as step_progress,
       st.category as status_category, p.entered_step_at as entered_at,
       s.expected_dwell_days, s.default_probability,
       case when st.category = 'open'
            then p.entered_step_at + s.expected_dwell_days * interval '1 day' end as stale_at
  from wfm.projects p
  left join wfm.workflow_steps s on s.id = p.current_step_id
  left join wfm.statuses st on st.id = s.status_id;

-- Every move of every entity, with the names of the steps it left and reached (the history an
-- entity's timeline shows).
create view wfm.entity_moves with (security_invoker = true) as
select h.id, h.workspace_id, h.entity_type, h.entity_id, h.kind, h.from_step_id,
       fs.name as from_step_name, h.to_step_id, ts.name as to_step_name, h.reason, h.actor_id, h.at
  from wfm.status_history h
  left join wfm.workflow_steps fs on fs.id = h.from_step_id
  left join wfm.workflow_steps ts on ts.id = h.to_step_id;

-- Every step of every version, with its status category: for comparing steps (which of two comes
-- later) without reading the definition tables.
create view wfm.step_definitions with (security_invoker = true) as
select s.id, s.workspace_id, s.version_id, s.key, s.name, s.position, st.category as status_category
  from wfm.workflow_steps s
  left join wfm.statuses st on st.id = s.status_id;

-- A live workflow's step keys, one row per key: the active version's step, else the step of the
-- newest archived version that had the key (entities on older versions stand under its key).
create view wfm.workflow_step_keys with (security_invoker = true) as
select distinct on (w.id, s.key)
       w.id as workflow_id, w.workspace_id, w.entity_type, s.id as step_id, s.key, s.name,
       s.position, v.state = 'active' as active
  from wfm.workflows w
  join wfm.workflow_versions v on v.workflow_id = w.id and v.state <> 'draft'
  join wfm.workflow_steps s on s.version_id = v.id
 where w.deleted_at is null
 order by w.id, s.key, v.state = 'active' desc, v.version desc;

grant select on wfm.entity_positions, wfm.entity_moves, wfm.step_definitions, wfm.workflow_step_keys
  to authenticated, service_role;

-- crm: the records other modules (the recommender) work from, with the facts they read.

-- Every live (not deleted) deal with where it stands in its workflow; the position columns are
-- null for a deal that stands in none.
create view crm.live_deals with (security_invoker = true) as
select d.id, d.workspace_id, d.name, d.amount, d.currency, d.probability, d.expected_close_date,
       d.organization_id, d.owner_id, d.assignee_id, ep.step_id, ep.step_name, ep.step_progress,
       ep.status_category, ep.entered_at, ep.expected_dwell_days, ep.stale_at
  from crm.deals d
  left join wfm.entity_positions ep on ep.entity_type = 'deal' and ep.entity_id = d.id
 where d.deleted_at is null;

-- Every live activity, with the name of the record it is about (null when about none).
create view crm.live_activities with (security_invoker = true) as
select a.id, a.workspace_id, a.kind, a.title, a.due_at, a.done_at, a.assignee_id,
       a.entity_type, a.entity_id,
       case a.entity_type
         when 'deal' then (select name from crm.deals where id = a.entity_id)
         when 'lead' then (select name from crm.leads where id = a.entity_id)
         when 'organization' then (select name from crm.organizations where id = a.entity_id)
         when 'person' then (select name from crm.people where id = a.entity_id)
       end as entity_name
  from crm.activities a
 where a.deleted_at is null;

-- Leads still to work: live and not converted.
create view crm.open_leads with (security_invoker = true) as
select l.id, l.workspace_id, l.name, l.email, l.company, l.score, l.owner_id, l.assignee_id,
       l.last_contacted_at, l.created_at
  from crm.leads l
 where l.deleted_at is null and l.converted_at is null;

grant select on crm.live_deals, crm.live_activities, crm.open_leads to authenticated, service_role;
