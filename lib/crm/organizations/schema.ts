// GraphQL for organizations: the type; its queries and mutations come from the record kind.
import type { CustomFieldFilter } from '../custom-fields/filters.ts';
import { defineRecordApi, recordRef } from '../records/record-schema.ts';
import { CrmRecordInterface, searchArgs } from '../records/schema.ts';
import { organizationKind } from './kind.ts';
import { createOrganization, deleteOrganization, updateOrganization } from './service.ts';

export const OrganizationRef = recordRef(organizationKind);

OrganizationRef.implement({
  description: 'A company the workspace deals with.',
  interfaces: [CrmRecordInterface],
  fields: () => ({}),
});

defineRecordApi(organizationKind, OrganizationRef, {
  one: 'organization',
  many: 'organizations',
  describeMany:
    "A workspace's organizations by name, optionally matching a search on name or email.",
  listArgs: (t) => searchArgs(t, 'Matches the name or an email address.', 'organizations'),
  toList: (args) => ({
    search: args.search as string | null | undefined,
    customFields: args.customFields as CustomFieldFilter[] | null | undefined,
  }),
  dataField: 'organization',
  mutations: { createOrganization, updateOrganization, deleteOrganization },
});
