-- Conversations (issue 13): one message shape across channels, grouped by the channel's thread,
-- with participants matched to people. Members read the workspace's conversations, except those
-- of a private connection, which only its owner reads. Messages are written by the service
-- (ingestion runs as automation); users change only their own read marks and the assignment.

-- crm publishes each live person's email addresses, for matching senders (ADR 11's surfaces).
create view crm.person_emails with (security_invoker = true) as
  select p.workspace_id, p.id as person_id, p.organization_id, lower(btrim(e.email)) as email,
         e.ord::int as position, p.created_at
    from crm.people p, unnest(p.emails) with ordinality as e(email, ord)
   where p.deleted_at is null;
-- and each live person's organization, for senders matched through a linked identity.
create view crm.contacts with (security_invoker = true) as
  select p.workspace_id, p.id as person_id, p.organization_id, p.name
    from crm.people p
   where p.deleted_at is null;
grant select on crm.person_emails, crm.contacts to authenticated, service_role;

create schema if not exists conversations;
grant usage on schema conversations to authenticated, service_role;

create table conversations.conversations (
  id uuid primary key default gen_random_uuid(),
  workspace_id uuid not null references workspaces.workspaces (id) on delete cascade,
  connection_id uuid not null references integrations.connections (id) on delete cascade,
  channel text not null check (channel in ('slack', 'telegram', 'email')),
  -- The channel's thread: Slack channel + thread_ts, a Telegram chat, an email thread's root.
  external_thread_id text not null,
  subject text,
  -- The contact the conversation is with, once a participant matched a person.
  person_id uuid,
  organization_id uuid,
  assignee_id uuid references auth.users (id) on delete set null,
  -- Copied from a private connection: only this user reads the conversation.
  private_owner_id uuid,
  status text not null default 'open' check (status in ('open', 'closed')),
  message_count integer not null default 0,
  last_message_at timestamptz not null,
  last_inbound_at timestamptz,
  last_outbound_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
alter table conversations.conversations enable row level security;
create index conversations_inbox_idx on conversations.conversations (workspace_id, last_message_at desc, id);
create index conversations_thread_idx on conversations.conversations
  (connection_id, external_thread_id, last_message_at desc);
create index conversations_person_idx on conversations.conversations (workspace_id, person_id)
  where person_id is not null;

create table conversations.messages (
  id uuid primary key default gen_random_uuid(),
  workspace_id uuid not null references workspaces.workspaces (id) on delete cascade,
  conversation_id uuid not null references conversations.conversations (id) on delete cascade,
  connection_id uuid not null references integrations.connections (id) on delete cascade,
  channel text not null check (channel in ('slack', 'telegram', 'email')),
  -- Unique per connection: Slack channel:ts, Telegram chat:message_id, an email's Message-ID.
  external_id text not null,
  direction text not null check (direction in ('inbound', 'outbound')),
  sender_handle text not null,
  sender_name text,
  sender_person_id uuid,
  recipients jsonb not null default '[]' check (jsonb_typeof(recipients) = 'array'),
  sent_at timestamptz not null,
  received_at timestamptz not null default now(),
  text text not null default '',
  html text,
  attachments jsonb not null default '[]' check (jsonb_typeof(attachments) = 'array'),
  -- Email threading headers and other per-channel ids the reply path needs.
  headers jsonb not null default '{}' check (jsonb_typeof(headers) = 'object'),
  edited_at timestamptz,
  deleted_at timestamptz,
  unique (connection_id, external_id)
);
alter table conversations.messages enable row level security;
create index messages_conversation_idx on conversations.messages (conversation_id, sent_at, id);
create index messages_sender_person_idx on conversations.messages (workspace_id, sender_person_id)
  where sender_person_id is not null;

create table conversations.participants (
  conversation_id uuid not null references conversations.conversations (id) on delete cascade,
  workspace_id uuid not null references workspaces.workspaces (id) on delete cascade,
  handle text not null,
  name text,
  person_id uuid,
  primary key (conversation_id, handle)
);
alter table conversations.participants enable row level security;
create index participants_person_idx on conversations.participants (workspace_id, person_id)
  where person_id is not null;

-- A person's handles on a channel: emails match through crm.person_emails; Slack user ids and
-- Telegram user ids are linked here (by a user, or when a match is confirmed).
create table conversations.identities (
  id uuid primary key default gen_random_uuid(),
  workspace_id uuid not null references workspaces.workspaces (id) on delete cascade,
  channel text not null check (channel in ('slack', 'telegram', 'email')),
  handle text not null,
  person_id uuid not null,
  created_at timestamptz not null default now(),
  created_by uuid not null default coalesce(auth.uid(), '00000000-0000-0000-0000-000000000000'),
  unique (workspace_id, channel, handle)
);
alter table conversations.identities enable row level security;
create index identities_person_idx on conversations.identities (workspace_id, person_id);

-- Each user's read mark per conversation: unread = an inbound message after it.
create table conversations.reads (
  conversation_id uuid not null references conversations.conversations (id) on delete cascade,
  workspace_id uuid not null references workspaces.workspaces (id) on delete cascade,
  user_id uuid not null references auth.users (id) on delete cascade,
  read_at timestamptz not null,
  primary key (conversation_id, user_id)
);
alter table conversations.reads enable row level security;

-- Replies on their way out: queued by sendReply, delivered durably, never sent twice.
create table conversations.outbound_messages (
  id uuid primary key default gen_random_uuid(),
  workspace_id uuid not null references workspaces.workspaces (id) on delete cascade,
  conversation_id uuid not null references conversations.conversations (id) on delete cascade,
  text text not null check (length(text) between 1 and 40000),
  status text not null default 'queued'
    check (status in ('queued', 'sending', 'sent', 'failed', 'unknown')),
  idempotency_key text not null unique,
  attempts integer not null default 0,
  provider_message_id text,
  -- The message stored in the conversation once sent.
  message_id uuid references conversations.messages (id) on delete set null,
  error text,
  created_at timestamptz not null default now(),
  created_by uuid not null default coalesce(auth.uid(), '00000000-0000-0000-0000-000000000000'),
  updated_at timestamptz not null default now(),
  sent_at timestamptz
);
alter table conversations.outbound_messages enable row level security;
create index outbound_conversation_idx on conversations.outbound_messages (conversation_id, created_at);

-- Who may read a conversation: a member of its workspace, and for a private one its owner only.
create function conversations.can_read(p_workspace_id uuid, p_private_owner_id uuid) returns boolean
  language sql stable security definer set search_path = ''
as $$
  select workspaces.has_role(p_workspace_id, 'viewer')
     and (p_private_owner_id is null or p_private_owner_id = auth.uid())
$$;
revoke execute on function conversations.can_read(uuid, uuid) from public, anon;
grant execute on function conversations.can_read(uuid, uuid) to authenticated, service_role;

create policy "members read conversations" on conversations.conversations
  for select to authenticated using (conversations.can_read(workspace_id, private_owner_id));
create policy "members assign conversations" on conversations.conversations
  for update to authenticated
  using (conversations.can_read(workspace_id, private_owner_id)
         and workspace_id = any ((select workspaces.my_workspace_ids('member'))::uuid[]))
  with check (workspace_id = any ((select workspaces.my_workspace_ids('member'))::uuid[]));

create policy "members read messages" on conversations.messages
  for select to authenticated
  using (exists (select 1 from conversations.conversations c where c.id = conversation_id));
create policy "members read participants" on conversations.participants
  for select to authenticated
  using (exists (select 1 from conversations.conversations c where c.id = conversation_id));

create policy "members read identities" on conversations.identities
  for select to authenticated
  using (workspace_id = any ((select workspaces.my_workspace_ids('viewer'))::uuid[]));
create policy "members link identities" on conversations.identities
  for insert to authenticated
  with check (workspace_id = any ((select workspaces.my_workspace_ids('member'))::uuid[]));
create policy "members unlink identities" on conversations.identities
  for delete to authenticated
  using (workspace_id = any ((select workspaces.my_workspace_ids('member'))::uuid[]));

create policy "people keep their own read marks" on conversations.reads
  for all to authenticated
  using (user_id = (select auth.uid())
         and exists (select 1 from conversations.conversations c where c.id = conversation_id))
  with check (user_id = (select auth.uid())
              and exists (select 1 from conversations.conversations c where c.id = conversation_id));

create policy "members read replies" on conversations.outbound_messages
  for select to authenticated
  using (exists (select 1 from conversations.conversations c where c.id = conversation_id));
create policy "members queue replies" on conversations.outbound_messages
  for insert to authenticated
  with check (workspace_id = any ((select workspaces.my_workspace_ids('member'))::uuid[])
              and exists (select 1 from conversations.conversations c
                           where c.id = conversation_id and c.workspace_id = workspace_id));

create policy "the service manages conversations" on conversations.conversations
  for all to service_role using (true) with check (true);
create policy "the service manages messages" on conversations.messages
  for all to service_role using (true) with check (true);
create policy "the service manages participants" on conversations.participants
  for all to service_role using (true) with check (true);
create policy "the service manages identities" on conversations.identities
  for all to service_role using (true) with check (true);
create policy "the service manages read marks" on conversations.reads
  for all to service_role using (true) with check (true);
create policy "the service manages replies" on conversations.outbound_messages
  for all to service_role using (true) with check (true);

grant select on conversations.conversations, conversations.messages, conversations.participants,
  conversations.outbound_messages to authenticated;
grant update (assignee_id, status) on conversations.conversations to authenticated;
grant select, insert, delete on conversations.identities to authenticated;
grant select, insert, update, delete on conversations.reads to authenticated;
grant insert on conversations.outbound_messages to authenticated;
grant all on all tables in schema conversations to service_role;
