import { z } from 'zod';
import { CreateContactFields, UpdateContactFields } from '../records/fields.ts';

export const CreatePersonInput = z.object({
  ...CreateContactFields,
  organizationId: z.uuid().nullable().optional(),
});
export const UpdatePersonInput = z.object({
  ...UpdateContactFields,
  organizationId: z
    .uuid()
    .nullable()
    .optional()
    .describe('null detaches the person from their organization.'),
});
export const DeletePersonInput = z.object({ id: z.uuid() });
