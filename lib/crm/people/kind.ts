// People as a record kind: contacts who may work at one of the workspace's organizations.
import {
  CONTACT_WRITABLE,
  contactListing,
  contactSelect,
  type ContactRow,
} from '../records/contact-kind.ts';
import { writableColumns } from '../records/row-writes.ts';
import { type RecordKind, userReferences } from '../records/kind.ts';
import { organizationGone, organizationProblems } from '../organizations/service.ts';

export type Person = ContactRow & { organizationId: string | null };

export const personKind: RecordKind<Person> = {
  entity: 'Person',
  entityType: 'person',
  table: 'crm.people',
  alias: 'p',
  select: contactSelect('p', ', p.organization_id as "organizationId"'),
  writable: { ...CONTACT_WRITABLE, ...writableColumns({ organizationId: 'uuid' }) },
  references: [
    ...userReferences(['owner']),
    { fragment: 'organization', field: 'organizationId', message: organizationGone },
  ],
  memberFields: ['ownerId'],
  customFields: true,
  forbidden: 'Your role in this workspace cannot change this person',
  createdEvent: (row, actorId) => ({
    name: 'crm/person.created',
    data: { workspaceId: row.workspaceId, actorId, personId: row.id },
  }),
  listing: contactListing('p', { organizationId: (v) => `p.organization_id = ${v}::uuid` }),
  hooks: {
    problems: (ctx, person, values) =>
      organizationProblems(ctx, person.workspaceId, values.organizationId),
  },
};
