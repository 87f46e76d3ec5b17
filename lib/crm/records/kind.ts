// One description per kind of CRM record (organization, person, deal, lead, activity, note):
// its table, columns, references and list orders. The generic record service
// (record-service.ts), its SQL (record-sql.ts) and its GraphQL (record-schema.ts) are driven by
// it; what really differs between kinds (a deal's people and workflow, a lead's conversion, an
// activity's completion) lives in the kind's hooks and its own operations.
import type { DomainEvent } from '../../events/registry.ts';
import type { ServiceContext } from '../../db/service-context.ts';
import type { FieldError } from '../../errors/app-errors.ts';
import type { ColumnMap } from './row-writes.ts';
import type { CrmEntityType } from './linked-records.ts';
import type { SortSpec } from './keyset.ts';

/** Every record row has these; the rest is the kind's. */
export interface RecordRow {
  id: string;
  workspaceId: string;
}

/** A broken foreign key, as the input field at fault (the constraint's name contains `fragment`). */
export interface Reference {
  fragment: string;
  field: string;
  message: string;
}

export interface RecordHooks<Row extends RecordRow> {
  /** After the insert and the shared checks, in the same savepoint: the row as answered. */
  created?(ctx: ServiceContext, row: Row, input: Record<string, unknown>): Promise<Row>;
  /** After the update and the shared checks. */
  updated?(ctx: ServiceContext, row: Row, patch: Record<string, unknown>): Promise<Row>;
  /** Field errors a create or update must answer with, given the written row. */
  problems?(
    ctx: ServiceContext,
    row: Row,
    values: Record<string, unknown>,
    mode: 'create' | 'update',
  ): Promise<FieldError[]>;
}

export interface RecordListing {
  /** A condition matching the search text in parameter `p` (an ilike pattern). */
  search?(p: string): string;
  /** Equality filters by field: the condition for a value in parameter `p`. */
  filters: Record<string, (p: string) => string>;
  /** The list's orders by name. */
  orders: Record<string, (direction: 'ASC' | 'DESC') => SortSpec>;
  /** Without one asked for: the first order ascending unless this says otherwise. */
  defaultOrder?: { field: string; direction: 'ASC' | 'DESC' };
}

export interface RecordKind<Row extends RecordRow = RecordRow> {
  /** How errors and the API name one: 'Deal'. */
  entity: string;
  /** The type activities, notes and custom fields use to point at it, when they may. */
  entityType?: CrmEntityType;
  /** Schema-qualified table. */
  table: string;
  /** The table's alias in every statement, which `select` and the listing use. */
  alias: string;
  /** The select list, aliased camelCase. */
  select: string;
  /** Writable columns by field name; names in SQL come from here, never from input. */
  writable: ColumnMap;
  references: Reference[];
  /** Fields naming users, who must be members of the record's workspace. */
  memberFields: string[];
  /** Whether rows carry custom field values checked against the workspace's definitions. */
  customFields: boolean;
  /** What a create emits. */
  createdEvent?(row: Row, actorId: string): DomainEvent;
  /** How a refusal to change one reads, for the roles that may see but not change it. */
  forbidden: string;
  listing?: RecordListing;
  hooks?: RecordHooks<Row>;
}

export const notMemberMessage = 'is not a member of this workspace';

/** The references every owned and assigned record has. */
export const userReferences = (fields: ('owner' | 'assignee')[]): Reference[] =>
  fields.map((f) => ({ fragment: f, field: `${f}Id`, message: notMemberMessage }));
