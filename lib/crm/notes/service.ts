// Notes on a record (a deal, lead, organization or person): created in the record's workspace,
// edited and soft-deleted by its members.
import type { ServiceContext } from '../../db/service-context.ts';
import { ValidationError } from '../../errors/app-errors.ts';
import { defineOperation } from '../../services/operation.ts';
import { findLinkedRecord, withArticle } from '../records/linked-records.ts';
import * as records from '../records/record-service.ts';
import { CreateNoteInput, DeleteNoteInput, UpdateNoteInput } from './inputs.ts';
import { type Note, noteKind } from './kind.ts';

export type { Note } from './kind.ts';

/** Creates a note on a live record the caller can see, in that record's workspace. */
export const createNote = defineOperation(CreateNoteInput, async (ctx, values) => {
  const record = await findLinkedRecord(ctx.tx, values.entityType, values.entityId);
  if (!record) {
    throw ValidationError.forField(
      ['input', 'entityId'],
      `is not ${withArticle(values.entityType)} you can see`,
    );
  }
  return records.createRecord(ctx, noteKind, record.workspaceId, values);
});

export const updateNote = defineOperation(UpdateNoteInput, (ctx, { id, body }) =>
  records.updateRecord(ctx, noteKind, id, { body }),
);

export const deleteNote = defineOperation(DeleteNoteInput, (ctx, { id }) =>
  records.deleteRecord(ctx, noteKind, id),
);

/** Loads live notes by id in one statement; ids the caller cannot see are absent. */
export function loadNotes(ctx: ServiceContext, ids: readonly string[]): Promise<Note[]> {
  return records.loadRecords(ctx, noteKind, ids);
}
