// GraphQL for organizations: the type, its queries and its mutations.
import { z } from 'zod';
import { builder } from '../../graphql/builder.ts';
import { serviceContext } from '../../graphql/context.ts';
import { defineMutations } from '../../graphql/mutations.ts';
import { CustomFieldFilterRef } from '../custom-fields/schema.ts';
import { CrmRecordInterface, contactInputFields, recordConnection } from '../records/schema.ts';
import {
  CreateOrganizationInput,
  DeleteOrganizationInput,
  UpdateOrganizationInput,
} from './inputs.ts';
import {
  createOrganization,
  deleteOrganization,
  listOrganizations,
  loadOrganizations,
  type Organization,
  updateOrganization,
} from './service.ts';

export const OrganizationRef = builder.loadableObjectRef<Organization, string>('Organization', {
  load: (ids: string[], ctx) => loadOrganizations(serviceContext(ctx), ids),
  sort: (org) => org.id,
});

OrganizationRef.implement({
  description: 'A company the workspace deals with.',
  interfaces: [CrmRecordInterface],
  fields: () => ({}),
});

builder.queryField('organization', (t) =>
  t.field({
    type: OrganizationRef,
    nullable: true,
    description: 'An organization by id; null when it does not exist or is not yours to see.',
    args: { id: t.arg.id({ required: true, validate: z.uuid() }) },
    resolve: (_root, { id }) => String(id),
  }),
);

builder.queryField('organizations', (t) =>
  t.connection({
    type: OrganizationRef,
    description:
      "A workspace's organizations by name, optionally matching a search on name or email.",
    args: {
      workspaceId: t.arg.id({ required: true, validate: z.uuid() }),
      search: t.arg.string({ validate: z.string().trim().min(1).max(100) }),
      customFields: t.arg({
        type: [CustomFieldFilterRef],
        description: 'Only organizations whose custom field values match all of these.',
      }),
    },
    resolve: (_root, args, ctx) =>
      recordConnection(ctx, args, (scope, page) =>
        listOrganizations(scope, {
          workspaceId: String(args.workspaceId),
          search: args.search,
          customFields: args.customFields,
          ...page,
        }),
      ),
  }),
);

const CreateOrganizationInputRef = builder.inputType('CreateOrganizationInput', {
  fields: (t) => ({ workspaceId: t.id({ required: true }), ...contactInputFields(t, 'create') }),
  validate: CreateOrganizationInput,
});
const UpdateOrganizationInputRef = builder.inputType('UpdateOrganizationInput', {
  fields: (t) => ({ id: t.id({ required: true }), ...contactInputFields(t, 'update') }),
  validate: UpdateOrganizationInput,
});
const DeleteOrganizationInputRef = builder.inputType('DeleteOrganizationInput', {
  fields: (t) => ({ id: t.id({ required: true }) }),
  validate: DeleteOrganizationInput,
});

defineMutations(OrganizationRef, 'organization', {
  createOrganization: [CreateOrganizationInputRef, createOrganization],
  updateOrganization: [UpdateOrganizationInputRef, updateOrganization],
  deleteOrganization: [DeleteOrganizationInputRef, deleteOrganization],
});
