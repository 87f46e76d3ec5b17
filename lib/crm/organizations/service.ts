// Organizations: the companies a workspace deals with.
import type { ServiceContext } from '../../db/service-context.ts';
import type { FieldError } from '../../errors/app-errors.ts';
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

export const organizationGone = 'is not an organization of this workspace';

/**
 * The field error of an organizationId that names no live organization of the workspace (deals,
 * people and lead conversion point at one); none when it is not a string (not given, or null).
 */
export async function organizationProblems(
  ctx: ServiceContext,
  workspaceId: string,
  organizationId: unknown,
): Promise<FieldError[]> {
  if (typeof organizationId !== 'string') return [];
  const [organization] = await loadOrganizations(ctx, [organizationId]);
  return organization?.workspaceId === workspaceId
    ? []
    : [{ path: ['input', 'organizationId'], message: organizationGone }];
}
