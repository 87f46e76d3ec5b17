// People: contacts, optionally working at one of the workspace's organizations.
import type { ServiceContext } from '../../db/service-context.ts';
import { parseInput, ValidationError } from '../../errors/app-errors.ts';
import { isSqlState, SqlState } from '../../errors/postgres-errors.ts';
import { loadOrganizations } from '../organizations/service.ts';
import * as records from '../records/service.ts';
import {
  CreatePersonInput,
  DeletePersonInput,
  ListPeopleInput,
  UpdatePersonInput,
} from './inputs.ts';

export type Person = records.CrmRecordRow & { organizationId: string | null };

export const peopleTable: records.EntityTable = {
  createdEvent: { name: 'crm/person.created', idField: 'personId' },
  table: 'crm.people',
  entity: 'Person',
  extraColumns: { organizationId: { column: 'organization_id', cast: 'uuid' } },
};

const organizationGone = () =>
  ValidationError.forField(['input', 'organizationId'], 'is not an organization of this workspace');

/** The organization must be live and in the same workspace (the foreign key checks the latter). */
async function checkOrganization(ctx: ServiceContext, organizationId: string | null | undefined) {
  if (organizationId && (await loadOrganizations(ctx, [organizationId])).length === 0)
    throw organizationGone();
}

async function translateOrganizationKey<T>(write: Promise<T>): Promise<T> {
  try {
    return await write;
  } catch (error) {
    if (isSqlState(error, SqlState.ForeignKeyViolation)) throw organizationGone();
    throw error;
  }
}

export async function createPerson(ctx: ServiceContext, input: unknown): Promise<Person> {
  const { workspaceId, ...values } = parseInput(CreatePersonInput, input);
  await checkOrganization(ctx, values.organizationId);
  return translateOrganizationKey(
    records.createRecord(ctx, peopleTable, workspaceId, values),
  ) as Promise<Person>;
}

export async function updatePerson(ctx: ServiceContext, input: unknown): Promise<Person> {
  const { id, ...patch } = parseInput(UpdatePersonInput, input);
  await checkOrganization(ctx, patch.organizationId);
  return translateOrganizationKey(
    records.updateRecord(ctx, peopleTable, id, patch),
  ) as Promise<Person>;
}

export function deletePerson(ctx: ServiceContext, input: unknown): Promise<Person> {
  const { id } = parseInput(DeletePersonInput, input);
  return records.deleteRecord(ctx, peopleTable, id) as Promise<Person>;
}

export function loadPeople(ctx: ServiceContext, ids: readonly string[]): Promise<Person[]> {
  return records.loadRecords(ctx, peopleTable, ids) as Promise<Person[]>;
}

export function listPeople(
  ctx: ServiceContext,
  args: Omit<records.PageArgs, 'filters'> & { organizationId?: string | null | undefined },
): Promise<Person[]> {
  const { workspaceId, search, organizationId, customFields } = parseInput(
    ListPeopleInput,
    args,
    [],
  );
  return records.listRecordPage(ctx, peopleTable, {
    ...args,
    workspaceId,
    search,
    customFields,
    filters: organizationId ? { organizationId } : {},
  }) as Promise<Person[]>;
}
