// GraphQL for notes: the type, a lookup and the mutations. Notes of a record are listed by its
// timeline.
import { z } from 'zod';
import { builder } from '../../graphql/builder.ts';
import { serviceContext } from '../../graphql/context.ts';
import { defineMutations } from '../../graphql/mutations.ts';
import { EntityTypeEnum } from '../../graphql/entity-type.ts';
import { CreateNoteInput, DeleteNoteInput, UpdateNoteInput } from './inputs.ts';
import { createNote, deleteNote, loadNotes, type Note, updateNote } from './service.ts';

export const NoteRef = builder.loadableObjectRef<Note, string>('Note', {
  load: (ids: string[], ctx) => loadNotes(serviceContext(ctx), ids),
  sort: (note) => note.id,
});

NoteRef.implement({
  description: 'A note on a deal, lead, organization or person.',
  fields: (t) => ({
    id: t.exposeID('id'),
    workspaceId: t.exposeID('workspaceId'),
    entityType: t.field({ type: EntityTypeEnum, resolve: (n) => n.entityType }),
    entityId: t.exposeID('entityId'),
    body: t.exposeString('body'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    createdBy: t.exposeID('createdBy'),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    updatedBy: t.exposeID('updatedBy'),
    deletedAt: t.expose('deletedAt', { type: 'DateTime', nullable: true }),
  }),
});

builder.queryField('note', (t) =>
  t.field({
    type: NoteRef,
    nullable: true,
    description: 'A note by id; null when it does not exist or is not yours to see.',
    args: { id: t.arg.id({ required: true, validate: z.uuid() }) },
    resolve: (_root, { id }) => String(id),
  }),
);

const CreateNoteInputRef = builder.inputType('CreateNoteInput', {
  fields: (t) => ({
    entityType: t.field({ type: EntityTypeEnum, required: true }),
    entityId: t.id({ required: true, description: 'The note goes in this record’s workspace.' }),
    body: t.string({ required: true }),
  }),
  validate: CreateNoteInput,
});
const UpdateNoteInputRef = builder.inputType('UpdateNoteInput', {
  fields: (t) => ({ id: t.id({ required: true }), body: t.string({ required: true }) }),
  validate: UpdateNoteInput,
});
const DeleteNoteInputRef = builder.inputType('DeleteNoteInput', {
  fields: (t) => ({ id: t.id({ required: true }) }),
  validate: DeleteNoteInput,
});

defineMutations(NoteRef, 'note', {
  createNote: [CreateNoteInputRef, createNote],
  updateNote: [UpdateNoteInputRef, updateNote],
  deleteNote: [DeleteNoteInputRef, deleteNote],
});
