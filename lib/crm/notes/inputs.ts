import { z } from 'zod';
import { CrmEntityTypeSchema } from '../records/linked-records.ts';

const Body = z.string().trim().min(1, 'is required').max(20_000);

export const CreateNoteInput = z.object({
  entityType: CrmEntityTypeSchema,
  entityId: z.uuid().describe('The note goes in this record’s workspace.'),
  body: Body,
});

export const UpdateNoteInput = z.object({ id: z.uuid(), body: Body });

export const DeleteNoteInput = z.object({ id: z.uuid() });
