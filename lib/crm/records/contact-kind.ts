// What organizations and people share as record kinds: contact columns (name, emails, phones,
// links), custom fields and an owner, listed by name and searched by name or email.
import { writableColumns } from './row-writes.ts';
import type { RecordListing, RecordRow } from './kind.ts';
import type { SortSpec } from './keyset.ts';

export type ContactRow = RecordRow & {
  name: string;
  emails: string[];
  phones: string[];
  links: string[];
  customFields: Record<string, unknown>;
  ownerId: string | null;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
  deletedAt: Date | null;
  /** lower(name): how lists order contacts. */
  sortName: string;
};

export const CONTACT_WRITABLE = writableColumns({
  name: 'text',
  emails: 'text[]',
  phones: 'text[]',
  links: 'text[]',
  customFields: 'jsonb',
  ownerId: 'uuid',
});

/** The select list of a contact table under alias `a`, plus the kind's extra columns. */
export function contactSelect(a: string, extra = ''): string {
  return `${a}.id, ${a}.workspace_id as "workspaceId", ${a}.name, ${a}.emails, ${a}.phones,
    ${a}.links, ${a}.custom_fields as "customFields", ${a}.owner_id as "ownerId",
    ${a}.created_at as "createdAt", ${a}.created_by as "createdBy", ${a}.updated_at as "updatedAt",
    ${a}.updated_by as "updatedBy", ${a}.deleted_at as "deletedAt", lower(${a}.name) as "sortName"${extra}`;
}

/** The order by lower(name) under alias `a`: every list of named records has it. */
export function nameOrder(a: string) {
  return (direction: 'ASC' | 'DESC'): SortSpec => ({
    name: `NAME:${direction}`,
    expression: `lower(${a}.name)`,
    cast: 'text',
    direction: direction === 'DESC' ? 'desc' : 'asc',
    idColumn: `${a}.id`,
  });
}

export function contactListing(a: string, filters: RecordListing['filters'] = {}): RecordListing {
  return {
    search: (p) =>
      `(${a}.name ilike ${p} or exists (select 1 from unnest(${a}.emails) e where e ilike ${p}))`,
    filters,
    orders: { NAME: nameOrder(a) },
  };
}
