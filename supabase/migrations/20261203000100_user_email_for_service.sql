-- A user's email for system work (the notifier's emails). On Supabase, GoTrue owns auth.users and
-- grants service_role nothing on it; only the project's `postgres`, which runs these migrations,
-- may read it. So service_role reads the one column it needs through this function, which runs as
-- the migrations' owner, rather than the table.
create function waymark.user_email(p_user_id uuid) returns text
language sql stable security definer set search_path = '' as $$
  select u.email::text from auth.users u where u.id = p_user_id
$$;

revoke execute on function waymark.user_email(uuid) from public, anon, authenticated;
grant execute on function waymark.user_email(uuid) to service_role;
