// Notes on a record (a deal, lead, organization or person): created in the record's workspace,
// edited and soft-deleted by its members.
import { emitEvent } from '../../automation/outbox.ts';
import type { Tx } from '../../db/port.ts';
import type { ServiceContext } from '../../db/service-context.ts';
import {
  ForbiddenError,
  NotFoundError,
  parseInput,
  ValidationError,
} from '../../errors/app-errors.ts';
import { isSqlState, SqlState } from '../../errors/postgres-errors.ts';
import { refusalFor } from '../../workspaces/service.ts';
import { findLinkedRecord, withArticle } from '../records/linked-records.ts';
import { CreateNoteInput, DeleteNoteInput, UpdateNoteInput } from './inputs.ts';
import * as sql from './sql.ts';

export type { Note } from './sql.ts';

/** Creates a note on a live record the caller can see, in that record's workspace. */
export async function createNote(ctx: ServiceContext, input: unknown): Promise<sql.Note> {
  const { entityType, entityId, body } = parseInput(CreateNoteInput, input);
  const record = await findLinkedRecord(ctx.tx, entityType, entityId);
  if (!record) {
    throw ValidationError.forField(
      ['input', 'entityId'],
      `is not ${withArticle(entityType)} you can see`,
    );
  }
  const { workspaceId } = record;
  try {
    return await ctx.tx.savepoint(async (tx) => {
      const row = await sql.insertNote(tx, { workspaceId, entityType, entityId, body });
      await emitEvent(tx, { workspaceId, userId: ctx.userId }, 'crm/note.created', {
        workspaceId,
        actorId: ctx.userId,
        noteId: row.id,
      });
      return row;
    });
  } catch (error) {
    // RLS refused the insert: the caller only views this workspace.
    if (isSqlState(error, SqlState.InsufficientPrivilege)) throw await refusalFor(ctx, workspaceId);
    throw error;
  }
}

export function updateNote(ctx: ServiceContext, input: unknown): Promise<sql.Note> {
  const { id, body } = parseInput(UpdateNoteInput, input);
  return changeOne(ctx, id, (tx) => sql.updateNote(tx, id, body));
}

export function deleteNote(ctx: ServiceContext, input: unknown): Promise<sql.Note> {
  const { id } = parseInput(DeleteNoteInput, input);
  return changeOne(ctx, id, (tx) => sql.softDeleteNote(tx, id));
}

function changeOne(
  ctx: ServiceContext,
  id: string,
  change: (tx: Tx) => Promise<sql.Note | undefined>,
): Promise<sql.Note> {
  return ctx.tx.savepoint(async (tx) => {
    const row = await change(tx);
    if (row) return row;
    throw (await sql.isNoteVisible(tx, id))
      ? new ForbiddenError('Your role in this workspace cannot change this note')
      : new NotFoundError('Note');
  });
}

/** Loads live notes by id in one statement; ids the caller cannot see are absent. */
export function loadNotes(ctx: ServiceContext, ids: readonly string[]): Promise<sql.Note[]> {
  return sql.selectNotesByIds(ctx.tx, ids);
}
