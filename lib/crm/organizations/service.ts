// Organizations: the companies a workspace deals with.
import type { ServiceContext } from '../../db/service-context.ts';
import { parseInput } from '../../errors/app-errors.ts';
import { ListInput } from '../records/fields.ts';
import * as records from '../records/service.ts';
import {
  CreateOrganizationInput,
  DeleteOrganizationInput,
  UpdateOrganizationInput,
} from './inputs.ts';

export type Organization = records.CrmRecordRow;

export const organizationsTable: records.EntityTable = {
  createdEvent: { name: 'crm/organization.created', idField: 'organizationId' },
  table: 'crm.organizations',
  entity: 'Organization',
  extraColumns: {},
};

export function createOrganization(ctx: ServiceContext, input: unknown): Promise<Organization> {
  const { workspaceId, ...values } = parseInput(CreateOrganizationInput, input);
  return records.createRecord(ctx, organizationsTable, workspaceId, values);
}

export function updateOrganization(ctx: ServiceContext, input: unknown): Promise<Organization> {
  const { id, ...patch } = parseInput(UpdateOrganizationInput, input);
  return records.updateRecord(ctx, organizationsTable, id, patch);
}

export function deleteOrganization(ctx: ServiceContext, input: unknown): Promise<Organization> {
  const { id } = parseInput(DeleteOrganizationInput, input);
  return records.deleteRecord(ctx, organizationsTable, id);
}

export function loadOrganizations(
  ctx: ServiceContext,
  ids: readonly string[],
): Promise<Organization[]> {
  return records.loadRecords(ctx, organizationsTable, ids);
}

export function listOrganizations(
  ctx: ServiceContext,
  args: Omit<records.PageArgs, 'filters'>,
): Promise<Organization[]> {
  const { workspaceId, search, customFields } = parseInput(ListInput, args, []);
  return records.listRecordPage(ctx, organizationsTable, {
    ...args,
    workspaceId,
    search,
    customFields,
  });
}
