// GraphQL for people: the type, its queries and its mutations.
import { z } from 'zod';
import { builder } from '../../graphql/builder.ts';
import { serviceContext } from '../../graphql/context.ts';
import { defineMutations } from '../../graphql/mutations.ts';
import { OrganizationRef } from '../organizations/schema.ts';
import { CustomFieldFilterRef } from '../custom-fields/schema.ts';
import { CrmRecordInterface, contactInputFields, recordConnection } from '../records/schema.ts';
import { CreatePersonInput, DeletePersonInput, UpdatePersonInput } from './inputs.ts';
import {
  createPerson,
  deletePerson,
  listPeople,
  loadPeople,
  type Person,
  updatePerson,
} from './service.ts';

export const PersonRef = builder.loadableObjectRef<Person, string>('Person', {
  load: (ids: string[], ctx) => loadPeople(serviceContext(ctx), ids),
  sort: (person) => person.id,
});

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

builder.queryField('person', (t) =>
  t.field({
    type: PersonRef,
    nullable: true,
    description: 'A person by id; null when they do not exist or are not yours to see.',
    args: { id: t.arg.id({ required: true, validate: z.uuid() }) },
    resolve: (_root, { id }) => String(id),
  }),
);

builder.queryField('people', (t) =>
  t.connection({
    type: PersonRef,
    description:
      "A workspace's people by name, optionally at one organization or matching a search.",
    args: {
      workspaceId: t.arg.id({ required: true, validate: z.uuid() }),
      organizationId: t.arg.id({ validate: z.uuid() }),
      search: t.arg.string({ validate: z.string().trim().min(1).max(100) }),
      customFields: t.arg({
        type: [CustomFieldFilterRef],
        description: 'Only people whose custom field values match all of these.',
      }),
    },
    resolve: (_root, args, ctx) =>
      recordConnection(ctx, args, (scope, page) =>
        listPeople(scope, {
          workspaceId: String(args.workspaceId),
          organizationId: args.organizationId ? String(args.organizationId) : null,
          search: args.search,
          customFields: args.customFields,
          ...page,
        }),
      ),
  }),
);

const CreatePersonInputRef = builder.inputType('CreatePersonInput', {
  fields: (t) => ({
    workspaceId: t.id({ required: true }),
    ...contactInputFields(t, 'create'),
    organizationId: t.id(),
  }),
  validate: CreatePersonInput,
});
const UpdatePersonInputRef = builder.inputType('UpdatePersonInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    ...contactInputFields(t, 'update'),
    organizationId: t.id({ description: 'null detaches the person from their organization.' }),
  }),
  validate: UpdatePersonInput,
});
const DeletePersonInputRef = builder.inputType('DeletePersonInput', {
  fields: (t) => ({ id: t.id({ required: true }) }),
  validate: DeletePersonInput,
});

defineMutations(PersonRef, 'person', {
  createPerson: [CreatePersonInputRef, createPerson],
  updatePerson: [UpdatePersonInputRef, updatePerson],
  deletePerson: [DeletePersonInputRef, deletePerson],
});
