// Activities automations create, exactly once per idempotency key however often a step runs.
import type { Tx } from '../../db/port.ts';
import { isSqlState, SqlState } from '../../errors/postgres-errors.ts';
import { createSystemActivity } from './service.ts';

export interface SystemActivityInput {
  workspaceId: string;
  kind: 'task' | 'call' | 'meeting' | 'email' | 'note';
  title: string;
  body?: string | null;
  dueAt?: string | null;
  assigneeId?: string | null;
  entityType?: 'deal' | 'lead' | 'organization' | 'person' | null;
  entityId?: string | null;
  automation: string;
  idempotencyKey: string;
}

/** The activity's id, whether this call created it or an earlier attempt did. */
export async function ensureSystemActivity(
  tx: Tx,
  input: SystemActivityInput,
): Promise<{ id: string; created: boolean }> {
  const { automation, idempotencyKey, ...fields } = input;
  try {
    const activity = await tx.savepoint((sp) =>
      createSystemActivity(sp, { ...fields, metadata: { automation, idempotencyKey } }),
    );
    return { id: activity.id, created: true };
  } catch (error) {
    if (!isSqlState(error, SqlState.UniqueViolation)) throw error;
    const [existing] = await tx.query<{ id: string }>(
      `select id from crm.activities where workspace_id = $1 and metadata ->> 'idempotencyKey' = $2`,
      [input.workspaceId, idempotencyKey],
    );
    return { id: existing!.id, created: false };
  }
}

/** Open activities past due, not reported as overdue yet, oldest first. */
export function selectOverdueActivities(tx: Tx, limit: number) {
  return tx.query<{
    id: string;
    workspaceId: string;
    assigneeId: string | null;
    title: string;
    dueAt: Date;
  }>(
    `select id, workspace_id as "workspaceId", assignee_id as "assigneeId", title, due_at as "dueAt"
       from crm.activities
      where done_at is null and deleted_at is null and due_at < now()
        and not (metadata ? 'overdueReportedAt')
      order by due_at limit $1`,
    [limit],
  );
}

export async function markOverdueReported(tx: Tx, ids: string[]): Promise<void> {
  await tx.query(
    `update crm.activities set metadata = metadata || jsonb_build_object('overdueReportedAt', now())
      where id = any($1::uuid[])`,
    [`{${ids.join(',')}}`],
  );
}
