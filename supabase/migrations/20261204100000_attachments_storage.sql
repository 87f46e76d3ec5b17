-- Attachments' files in Supabase Storage (ADR 20): a private bucket `attachments` whose objects
-- are named <workspace id>/<message id>/<sha256>, and a policy that lets a signed-in person read
-- an object only when they can read its message. Waymark itself reads and signs with the service
-- role (which bypasses RLS) and hands out signed URLs only for messages read under the caller's
-- RLS; the policy is for everything else that might reach the bucket with a user's token
-- (supabase-js in a browser, the Storage API directly), which without it could read nothing.

-- Whether the caller may read the object with this name: its message exists in its workspace
-- and its conversation is theirs to read. Any other name (another bucket's layout, a malformed
-- id) is refused before it is cast.
create function conversations.can_read_attachment_object(p_name text) returns boolean
  language sql stable security definer set search_path = ''
as $$
  select case
    when p_name ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/[0-9a-f]{64}$'
    then exists (
      select 1
        from conversations.messages m
        join conversations.conversations c on c.id = m.conversation_id
       where m.id = split_part(p_name, '/', 2)::uuid
         and m.workspace_id = split_part(p_name, '/', 1)::uuid
         and conversations.can_read(c.workspace_id, c.private_owner_id))
    else false
  end
$$;
revoke execute on function conversations.can_read_attachment_object(text) from public, anon;
grant execute on function conversations.can_read_attachment_object(text) to authenticated, service_role;

-- The bucket and the policy, only where Supabase Storage made its tables (a hosted project or
-- `supabase start`); PGlite and a plain Postgres have no storage schema and skip this.
do $storage$
begin
  if to_regclass('storage.objects') is null or to_regclass('storage.buckets') is null then
    return;
  end if;

  insert into storage.buckets (id, name, public)
  values ('attachments', 'attachments', false)
  on conflict (id) do update set public = false;

  -- Supabase owns storage.objects (supabase_storage_admin); where the platform no longer lets
  -- `postgres` add policies to it, the bucket stays readable by the service role only, which is
  -- all Waymark needs: say so rather than fail the migration.
  begin
    execute $policy$
      create policy "members read their messages' attachments" on storage.objects
        for select to authenticated
        using (bucket_id = 'attachments' and conversations.can_read_attachment_object(name))
    $policy$;
  exception when insufficient_privilege then
    raise notice 'storage.objects policy for attachments not created (%): only the service role can read the bucket', sqlerrm;
  end;
end
$storage$;
