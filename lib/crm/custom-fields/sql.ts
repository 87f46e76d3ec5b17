// SQL for custom field definitions. Rows come back in camelCase.
import { pgArray, type Tx } from '../../db/port.ts';
import type { CrmEntityType } from '../records/linked-records.ts';
import type { CustomFieldType } from './rules.ts';

export type CustomFieldDefinition = {
  id: string;
  workspaceId: string;
  entityType: CrmEntityType;
  key: string;
  label: string;
  type: CustomFieldType;
  options: string[];
  required: boolean;
  position: number;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
  deletedAt: Date | null;
};

const COLUMNS = `id, workspace_id as "workspaceId", entity_type as "entityType", key, label, type,
  options, required, position, created_at as "createdAt", created_by as "createdBy",
  updated_at as "updatedAt", updated_by as "updatedBy", deleted_at as "deletedAt"`;

/** The live definitions of one entity type, in display order. */
export function selectDefinitions(
  tx: Tx,
  workspaceId: string,
  entityType: CrmEntityType,
): Promise<CustomFieldDefinition[]> {
  return tx.query<CustomFieldDefinition>(
    `select ${COLUMNS} from crm.custom_field_definitions
      where workspace_id = $1 and entity_type = $2 and deleted_at is null
      order by position, key`,
    [workspaceId, entityType],
  );
}

export function selectDefinitionsByIds(
  tx: Tx,
  ids: readonly string[],
): Promise<CustomFieldDefinition[]> {
  return tx.query<CustomFieldDefinition>(
    `select ${COLUMNS} from crm.custom_field_definitions
      where id = any($1::uuid[]) and deleted_at is null`,
    [pgArray(ids)],
  );
}

/** Inserts a definition; without a position it goes after the entity type's last field. */
export async function insertDefinition(
  tx: Tx,
  d: {
    workspaceId: string;
    entityType: CrmEntityType;
    key: string;
    label: string;
    type: CustomFieldType;
    options: readonly string[];
    required: boolean;
    position: number | null;
  },
): Promise<CustomFieldDefinition> {
  const [row] = await tx.query<CustomFieldDefinition>(
    `insert into crm.custom_field_definitions
       (workspace_id, entity_type, key, label, type, options, required, position)
     values ($1, $2, $3, $4, $5, $6::text[], $7, coalesce($8::int, (
       select coalesce(max(position) + 1, 0) from crm.custom_field_definitions
        where workspace_id = $1 and entity_type = $2 and deleted_at is null)))
     returning ${COLUMNS}`,
    [
      d.workspaceId,
      d.entityType,
      d.key,
      d.label,
      d.type,
      pgArray(d.options),
      d.required,
      d.position,
    ],
  );
  return row!;
}

/** Updates a live definition; undefined when RLS hides it, it is deleted, or the caller may not edit. */
export async function updateDefinition(
  tx: Tx,
  id: string,
  patch: { label?: string; options?: string[]; required?: boolean; position?: number },
): Promise<CustomFieldDefinition | undefined> {
  const [row] = await tx.query<CustomFieldDefinition>(
    `update crm.custom_field_definitions
        set label = coalesce($2, label), options = coalesce($3::text[], options),
            required = coalesce($4, required), position = coalesce($5::int, position)
      where id = $1 and deleted_at is null
      returning ${COLUMNS}`,
    [
      id,
      patch.label ?? null,
      patch.options ? pgArray(patch.options) : null,
      patch.required ?? null,
      patch.position ?? null,
    ],
  );
  return row;
}

export async function softDeleteDefinition(
  tx: Tx,
  id: string,
): Promise<CustomFieldDefinition | undefined> {
  const [row] = await tx.query<CustomFieldDefinition>(
    `update crm.custom_field_definitions set deleted_at = now()
      where id = $1 and deleted_at is null
      returning ${COLUMNS}`,
    [id],
  );
  return row;
}

export async function isDefinitionVisible(tx: Tx, id: string): Promise<boolean> {
  const rows = await tx.query(
    'select 1 from crm.custom_field_definitions where id = $1 and deleted_at is null',
    [id],
  );
  return rows.length > 0;
}
