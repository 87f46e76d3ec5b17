-- Notifier: how each person wants to be notified (private to them, no workspace: one setting
-- across all their workspaces) and a log of every delivery attempt, in-app and by email. Only the
-- system (service_role) delivers, so only it writes the log; people read their own entries.

create schema if not exists notifier;
grant usage on schema notifier to authenticated, service_role;

-- One row per person; no row means the defaults below.
create table notifier.preferences (
  user_id uuid primary key references auth.users (id) on delete cascade,
  -- IANA name; the service checks it (Postgres cannot in a check constraint).
  time_zone text not null default 'UTC' check (length(time_zone) between 1 and 64),
  -- Local wall-clock times in time_zone; a window may cross midnight (22:00 to 07:00).
  quiet_start time,
  quiet_end time,
  in_app boolean not null default true,
  email boolean not null default true,
  daily_email_cap int not null default 5 check (daily_email_cap between 0 and 100),
  updated_at timestamptz not null default now(),
  constraint preferences_quiet_hours_together check ((quiet_start is null) = (quiet_end is null))
);
alter table notifier.preferences enable row level security;

-- One row per notification and channel: the unique key is what keeps a notification from being
-- delivered twice on a channel, however often a retried step asks.
create table notifier.deliveries (
  id uuid primary key default gen_random_uuid(),
  workspace_id uuid not null references workspaces.workspaces (id) on delete cascade,
  user_id uuid not null references auth.users (id) on delete cascade,
  channel text not null check (channel in ('in_app', 'email')),
  dedupe_key text not null check (length(dedupe_key) between 1 and 200),
  kind text not null check (length(kind) between 1 and 50),
  status text not null check (status in ('sent', 'sending', 'failed', 'deferred', 'suppressed')),
  -- Why it was deferred, suppressed or failed (error text with secrets removed).
  detail text,
  -- Sending attempts by email; in-app deliveries are one attempt.
  attempt int not null default 0 check (attempt >= 0),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint deliveries_channel_dedupe_key_key unique (channel, dedupe_key)
);
alter table notifier.deliveries enable row level security;
-- A person's log, newest first.
create index deliveries_user_created_idx on notifier.deliveries (user_id, created_at desc, id desc);
-- The daily email cap: emails sent (or being sent) to a person since their local midnight. A sent
-- row is never updated again, so updated_at is when it went out.
create index deliveries_email_cap_idx on notifier.deliveries (user_id, updated_at)
  where channel = 'email' and status in ('sent', 'sending');
create index deliveries_workspace_id_idx on notifier.deliveries (workspace_id);

create policy "people read their own notification preferences" on notifier.preferences
  for select to authenticated using (user_id = (select auth.uid()));
create policy "people create their own notification preferences" on notifier.preferences
  for insert to authenticated with check (user_id = (select auth.uid()));
create policy "people change their own notification preferences" on notifier.preferences
  for update to authenticated
  using (user_id = (select auth.uid())) with check (user_id = (select auth.uid()));
create policy "the notifier reads everyone's preferences" on notifier.preferences
  for all to service_role using (true) with check (true);

create policy "people read their own deliveries" on notifier.deliveries
  for select to authenticated using (user_id = (select auth.uid()));
create policy "only the notifier writes deliveries" on notifier.deliveries
  for all to service_role using (true) with check (true);

grant select, insert, update on notifier.preferences to authenticated;
grant select on notifier.deliveries to authenticated;
grant all on all tables in schema notifier to service_role;
