// GraphQL for people: the type; its queries and mutations come from the record kind.
import { z } from 'zod';
import type { CustomFieldFilter } from '../custom-fields/filters.ts';
import { OrganizationRef } from '../organizations/schema.ts';
import { defineRecordApi, recordRef } from '../records/record-schema.ts';
import { CrmRecordInterface, searchArgs } from '../records/schema.ts';
import { personKind } from './kind.ts';
import { createPerson, deletePerson, updatePerson } from './service.ts';

export const PersonRef = recordRef(personKind);

PersonRef.implement({
  description: 'A contact, optionally working at one of the workspace’s organizations.',
  interfaces: [CrmRecordInterface],
  fields: (t) => ({
    organizationId: t.exposeID('organizationId', { nullable: true }),
    // Batched: a page of people loads its organizations in one statement.
    organization: t.field({
      type: OrganizationRef,
      nullable: true,
      resolve: (person) => person.organizationId,
    }),
  }),
});

defineRecordApi(personKind, PersonRef, {
  one: 'person',
  many: 'people',
  describeMany:
    "A workspace's people by name, optionally at one organization or matching a search.",
  listArgs: (t) => ({
    organizationId: t.arg.id({ validate: z.uuid() }),
    ...searchArgs(t, 'Matches the name or an email address.', 'people'),
  }),
  toList: (args) => ({
    search: args.search as string | null | undefined,
    filter: { organizationId: args.organizationId as string | null | undefined },
    customFields: args.customFields as CustomFieldFilter[] | null | undefined,
  }),
  dataField: 'person',
  mutations: { createPerson, updatePerson, deletePerson },
});
