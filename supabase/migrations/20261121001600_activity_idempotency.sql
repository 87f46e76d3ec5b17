-- Automations create activities at least once (a step may run again after a crash); a key in
-- their metadata makes the second insert a no-op instead of a duplicate.
create unique index activities_idempotency_key_idx
  on crm.activities (workspace_id, (metadata ->> 'idempotencyKey'))
  where metadata ? 'idempotencyKey';
