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

export const CustomFieldTypeSchema = z.enum(CUSTOM_FIELD_TYPES);

const Position = z.int().min(0).max(10_000);

export const CreateCustomFieldDefinitionInput = z
  .object({
    workspaceId: z.uuid(),
    entityType: CrmEntityTypeSchema,
    key: Key.describe(
      'Where values live in customFields; a lowercase letter, then letters, digits, _.',
    ),
    label: z.string().trim().min(1, 'is required').max(100),
    type: CustomFieldTypeSchema,
    options: Options.nullish().describe('Required for SELECT and MULTI_SELECT, only for them.'),
    required: z
      .boolean()
      .nullish()
      .transform((v) => v ?? false)
      .describe('Records must hold a value. Defaults to false.'),
    position: Position.nullish().describe('Display order. Defaults to after the last field.'),
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

export const UpdateCustomFieldDefinitionInput = z
  .object({
    id: z.uuid(),
    label: z.string().trim().min(1, 'is required').max(100).optional(),
    options: Options.optional().describe('Replaces the choices (select fields only).'),
    required: z.boolean().optional(),
    position: Position.optional(),
  })
  .describe('Key, type and record type are fixed; what is given changes.');

export const DeleteCustomFieldDefinitionInput = z.object({ id: z.uuid() });

export const ListCustomFieldDefinitionsInput = z.object({
  workspaceId: z.uuid(),
  entityType: CrmEntityTypeSchema,
});
