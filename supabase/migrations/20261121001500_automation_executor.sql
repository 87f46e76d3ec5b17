-- The embedded durable executor's state: events, registered functions, runs, step memos, the
-- work queue, waits and cron schedules. Used when no Inngest server is configured; the same
-- function code runs on Inngest Cloud otherwise.

-- Every event received, once: the id is the dedupe key.
create table automation.events (
  id text primary key,
  name text not null,
  data jsonb not null default '{}',
  ts bigint not null,
  workspace_id uuid references workspaces.workspaces (id) on delete cascade,
  received_at timestamptz not null default now()
);
alter table automation.events enable row level security;
create index events_name_idx on automation.events (name, received_at);
create index events_workspace_id_idx on automation.events (workspace_id);

-- Functions as the serve() handler registered them (the in-band sync answer).
create table automation.functions (
  id text primary key,
  app_id text not null,
  name text not null,
  config jsonb not null,
  updated_at timestamptz not null default now()
);
alter table automation.functions enable row level security;

create table automation.runs (
  id uuid primary key default gen_random_uuid(),
  function_id text not null references automation.functions (id),
  workspace_id uuid references workspaces.workspaces (id) on delete cascade,
  event_id text not null references automation.events (id),
  -- the trigger event as the handler receives it
  event jsonb not null,
  status text not null default 'queued'
    check (status in ('queued', 'running', 'sleeping', 'waiting', 'completed', 'failed', 'cancelled')),
  -- attempts of the current function-level call (500 answers), starting at 0
  attempt int not null default 0,
  max_attempts int not null,
  disable_immediate_execution boolean not null default false,
  output jsonb,
  error jsonb,
  idempotency_key text,
  concurrency_keys text[] not null default '{}',
  -- an invoked run resolves its parent's step when it ends
  parent_run_id uuid references automation.runs (id) on delete set null,
  parent_step_id text,
  replay_of uuid references automation.runs (id) on delete set null,
  created_at timestamptz not null default now(),
  started_at timestamptz,
  ended_at timestamptz
);
alter table automation.runs enable row level security;
create index runs_workspace_created_idx on automation.runs (workspace_id, created_at desc, id);
create index runs_function_status_idx on automation.runs (function_id, status);
create unique index runs_idempotency_idx on automation.runs (function_id, idempotency_key)
  where idempotency_key is not null and replay_of is null;
create index runs_event_idx on automation.runs (event_id);

-- Step memos: one row per step of a run, in completion order (position). A repeated identical
-- write is a no-op (insert … on conflict do nothing).
create table automation.run_steps (
  run_id uuid not null references automation.runs (id) on delete cascade,
  step_id text not null,
  workspace_id uuid references workspaces.workspaces (id) on delete cascade,
  name text not null,
  op text not null,
  status text not null check (status in ('planned', 'completed', 'failed', 'sleeping', 'waiting')),
  -- the memo the handler gets back: {"data": …} | {"error": …} | null | the matched event
  memo jsonb,
  has_memo boolean not null default false,
  attempts int not null default 0,
  position int,
  last_error jsonb,
  started_at timestamptz not null default now(),
  ended_at timestamptz,
  primary key (run_id, step_id)
);
alter table automation.run_steps enable row level security;
create index run_steps_workspace_id_idx on automation.run_steps (workspace_id);

-- Work to do: call the handler for a run (step_id null) or run one planned step.
create table automation.queue (
  id bigserial primary key,
  run_id uuid not null references automation.runs (id) on delete cascade,
  step_id text,
  kind text not null check (kind in ('call', 'step', 'wait-timeout')),
  -- the attempt number the handler is told (ctx.attempt)
  attempt int not null default 0,
  available_at timestamptz not null default now(),
  locked_by text,
  locked_until timestamptz
);
alter table automation.queue enable row level security;
create index queue_available_idx on automation.queue (available_at, id);
create index queue_run_idx on automation.queue (run_id);

-- Runs waiting for an event (step.waitForEvent) or for an invoked run.
create table automation.waits (
  run_id uuid not null references automation.runs (id) on delete cascade,
  step_id text not null,
  workspace_id uuid references workspaces.workspaces (id) on delete cascade,
  event_name text,
  expression text,
  expires_at timestamptz,
  child_run_id uuid references automation.runs (id) on delete cascade,
  primary key (run_id, step_id)
);
alter table automation.waits enable row level security;
create index waits_event_name_idx on automation.waits (event_name);

-- The next firing of each cron trigger.
create table automation.schedules (
  function_id text not null references automation.functions (id) on delete cascade,
  cron text not null,
  next_at timestamptz not null,
  primary key (function_id, cron)
);
alter table automation.schedules enable row level security;

-- Members see their workspace's events, runs and steps (run inspection); everything else is the
-- executor's, which works as service_role.
create policy "members can read their workspaces' events" on automation.events for select to authenticated
  using (workspace_id = any ((select workspaces.my_workspace_ids('viewer'))::uuid[]));
create policy "members can read their workspaces' runs" on automation.runs for select to authenticated
  using (workspace_id = any ((select workspaces.my_workspace_ids('viewer'))::uuid[]));
create policy "members can read their workspaces' run steps" on automation.run_steps for select to authenticated
  using (workspace_id = any ((select workspaces.my_workspace_ids('viewer'))::uuid[]));
create policy "members can read their workspaces' waits" on automation.waits for select to authenticated
  using (workspace_id = any ((select workspaces.my_workspace_ids('viewer'))::uuid[]));
create policy "signed-in users can read function definitions" on automation.functions for select to authenticated
  using (true);
create policy "only the executor touches the queue" on automation.queue for all to service_role
  using (true) with check (true);
create policy "only the executor touches schedules" on automation.schedules for all to service_role
  using (true) with check (true);

grant select on automation.events, automation.runs, automation.run_steps, automation.waits,
  automation.functions to authenticated;
grant all on all tables in schema automation to service_role;
grant usage, select on all sequences in schema automation to service_role;
