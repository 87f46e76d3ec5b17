// Organizations: the companies a workspace deals with.
import type { ServiceContext } from '../../db/service-context.ts';
import { defineOperation } from '../../services/operation.ts';
import * as records from '../records/record-service.ts';
import {
  CreateOrganizationInput,
  DeleteOrganizationInput,
  UpdateOrganizationInput,
} from './inputs.ts';
import { type Organization, organizationKind } from './kind.ts';

export type { Organization } from './kind.ts';

export const createOrganization = defineOperation(
  CreateOrganizationInput,
  (ctx, { workspaceId, ...values }) =>
    records.createRecord(ctx, organizationKind, workspaceId, values),
);

export const updateOrganization = defineOperation(
  UpdateOrganizationInput,
  (ctx, { id, ...patch }) => records.updateRecord(ctx, organizationKind, id, patch),
);

export const deleteOrganization = defineOperation(DeleteOrganizationInput, (ctx, { id }) =>
  records.deleteRecord(ctx, organizationKind, id),
);

export function loadOrganizations(
  ctx: ServiceContext,
  ids: readonly string[],
): Promise<Organization[]> {
  return records.loadRecords(ctx, organizationKind, ids);
}

/** One page of a workspace's organizations by name (the API's list, for seeds and tools). */
export function listOrganizations(
  ctx: ServiceContext,
  args: records.RecordListArgs,
  page: records.PageWindow,
): Promise<Organization[]> {
  return records.listRecords(ctx, organizationKind, args, page);
}
