// Custom field definitions (admins shape them per workspace and entity type) and the validation
// of values against them on every write of a record.
import type { EntityType } from '../../graphql/entity-type.ts';
import type { Tx } from '../../db/port.ts';
import type { ServiceContext } from '../../db/service-context.ts';
import {
  ForbiddenError,
  NotFoundError,
  parseInput,
  ValidationError,
} from '../../errors/app-errors.ts';
import { isSqlState, SqlState } from '../../errors/postgres-errors.ts';
import { isMember, refusalFor } from '../../workspaces/service.ts';
import type { CrmEntityType } from '../records/linked-records.ts';
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

export async function createCustomFieldDefinition(
  ctx: ServiceContext,
  input: unknown,
): Promise<sql.CustomFieldDefinition> {
  const values = parseInput(CreateCustomFieldDefinitionInput, input);
  try {
    return await changingDefinitions(ctx.tx, () =>
      ctx.tx.savepoint((tx) =>
        sql.insertDefinition(tx, {
          ...values,
          options: values.options ?? [],
          position: values.position ?? null,
        }),
      ),
    );
  } catch (error) {
    // RLS refused the insert: not the caller's workspace, or their role is below admin.
    if (isSqlState(error, SqlState.InsufficientPrivilege)) {
      throw await refusalFor(ctx, values.workspaceId);
    }
    if (isSqlState(error, SqlState.UniqueViolation)) {
      throw ValidationError.forField(
        ['input', 'key'],
        `is already the key of another ${values.entityType} field`,
      );
    }
    throw error;
  }
}

export async function updateCustomFieldDefinition(
  ctx: ServiceContext,
  input: unknown,
): Promise<sql.CustomFieldDefinition> {
  const { id, ...patch } = parseInput(UpdateCustomFieldDefinitionInput, input);
  try {
    return await changingDefinitions(ctx.tx, () =>
      ctx.tx.savepoint(async (tx) => {
        const row = await sql.updateDefinition(tx, id, patch);
        if (!row) throw await missingOrForbidden(tx, id);
        return row;
      }),
    );
  } catch (error) {
    // The table's check: options belong to select and multi-select fields only.
    if (isSqlState(error, SqlState.CheckViolation)) {
      throw ValidationError.forField(['input', 'options'], 'only select fields have options');
    }
    throw error;
  }
}

export function deleteCustomFieldDefinition(
  ctx: ServiceContext,
  input: unknown,
): Promise<sql.CustomFieldDefinition> {
  const { id } = parseInput(DeleteCustomFieldDefinitionInput, input);
  return changingDefinitions(ctx.tx, () =>
    ctx.tx.savepoint(async (tx) => {
      const row = await sql.softDeleteDefinition(tx, id);
      if (!row) throw await missingOrForbidden(tx, id);
      return row;
    }),
  );
}

async function missingOrForbidden(tx: Tx, id: string): Promise<Error> {
  return (await sql.isDefinitionVisible(tx, id))
    ? new ForbiddenError('Only admins of this workspace can change its custom fields')
    : new NotFoundError('CustomFieldDefinition');
}
