// The activities' own SQL beyond what every record kind shares (records/record-sql.ts): the
// select list and completion. Rows come back in camelCase.
import type { Tx } from '../../db/port.ts';
import type { CrmEntityType } from '../records/linked-records.ts';
import type { ActivityKind } from './inputs.ts';

export type Activity = {
  id: string;
  workspaceId: string;
  kind: ActivityKind;
  title: string;
  body: string | null;
  dueAt: Date | null;
  doneAt: Date | null;
  assigneeId: string | null;
  entityType: CrmEntityType | null;
  entityId: string | null;
  isSystemActivity: boolean;
  metadata: Record<string, unknown>;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
  deletedAt: Date | null;
};

/** The select list, aliased camelCase; the timeline reuses it for its activity items. */
export const ACTIVITY_COLUMNS = `a.id, a.workspace_id as "workspaceId", a.kind, a.title, a.body,
  a.due_at as "dueAt", a.done_at as "doneAt", a.assignee_id as "assigneeId",
  a.entity_type as "entityType", a.entity_id as "entityId",
  a.is_system_activity as "isSystemActivity", a.metadata, a.created_at as "createdAt",
  a.created_by as "createdBy", a.updated_at as "updatedAt", a.updated_by as "updatedBy",
  a.deleted_at as "deletedAt"`;

/** Marks a live activity done; one already done keeps its first completion time. */
export async function completeActivity(tx: Tx, id: string): Promise<Activity | undefined> {
  const [row] = await tx.query<Activity>(
    `update crm.activities a set done_at = coalesce(a.done_at, now())
      where a.id = $1 and a.deleted_at is null
      returning ${ACTIVITY_COLUMNS}`,
    [id],
  );
  return row;
}

export async function reopenActivity(tx: Tx, id: string): Promise<Activity | undefined> {
  const [row] = await tx.query<Activity>(
    `update crm.activities a set done_at = null where a.id = $1 and a.deleted_at is null
      returning ${ACTIVITY_COLUMNS}`,
    [id],
  );
  return row;
}
