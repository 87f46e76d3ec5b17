// Create, update, soft-delete, list and load for CRM record tables, with the checks every record
// needs: the owner belongs to the workspace, and a refused write says whether the row is missing
// or the caller's role is too low. Entity services (organizations, people) parse input and call
// these.
import type { ServiceContext } from '../../db/service-context.ts';
import { ForbiddenError, NotFoundError, ValidationError } from '../../errors/app-errors.ts';
import { isSqlState, SqlState } from '../../errors/postgres-errors.ts';
import { isMember, refusalFor } from '../../workspaces/service.ts';
import type { CustomFieldFilter } from '../custom-fields/filters.ts';
import { type CustomFieldEntityType, validateCustomFields } from '../custom-fields/service.ts';
import { emitEvents } from '../../automation/outbox.ts';
import type { DomainEvent } from '../../events/registry.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';
import { notMember, translateForeignKeys } from './references.ts';
import * as sql from './sql.ts';

export type { CrmRecordRow, RecordTable } from './sql.ts';

export interface EntityTable extends sql.RecordTable {
  /** How errors name the entity: 'Organization', 'Person'. */
  entity: string;
  /** The event a create emits, and the field of its payload that holds the new id. */
  createdEvent:
    | { name: 'crm/organization.created'; idField: 'organizationId' }
    | { name: 'crm/person.created'; idField: 'personId' };
}

/** An owner id that is no user at all breaks the owner foreign key: the same answer as a stranger. */
const ownerKey: [string, () => Error][] = [['owner', () => notMember('ownerId')]];

/** Whose custom field definitions a record table's values are checked against. */
const CUSTOM_FIELD_ENTITY: Record<sql.RecordTable['table'], CustomFieldEntityType> = {
  'crm.organizations': 'organization',
  'crm.people': 'person',
};

async function checkOwner(
  ctx: ServiceContext,
  workspaceId: string,
  ownerId: string | null | undefined,
) {
  if (ownerId && !(await isMember(ctx, workspaceId, ownerId))) {
    throw ValidationError.forField(['input', 'ownerId'], 'is not a member of this workspace');
  }
}

export async function createRecord(
  ctx: ServiceContext,
  t: EntityTable,
  workspaceId: string,
  values: Record<string, unknown>,
): Promise<sql.CrmRecordRow> {
  try {
    return await ctx.tx.savepoint(async (tx) => {
      // Insert first: RLS decides whether the workspace is the caller's to write to, and only
      // then is it meaningful to ask whether the named owner belongs to it.
      const ownerId = values.ownerId === undefined ? ctx.userId : values.ownerId;
      const row = await translateForeignKeys(
        sql.insertRecord(tx, t, workspaceId, { ...values, ownerId }),
        ownerKey,
      );
      await checkOwner({ ...ctx, tx }, workspaceId, values.ownerId as string | null | undefined);
      await validateCustomFields(
        { ...ctx, tx },
        {
          workspaceId,
          entityType: CUSTOM_FIELD_ENTITY[t.table],
          values: values.customFields as Record<string, unknown> | undefined,
          mode: 'create',
        },
      );
      await emitEvents(tx, { workspaceId, userId: ctx.userId }, [
        {
          name: t.createdEvent.name,
          data: { workspaceId, actorId: ctx.userId, [t.createdEvent.idField]: row.id },
        } as DomainEvent,
      ]);
      return row;
    });
  } catch (error) {
    // RLS refused the insert: the workspace is not the caller's, or their role is read-only.
    if (isSqlState(error, SqlState.InsufficientPrivilege)) throw await refusalFor(ctx, workspaceId);
    throw error;
  }
}

export async function updateRecord(
  ctx: ServiceContext,
  t: EntityTable,
  id: string,
  patch: Record<string, unknown>,
): Promise<sql.CrmRecordRow> {
  return ctx.tx.savepoint(async (tx) => {
    const scoped = { ...ctx, tx };
    const row = await translateForeignKeys(sql.updateRecord(tx, t, id, patch), ownerKey);
    if (!row) throw await missingOrForbidden(scoped, t, id);
    await checkOwner(scoped, row.workspaceId, patch.ownerId as string | null | undefined);
    await validateCustomFields(scoped, {
      workspaceId: row.workspaceId,
      entityType: CUSTOM_FIELD_ENTITY[t.table],
      values: patch.customFields as Record<string, unknown> | undefined,
      mode: 'update',
    });
    return row;
  });
}

export async function deleteRecord(
  ctx: ServiceContext,
  t: EntityTable,
  id: string,
): Promise<sql.CrmRecordRow> {
  return ctx.tx.savepoint(async (tx) => {
    const row = await sql.softDeleteRecord(tx, t, id);
    if (!row) throw await missingOrForbidden({ ...ctx, tx }, t, id);
    return row;
  });
}

async function missingOrForbidden(ctx: ServiceContext, t: EntityTable, id: string): Promise<Error> {
  return (await sql.isRecordVisible(ctx.tx, t, id))
    ? new ForbiddenError(`Your role in this workspace cannot change this ${t.entity.toLowerCase()}`)
    : new NotFoundError(t.entity);
}

/** Loads live records by id in one statement; ids the caller cannot see are simply absent. */
export function loadRecords(
  ctx: ServiceContext,
  t: EntityTable,
  ids: readonly string[],
): Promise<sql.CrmRecordRow[]> {
  return sql.selectRecordsByIds(ctx.tx, t, ids);
}

export interface PageArgs {
  workspaceId: string;
  search?: string | null | undefined;
  filters?: Record<string, string>;
  customFields?: readonly CustomFieldFilter[] | null | undefined;
  after?: string | undefined;
  before?: string | undefined;
  limit: number;
  inverted: boolean;
}

export function listRecordPage(
  ctx: ServiceContext,
  t: EntityTable,
  args: PageArgs,
): Promise<sql.CrmRecordRow[]> {
  return sql.selectRecordPage(ctx.tx, t, {
    ...args,
    after: args.after ? decodeCursor(args.after, 'after') : undefined,
    before: args.before ? decodeCursor(args.before, 'before') : undefined,
  });
}

export function recordCursor(row: sql.CrmRecordRow): string {
  return encodeCursor(row.sortName, row.id);
}
