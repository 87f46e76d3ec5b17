-- The outbox: events written in the same transaction as the change they describe, so an event
-- exists exactly when its change committed. The durable executor delivers them.

create schema if not exists automation;
grant usage on schema automation to authenticated, service_role;

create table automation.outbox (
  id uuid primary key default gen_random_uuid(),
  workspace_id uuid not null references workspaces.workspaces (id) on delete cascade,
  -- domain/noun.verb, validated against the event registry before it is written
  name text not null check (name ~ '^[a-z][a-z0-9-]*/[a-z0-9.-]+$'),
  data jsonb not null,
  user_id uuid,
  created_at timestamptz not null default now(),
  delivered_at timestamptz
);
alter table automation.outbox enable row level security;
create index outbox_undelivered_idx on automation.outbox (created_at) where delivered_at is null;
create index outbox_workspace_id_idx on automation.outbox (workspace_id);

-- Members queue events for their workspaces as a side effect of their writes, and may read them
-- (run inspection shows what triggered a run); delivering them is the executor's (service_role).
create policy "members can read their workspaces' events" on automation.outbox
  for select to authenticated
  using (workspace_id = any ((select workspaces.my_workspace_ids('viewer'))::uuid[]));
create policy "members can queue events for their workspaces" on automation.outbox
  for insert to authenticated
  with check (workspace_id = any ((select workspaces.my_workspace_ids('member'))::uuid[]));

grant select, insert on automation.outbox to authenticated;
grant all on automation.outbox to service_role;
