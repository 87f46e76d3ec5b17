import { z } from 'zod';
import { CreateContactFields, ListInput, UpdateContactFields } from '../records/fields.ts';

export const CreatePersonInput = z.object({
  ...CreateContactFields,
  organizationId: z.uuid().nullable().optional(),
});
export const UpdatePersonInput = z.object({
  ...UpdateContactFields,
  organizationId: z.uuid().nullable().optional(),
});
export const DeletePersonInput = z.object({ id: z.uuid() });
export const ListPeopleInput = ListInput.extend({ organizationId: z.uuid().nullable().optional() });
