// People: contacts, optionally working at one of the workspace's organizations.
import type { ServiceContext } from '../../db/service-context.ts';
import { defineOperation } from '../../services/operation.ts';
import * as records from '../records/record-service.ts';
import { CreatePersonInput, DeletePersonInput, UpdatePersonInput } from './inputs.ts';
import { type Person, personKind } from './kind.ts';

export type { Person } from './kind.ts';

export const createPerson = defineOperation(CreatePersonInput, (ctx, { workspaceId, ...values }) =>
  records.createRecord(ctx, personKind, workspaceId, values),
);

export const updatePerson = defineOperation(UpdatePersonInput, (ctx, { id, ...patch }) =>
  records.updateRecord(ctx, personKind, id, patch),
);

export const deletePerson = defineOperation(DeletePersonInput, (ctx, { id }) =>
  records.deleteRecord(ctx, personKind, id),
);

export function loadPeople(ctx: ServiceContext, ids: readonly string[]): Promise<Person[]> {
  return records.loadRecords(ctx, personKind, ids);
}

/** One page of a workspace's people by name (the API's list, for seeds and tools). */
export function listPeople(
  ctx: ServiceContext,
  args: records.RecordListArgs,
  page: records.PageWindow,
): Promise<Person[]> {
  return records.listRecords(ctx, personKind, args, page);
}
