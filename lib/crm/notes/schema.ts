// GraphQL for notes: the type, a lookup and the mutations. Notes of a record are listed by its
// timeline.
import { builder } from '../../graphql/builder.ts';
import { serviceContext } from '../../graphql/context.ts';
import { defineRecordApi } from '../records/record-schema.ts';
import { EntityTypeEnum } from '../../graphql/entity-type.ts';
import type { Note } from './kind.ts';
import { noteKind } from './kind.ts';
import { createNote, deleteNote, loadNotes, updateNote } from './service.ts';
import { auditFields, identityFields } from '../records/record-fields.ts';

export const NoteRef = builder.loadableObjectRef<Note, string>('Note', {
  load: (ids: string[], ctx) => loadNotes(serviceContext(ctx), ids),
  sort: (note) => note.id,
});

NoteRef.implement({
  description: 'A note on a deal, lead, organization or person.',
  fields: (t) => ({
    ...identityFields<Note>(t),
    entityType: t.field({ type: EntityTypeEnum, resolve: (n) => n.entityType }),
    entityId: t.exposeID('entityId'),
    body: t.exposeString('body'),
    ...auditFields<Note>(t),
  }),
});

defineRecordApi(noteKind, NoteRef, {
  one: 'note',
  dataField: 'note',
  mutations: { createNote, updateNote, deleteNote },
});
