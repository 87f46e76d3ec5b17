// Notes as a record kind: text on a deal, lead, organization or person, in that record's
// workspace, listed by the record's timeline.
import { writableColumns } from '../records/row-writes.ts';
import { type RecordKind } from '../records/kind.ts';
import { NOTE_COLUMNS, type Note } from './sql.ts';

export type { Note } from './sql.ts';

export const noteKind: RecordKind<Note> = {
  entity: 'Note',
  table: 'crm.notes',
  alias: 'n',
  select: NOTE_COLUMNS,
  writable: writableColumns({
    entityType: 'text',
    entityId: 'uuid',
    body: 'text',
  }),

  references: [],
  memberFields: [],
  customFields: false,
  forbidden: 'Your role in this workspace cannot change this note',
  createdEvent: (note, actorId) => ({
    name: 'crm/note.created',
    data: { workspaceId: note.workspaceId, actorId, noteId: note.id },
  }),
};
