-- The recommender: each workspace's policies (one live, the others shadows) with their learned
-- state, the tip log every decision writes (the data off-policy evaluation reads), the updates
-- feedback applied (so learning is idempotent), and the record of every promotion.
create schema recommender;
grant usage on schema recommender to authenticated, service_role;

create table recommender.policies (
  workspace_id uuid not null references workspaces.workspaces (id) on delete cascade,
  name text not null check (name in ('rules', 'epsilon-greedy', 'linucb', 'linear-thompson')),
  role text not null check (role in ('live', 'shadow')),
  -- the learned parameters, as the policy's toJSON writes them; null until the first update
  state jsonb,
  -- bumped with every change of state: decisions cache parsed states by it
  version int not null default 0,
  updates int not null default 0,
  updated_at timestamptz not null default now(),
  primary key (workspace_id, name)
);
alter table recommender.policies enable row level security;
create unique index policies_one_live_idx on recommender.policies (workspace_id) where role = 'live';

create table recommender.tips (
  id uuid primary key default gen_random_uuid(),
  workspace_id uuid not null references workspaces.workspaces (id) on delete cascade,
  user_id uuid not null references auth.users (id) on delete cascade,
  -- what the candidate was: one per entity and kind (e.g. 'stale_deal:<deal id>')
  candidate_key text not null,
  kind text not null,
  entity_type text check (entity_type in ('deal', 'lead', 'organization', 'person', 'activity')),
  entity_id uuid,
  title text not null,
  detail text not null default '',
  -- the decision: which policy, the exact probability it gave this action, and the context
  policy text not null,
  propensity float8 not null check (propensity > 0 and propensity <= 1),
  context jsonb not null check (jsonb_typeof(context) = 'object'),
  shadows jsonb not null default '[]' check (jsonb_typeof(shadows) = 'array'),
  explanation jsonb not null default '{}' check (jsonb_typeof(explanation) = 'object'),
  -- the answer
  status text not null default 'open' check (status in ('open', 'done', 'snoozed', 'dismissed')),
  reason text check (length(reason) <= 500),
  snoozed_until timestamptz,
  decided_at timestamptz,
  reward float8 check (reward between 0 and 1),
  -- a durable step may persist twice after a crash: the second insert finds this key
  request_key text unique,
  created_at timestamptz not null default now(),
  check ((status = 'snoozed') = (snoozed_until is not null))
);
alter table recommender.tips enable row level security;
create index tips_user_newest_idx on recommender.tips (user_id, workspace_id, created_at desc);
create index tips_open_candidates_idx on recommender.tips (user_id, candidate_key)
  where status in ('open', 'snoozed');
create index tips_workspace_rewarded_idx on recommender.tips (workspace_id, created_at desc)
  where reward is not null;

-- One row per learning update applied: a feedback event or a later credit applies once.
create table recommender.policy_updates (
  workspace_id uuid not null references workspaces.workspaces (id) on delete cascade,
  tip_id uuid not null references recommender.tips (id) on delete cascade,
  source text not null,
  reward float8 not null check (reward between 0 and 1),
  applied_at timestamptz not null default now(),
  primary key (tip_id, source)
);
alter table recommender.policy_updates enable row level security;

create table recommender.promotions (
  id uuid primary key default gen_random_uuid(),
  workspace_id uuid not null references workspaces.workspaces (id) on delete cascade,
  from_policy text not null,
  to_policy text not null,
  reason text check (length(reason) <= 2000),
  -- the report the decision was taken on
  report jsonb not null default '{}',
  actor_id uuid not null,
  at timestamptz not null default now()
);
alter table recommender.promotions enable row level security;
create index promotions_workspace_idx on recommender.promotions (workspace_id, at desc);

-- Members see which policy is live and how far each has learned; only admins promote (the
-- unique index keeps one live policy), and only the service learns.
create policy "members can read policies" on recommender.policies for select to authenticated
  using (workspace_id = any ((select workspaces.my_workspace_ids('viewer'))::uuid[]));
create policy "admins can promote policies" on recommender.policies for update to authenticated
  using (workspace_id = any ((select workspaces.my_workspace_ids('admin'))::uuid[]))
  with check (workspace_id = any ((select workspaces.my_workspace_ids('admin'))::uuid[]));
grant select on recommender.policies to authenticated;
grant update (role, updated_at) on recommender.policies to authenticated;

-- A tip is its user's alone. Users answer their tips (only the answer's columns); decisions in
-- a request write the user's own tips.
create policy "users read their tips" on recommender.tips for select to authenticated
  using (user_id = (select auth.uid())
         and workspace_id = any ((select workspaces.my_workspace_ids('viewer'))::uuid[]));
create policy "users record their tips" on recommender.tips for insert to authenticated
  with check (user_id = (select auth.uid())
              and workspace_id = any ((select workspaces.my_workspace_ids('viewer'))::uuid[]));
create policy "users answer their tips" on recommender.tips for update to authenticated
  using (user_id = (select auth.uid()))
  with check (user_id = (select auth.uid()));
grant select, insert on recommender.tips to authenticated;
grant update (status, reason, snoozed_until, decided_at, reward) on recommender.tips to authenticated;

-- Evaluation reads every member's logged rewards, never their tips' content: a security definer
-- function exposes the numbers only (see recommender.evaluation_log below).
create policy "members can read policy updates" on recommender.policy_updates for select to authenticated
  using (workspace_id = any ((select workspaces.my_workspace_ids('viewer'))::uuid[]));
grant select on recommender.policy_updates to authenticated;

create policy "members can read promotions" on recommender.promotions for select to authenticated
  using (workspace_id = any ((select workspaces.my_workspace_ids('viewer'))::uuid[]));
create policy "admins record promotions" on recommender.promotions for insert to authenticated
  with check (workspace_id = any ((select workspaces.my_workspace_ids('admin'))::uuid[])
              and actor_id = (select auth.uid()));
grant select, insert on recommender.promotions to authenticated;

grant all on all tables in schema recommender to service_role;

-- The numbers off-policy evaluation needs from the whole workspace's answered tips: propensity,
-- reward, the chosen index and the candidates' kinds, and each shadow's probabilities. No
-- titles, entities or users: a member may evaluate policies without reading colleagues' tips.
create function recommender.evaluation_log(p_workspace_id uuid, p_limit int)
returns table (policy text, propensity float8, reward float8, chosen int, arms jsonb, live jsonb, shadows jsonb)
language sql stable security definer set search_path = '' as $$
  select t.policy, t.propensity, t.reward, (t.context ->> 'chosen')::int, t.context -> 'arms',
         t.context -> 'probabilities',
         coalesce((select jsonb_agg(jsonb_build_object('policy', s ->> 'policy', 'probabilities', s -> 'probabilities'))
                     from jsonb_array_elements(t.shadows) s), '[]')
    from recommender.tips t
   where t.workspace_id = p_workspace_id
     and p_workspace_id = any (workspaces.my_workspace_ids('viewer'))
     and t.reward is not null
   order by t.created_at desc
   limit p_limit
$$;
revoke all on function recommender.evaluation_log(uuid, int) from public;
grant execute on function recommender.evaluation_log(uuid, int) to authenticated, service_role;

-- Every workspace starts with the rules baseline live and the learners in its shadow.
create function recommender.add_default_policies() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  insert into recommender.policies (workspace_id, name, role)
  values (new.id, 'rules', 'live'), (new.id, 'epsilon-greedy', 'shadow'),
         (new.id, 'linucb', 'shadow'), (new.id, 'linear-thompson', 'shadow')
  on conflict do nothing;
  return new;
end
$$;
create trigger add_default_policies after insert on workspaces.workspaces
  for each row execute function recommender.add_default_policies();

insert into recommender.policies (workspace_id, name, role)
select w.id, p.name, p.role
  from workspaces.workspaces w
 cross join (values ('rules', 'live'), ('epsilon-greedy', 'shadow'), ('linucb', 'shadow'),
                    ('linear-thompson', 'shadow')) as p (name, role)
on conflict do nothing;
