-- A webhook is acknowledged in one statement (issue 13: ack ≤ 2× one committed insert). The
-- handler verifies the delivery with the connection it opened earlier (kept in memory); this
-- function then checks, at the moment of the insert, that the connection is still live and still
-- holds the credentials and settings it was verified with, stores the new items and queues their
-- ingestion.

-- Automation's published way for another module's SQL to queue events ([{name, data}]); the
-- caller validates the data (events are checked in TypeScript before they reach SQL). plpgsql
-- keeps the insert's plan for the session, which a SQL function would plan at every call.
create function automation.queue_events(p_workspace_id uuid, p_user_id uuid, p_events jsonb)
  returns void
  language plpgsql security invoker set search_path = ''
as $$
begin
  insert into automation.outbox (workspace_id, name, data, user_id)
  select p_workspace_id, e ->> 'name', e -> 'data', p_user_id
    from jsonb_array_elements(p_events) e;
end
$$;
revoke execute on function automation.queue_events(uuid, uuid, jsonb) from public, anon, authenticated;
grant execute on function automation.queue_events(uuid, uuid, jsonb) to service_role;

-- What the handler verified with: a connection's credentials and settings, fingerprinted, so a
-- rotated secret is noticed without reading the secret back.
create function integrations.connection_fingerprint(p_credentials jsonb, p_settings jsonb)
  returns text
  language sql immutable set search_path = ''
as $$
  select md5(p_credentials::text || p_settings::text)
$$;
revoke execute on function integrations.connection_fingerprint(jsonb, jsonb) from public, anon, authenticated;
grant execute on function integrations.connection_fingerprint(jsonb, jsonb) to service_role;

-- Stores verified webhook items ([{externalId, payload}]) of a live connection of that kind and
-- queues one `connector/webhook.received` per item not stored before. Answers:
--   'gone'  the connection is unknown, deleted, disabled or of another kind (nothing stored);
--   'stale' its credentials or settings changed since p_fingerprint (nothing stored: verify again);
--   otherwise the number of new deliveries, as text.
create function integrations.accept_webhook(
  p_connection_id uuid, p_kind text, p_fingerprint text, p_items jsonb
) returns text
  language plpgsql security invoker set search_path = ''
as $$
declare
  v_workspace_id uuid;
  v_current boolean;
  v_events jsonb;
begin
  select c.workspace_id, integrations.connection_fingerprint(c.credentials, c.settings) = p_fingerprint
    into v_workspace_id, v_current
    from integrations.connections c
   where c.id = p_connection_id and c.kind = p_kind
     and c.deleted_at is null and c.status <> 'disabled';
  if not found then
    return 'gone';
  end if;
  if not v_current then
    return 'stale';
  end if;
  with stored as (
    insert into integrations.webhook_deliveries (workspace_id, connection_id, external_id, payload)
    select v_workspace_id, p_connection_id, i ->> 'externalId', coalesce(i -> 'payload', 'null'::jsonb)
      from jsonb_array_elements(p_items) i
    on conflict (connection_id, external_id) do nothing
    returning id
  )
  select coalesce(jsonb_agg(jsonb_build_object(
           'name', 'connector/webhook.received',
           'data', jsonb_build_object('workspaceId', v_workspace_id,
                                      'connectionId', p_connection_id, 'deliveryId', s.id))), '[]')
    into v_events
    from stored s;
  perform automation.queue_events(v_workspace_id, '00000000-0000-0000-0000-000000000000', v_events);
  return jsonb_array_length(v_events)::text;
end
$$;
revoke execute on function integrations.accept_webhook(uuid, text, text, jsonb) from public, anon, authenticated;
grant execute on function integrations.accept_webhook(uuid, text, text, jsonb) to service_role;
