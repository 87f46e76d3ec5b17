import { z } from 'zod';
import { CreateContactFields, UpdateContactFields } from '../records/fields.ts';

export const CreateOrganizationInput = z.object(CreateContactFields);
export const UpdateOrganizationInput = z.object(UpdateContactFields);
export const DeleteOrganizationInput = z.object({ id: z.uuid() });
