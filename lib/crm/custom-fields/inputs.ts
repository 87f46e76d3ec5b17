import { z } from 'zod';
import { CrmEntityTypeSchema } from '../records/linked-records.ts';
import { CUSTOM_FIELD_TYPES, isSelectType } from './rules.ts';

/** The same rule as the table's check: keys are safe in jsonb paths and filters. */
export const CUSTOM_FIELD_KEY = /^[a-z][a-zA-Z0-9_]{0,62}$/;

const Key = z
  .string()
  .regex(
    CUSTOM_FIELD_KEY,
    'must start with a lowercase letter and hold only letters, digits and _ (at most 63)',
  );

const Options = z
  .array(z.string().trim().min(1, 'is required').max(100))
  .min(1, 'needs at least one option')
  .max(100)
  .refine((options) => new Set(options).size === options.length, 'lists an option twice');

export const CreateCustomFieldDefinitionInput = z
  .object({
    workspaceId: z.uuid(),
    entityType: CrmEntityTypeSchema,
    key: Key,
    label: z.string().trim().min(1, 'is required').max(100),
    type: z.enum(CUSTOM_FIELD_TYPES),
    options: Options.nullish(),
    required: z
      .boolean()
      .nullish()
      .transform((v) => v ?? false),
    position: z.int().min(0).max(10_000).nullish(),
  })
  .superRefine((input, ctx) => {
    if (isSelectType(input.type) && !input.options) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'is required for select fields' });
    }
    if (!isSelectType(input.type) && input.options) {
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: 'only select fields have options',
      });
    }
  });

export const UpdateCustomFieldDefinitionInput = z.object({
  id: z.uuid(),
  label: z.string().trim().min(1, 'is required').max(100).optional(),
  options: Options.optional(),
  required: z.boolean().optional(),
  position: z.int().min(0).max(10_000).optional(),
});

export const DeleteCustomFieldDefinitionInput = z.object({ id: z.uuid() });

export const ListCustomFieldDefinitionsInput = z.object({
  workspaceId: z.uuid(),
  entityType: CrmEntityTypeSchema,
});
