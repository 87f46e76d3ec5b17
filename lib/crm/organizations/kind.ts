// Organizations as a record kind: contacts with nothing of their own.
import {
  CONTACT_WRITABLE,
  contactListing,
  contactSelect,
  type ContactRow,
} from '../records/contact-kind.ts';
import { type RecordKind, userReferences } from '../records/kind.ts';

export type Organization = ContactRow;

export const organizationKind: RecordKind<Organization> = {
  entity: 'Organization',
  entityType: 'organization',
  table: 'crm.organizations',
  alias: 'o',
  select: contactSelect('o'),
  writable: CONTACT_WRITABLE,
  references: userReferences(['owner']),
  memberFields: ['ownerId'],
  customFields: true,
  forbidden: 'Your role in this workspace cannot change this organization',
  createdEvent: (row, actorId) => ({
    name: 'crm/organization.created',
    data: { workspaceId: row.workspaceId, actorId, organizationId: row.id },
  }),
  listing: contactListing('o'),
};
