// GraphQL for notes: the type, a lookup and the mutations. Notes of a record are listed by its
// timeline.
import { defineRecordApi, recordRef } from '../records/record-schema.ts';
import { EntityTypeEnum } from '../../graphql/entity-type.ts';
import type { Note } from './kind.ts';
import { noteKind } from './kind.ts';
import { createNote, deleteNote, updateNote } from './service.ts';
import { auditFields, identityFields } from '../records/record-fields.ts';

export const NoteRef = recordRef(noteKind);

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
