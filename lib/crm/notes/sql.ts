// SQL for notes. Rows come back in camelCase.
import { pgArray, type Tx } from '../../db/port.ts';
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

export async function insertNote(
  tx: Tx,
  n: { workspaceId: string; entityType: CrmEntityType; entityId: string; body: string },
): Promise<Note> {
  const [row] = await tx.query<Note>(
    `insert into crm.notes as n (workspace_id, entity_type, entity_id, body)
     values ($1, $2, $3, $4)
     returning ${NOTE_COLUMNS}`,
    [n.workspaceId, n.entityType, n.entityId, n.body],
  );
  return row!;
}

/** Updates a live note; undefined when RLS hides it, it is deleted, or the caller may not edit. */
export async function updateNote(tx: Tx, id: string, body: string): Promise<Note | undefined> {
  const [row] = await tx.query<Note>(
    `update crm.notes n set body = $2 where n.id = $1 and n.deleted_at is null
     returning ${NOTE_COLUMNS}`,
    [id, body],
  );
  return row;
}

export async function softDeleteNote(tx: Tx, id: string): Promise<Note | undefined> {
  const [row] = await tx.query<Note>(
    `update crm.notes n set deleted_at = now() where n.id = $1 and n.deleted_at is null
     returning ${NOTE_COLUMNS}`,
    [id],
  );
  return row;
}

export async function isNoteVisible(tx: Tx, id: string): Promise<boolean> {
  const rows = await tx.query('select 1 from crm.notes where id = $1 and deleted_at is null', [id]);
  return rows.length > 0;
}

export function selectNotesByIds(tx: Tx, ids: readonly string[]): Promise<Note[]> {
  return tx.query<Note>(
    `select ${NOTE_COLUMNS} from crm.notes n where n.id = any($1::uuid[]) and n.deleted_at is null`,
    [pgArray(ids)],
  );
}
