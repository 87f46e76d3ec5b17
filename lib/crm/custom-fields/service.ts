// Custom field definitions (admins shape them per workspace and entity type) and the validation
// of values against them on every write of a record.
import type { EntityType } from '../../graphql/entity-type.ts';
import type { Tx } from '../../db/port.ts';
import type { ServiceContext } from '../../db/service-context.ts';
import { parseInput, ValidationError } from '../../errors/app-errors.ts';
import { isSqlState, SqlState } from '../../errors/postgres-errors.ts';
import { defineOperation } from '../../services/operation.ts';
import { NoRowMatched } from '../../services/run-operation.ts';
import { isMember } from '../../workspaces/service.ts';
import type { RecordKind } from '../records/kind.ts';
import type { CrmEntityType } from '../records/linked-records.ts';
import { softDeleteRecord } from '../records/record-sql.ts';
import {
  CreateCustomFieldDefinitionInput,
  DeleteCustomFieldDefinitionInput,
  ListCustomFieldDefinitionsInput,
  UpdateCustomFieldDefinitionInput,
} from './inputs.ts';
import { checkCustomFieldValues } from './rules.ts';
import * as sql from './sql.ts';

export type { CustomFieldDefinition } from './sql.ts';
export type CustomFieldEntityType = CrmEntityType;

/**
 * Definitions read during a transaction, by workspace and entity type: a request that writes
 * several records reads them once. Any definition write in the transaction forgets them all.
 */
const definitionCache = new WeakMap<Tx, Map<string, Promise<sql.CustomFieldDefinition[]>>>();

function cachedDefinitions(tx: Tx, workspaceId: string, entityType: CrmEntityType) {
  let perTx = definitionCache.get(tx);
  if (!perTx) definitionCache.set(tx, (perTx = new Map()));
  const key = `${workspaceId}:${entityType}`;
  let found = perTx.get(key);
  if (!found) {
    found = sql.selectDefinitions(tx, workspaceId, entityType);
    perTx.set(key, found);
    found.catch(() => perTx.delete(key));
  }
  return found;
}

async function changingDefinitions<T>(tx: Tx, write: () => Promise<T>): Promise<T> {
  definitionCache.delete(tx);
  try {
    return await write();
  } finally {
    // Also after: the write may have been rolled back after someone read the new state.
    definitionCache.delete(tx);
  }
}

/**
 * Checks a record's custom field values against its workspace's definitions for the entity
 * type; throws one ValidationError naming ['input', 'customFields', key] for each bad value.
 * On create, undefined values count as {} (required fields must still be there); on update,
 * undefined leaves the values alone and is always fine, while an object replaces them all, so
 * it is checked as a whole, required fields included.
 */
export async function validateCustomFields(
  ctx: ServiceContext,
  args: {
    workspaceId: string;
    entityType: CustomFieldEntityType;
    values: Record<string, unknown> | undefined;
    mode: 'create' | 'update';
  },
): Promise<void> {
  if (args.values === undefined && args.mode === 'update') return;
  const definitions = await cachedDefinitions(ctx.tx, args.workspaceId, args.entityType);
  const { errors, userRefs } = checkCustomFieldValues(definitions, args.values ?? {});
  for (const { key, userId } of userRefs) {
    if (!(await isMember(ctx, args.workspaceId, userId))) {
      errors.push({
        path: ['input', 'customFields', key],
        message: 'is not a member of this workspace',
      });
    }
  }
  if (errors.length > 0) throw new ValidationError(errors);
}

export function listCustomFieldDefinitions(
  ctx: ServiceContext,
  // Any entity type the API names: the input's check refuses those without custom fields.
  args: { workspaceId: string; entityType: EntityType },
): Promise<sql.CustomFieldDefinition[]> {
  const { workspaceId, entityType } = parseInput(ListCustomFieldDefinitionsInput, args, []);
  return sql.selectDefinitions(ctx.tx, workspaceId, entityType);
}

export function loadCustomFieldDefinitions(
  ctx: ServiceContext,
  ids: readonly string[],
): Promise<sql.CustomFieldDefinition[]> {
  return sql.selectDefinitionsByIds(ctx.tx, ids);
}

/** Custom field definitions as a record kind: admins may change them, members only read. */
export const customFieldDefinitionKind: RecordKind<sql.CustomFieldDefinition> = {
  entity: 'CustomFieldDefinition',
  table: 'crm.custom_field_definitions',
  alias: 'f',
  select: sql.DEFINITION_COLUMNS,
  writable: {},
  references: [],
  memberFields: [],
  customFields: false,
  forbidden: 'Only admins of this workspace can change its custom fields',
};

export const createCustomFieldDefinition = defineOperation(
  CreateCustomFieldDefinitionInput,
  (ctx, values) =>
    changingDefinitions(ctx.tx, () =>
      sql
        .insertDefinition(ctx.tx, {
          ...values,
          options: values.options ?? [],
          position: values.position ?? null,
        })
        .catch((error: unknown) => {
          if (isSqlState(error, SqlState.UniqueViolation)) {
            throw ValidationError.forField(
              ['input', 'key'],
              `is already the key of another ${values.entityType} field`,
            );
          }
          throw error;
        }),
    ),
);

export const updateCustomFieldDefinition = defineOperation(
  UpdateCustomFieldDefinitionInput,
  (ctx, { id, ...patch }) =>
    changingDefinitions(ctx.tx, async () => {
      const row = await sql.updateDefinition(ctx.tx, id, patch).catch((error: unknown) => {
        // The table's check: options belong to select and multi-select fields only.
        if (isSqlState(error, SqlState.CheckViolation)) {
          throw ValidationError.forField(['input', 'options'], 'only select fields have options');
        }
        throw error;
      });
      if (!row) throw new NoRowMatched(id);
      return row;
    }),
);

export const deleteCustomFieldDefinition = defineOperation(
  DeleteCustomFieldDefinitionInput,
  (ctx, { id }) =>
    changingDefinitions(ctx.tx, async () => {
      const row = await softDeleteRecord(ctx.tx, customFieldDefinitionKind, id);
      if (!row) throw new NoRowMatched(id);
      return row;
    }),
);
