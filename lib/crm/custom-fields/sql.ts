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

/** The select list under the alias `f` every statement here (and the record kind) uses. */
export const DEFINITION_COLUMNS = `f.id, f.workspace_id as "workspaceId", f.entity_type as "entityType",
  f.key, f.label, f.type, f.options, f.required, f.position, f.created_at as "createdAt",
  f.created_by as "createdBy", f.updated_at as "updatedAt", f.updated_by as "updatedBy",
  f.deleted_at as "deletedAt"`;

/** The live definitions of one entity type, in display order. */
export function selectDefinitions(
  tx: Tx,
  workspaceId: string,
  entityType: CrmEntityType,
): Promise<CustomFieldDefinition[]> {
  return tx.query<CustomFieldDefinition>(
    `select ${DEFINITION_COLUMNS} from crm.custom_field_definitions f
      where f.workspace_id = $1 and f.entity_type = $2 and f.deleted_at is null
      order by f.position, f.key`,
    [workspaceId, entityType],
  );
}

export function selectDefinitionsByIds(
  tx: Tx,
  ids: readonly string[],
): Promise<CustomFieldDefinition[]> {
  return tx.query<CustomFieldDefinition>(
    `select ${DEFINITION_COLUMNS} from crm.custom_field_definitions f
      where f.id = any($1::uuid[]) and f.deleted_at is null`,
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
    `insert into crm.custom_field_definitions as f
       (workspace_id, entity_type, key, label, type, options, required, position)
     values ($1, $2, $3, $4, $5, $6::text[], $7, coalesce($8::int, (
       select coalesce(max(position) + 1, 0) from crm.custom_field_definitions
        where workspace_id = $1 and entity_type = $2 and deleted_at is null)))
     returning ${DEFINITION_COLUMNS}`,
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
    `update crm.custom_field_definitions f
        set label = coalesce($2, f.label), options = coalesce($3::text[], f.options),
            required = coalesce($4, f.required), position = coalesce($5::int, f.position)
      where f.id = $1 and f.deleted_at is null
      returning ${DEFINITION_COLUMNS}`,
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
