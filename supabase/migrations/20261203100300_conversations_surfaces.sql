-- Conversations' published surfaces (issue 13, ADR 11 and 18): what the inbox reads of crm, and
-- what crm's timelines and the recommender read of conversations. All views are security_invoker:
-- they show no row their tables' RLS would not (a private connection's messages stay its owner's).

-- crm publishes the people of each live deal: the inbox filters conversations by deal, the
-- recommender finds the conversations of a deal's people.
create view crm.deal_contacts with (security_invoker = true) as
  select dp.workspace_id, dp.deal_id, dp.person_id
    from crm.deal_people dp
    join crm.deals d on d.id = dp.deal_id
   where d.deleted_at is null;
grant select on crm.deal_contacts to authenticated, service_role;

-- Messages as a record's timeline shows them: with the person and organization of their
-- conversation, and the person who sent them when matched.
create view conversations.timeline_messages with (security_invoker = true) as
  select m.id, m.workspace_id, m.conversation_id, m.channel, m.direction, m.sender_handle,
         m.sender_name, m.sender_person_id, m.sent_at, left(m.text, 1000) as text, c.subject,
         c.person_id, c.organization_id
    from conversations.messages m
    join conversations.conversations c on c.id = m.conversation_id
   where m.deleted_at is null;
grant select on conversations.timeline_messages to authenticated, service_role;

-- Open conversations whose latest message is inbound and has no answer yet: since when they
-- wait, and the last inbound message's sender and text (for the recommender's "reply to" tips).
create view conversations.awaiting_reply with (security_invoker = true) as
  select c.id as conversation_id, c.workspace_id, c.channel, c.person_id, c.organization_id,
         c.assignee_id, c.private_owner_id, c.last_inbound_at as waiting_since, last.sender_name,
         last.sender_handle, left(last.text, 140) as snippet
    from conversations.conversations c
    cross join lateral (
      select m.sender_name, m.sender_handle, m.text from conversations.messages m
       where m.conversation_id = c.id and m.direction = 'inbound' and m.deleted_at is null
       order by m.sent_at desc, m.id desc limit 1) last
   where c.status = 'open' and c.last_inbound_at is not null
     and c.last_inbound_at >= c.last_message_at
     and (c.last_outbound_at is null or c.last_outbound_at < c.last_inbound_at);
grant select on conversations.awaiting_reply to authenticated, service_role;

-- Links a channel handle to a person, and matches that handle's past messages, participants and
-- conversations (still without a person) in the workspace to them. Members may link; the rows
-- it updates are the service's to write, so this runs as definer after checking the role.
create function conversations.link_identity(p_workspace_id uuid, p_channel text, p_handle text,
                                            p_person_id uuid, p_organization_id uuid)
  returns uuid
  language plpgsql security definer set search_path = ''
as $$
declare
  v_id uuid;
begin
  if not workspaces.has_role(p_workspace_id, 'member') then
    raise exception 'linking identities needs a member of the workspace'
      using errcode = 'insufficient_privilege';
  end if;
  insert into conversations.identities (workspace_id, channel, handle, person_id)
  values (p_workspace_id, p_channel, p_handle, p_person_id)
  on conflict (workspace_id, channel, handle) do update set person_id = excluded.person_id
  returning id into v_id;
  update conversations.participants set person_id = p_person_id
   where workspace_id = p_workspace_id and handle = p_handle;
  update conversations.messages set sender_person_id = p_person_id
   where workspace_id = p_workspace_id and channel = p_channel and sender_handle = p_handle;
  update conversations.conversations c
     set person_id = p_person_id, organization_id = coalesce(c.organization_id, p_organization_id),
         updated_at = now()
   where c.workspace_id = p_workspace_id and c.channel = p_channel and c.person_id is null
     and exists (select 1 from conversations.participants p
                  where p.conversation_id = c.id and p.handle = p_handle);
  return v_id;
end
$$;
revoke execute on function conversations.link_identity(uuid, text, text, uuid, uuid) from public, anon;
grant execute on function conversations.link_identity(uuid, text, text, uuid, uuid)
  to authenticated, service_role;
