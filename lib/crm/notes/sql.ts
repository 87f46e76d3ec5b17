// The notes' select list; their statements are every record kind's (records/record-sql.ts).
import type { CrmEntityType } from '../records/linked-records.ts';

export type Note = {
  id: string;
  workspaceId: string;
  entityType: CrmEntityType;
  entityId: string;
  body: string;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
  deletedAt: Date | null;
};

/** The select list, aliased camelCase; the timeline reuses it for its note items. */
export const NOTE_COLUMNS = `n.id, n.workspace_id as "workspaceId", n.entity_type as "entityType",
  n.entity_id as "entityId", n.body, n.created_at as "createdAt", n.created_by as "createdBy",
  n.updated_at as "updatedAt", n.updated_by as "updatedBy", n.deleted_at as "deletedAt"`;
