// GraphQL for custom fields: definitions (admins manage them), and the filter input every
// record list with custom fields accepts (organizations, people, deals, leads).
import { z } from 'zod';
import { builder, type JsonValue } from '../../graphql/builder.ts';
import { serviceContext } from '../../graphql/context.ts';
import { defineMutations } from '../../graphql/mutations.ts';
import { EntityTypeEnum } from '../../graphql/entity-type.ts';
import { CUSTOM_FIELD_FILTER_OPS, type CustomFieldFilter } from './filters.ts';
import { bindZodSchema } from '../../graphql/zod-input.ts';
import { recordRefusal } from '../records/refusal.ts';
import { CustomFieldTypeSchema } from './inputs.ts';
import { CUSTOM_FIELD_TYPES } from './rules.ts';
import {
  createCustomFieldDefinition,
  type CustomFieldDefinition,
  customFieldDefinitionKind,
  deleteCustomFieldDefinition,
  listCustomFieldDefinitions,
  loadCustomFieldDefinitions,
  updateCustomFieldDefinition,
} from './service.ts';
import { auditFields, identityFields } from '../records/record-fields.ts';

const CustomFieldTypeEnum = builder.enumType('CustomFieldType', {
  values: Object.fromEntries(
    CUSTOM_FIELD_TYPES.map((type) => [type.toUpperCase(), { value: type }]),
  ) as Record<
    Uppercase<(typeof CUSTOM_FIELD_TYPES)[number]>,
    { value: CustomFieldDefinition['type'] }
  >,
});

bindZodSchema(CustomFieldTypeSchema, CustomFieldTypeEnum);

export const CustomFieldFilterOpEnum = builder.enumType('CustomFieldFilterOp', {
  description:
    'EQ/NEQ: equal JSON values (NEQ also matches records without the field). CONTAINS: text ' +
    'containing the value (case-insensitive), or a multi-select holding it. GT/GTE/LT/LTE: ' +
    'numbers, or dates as YYYY-MM-DD. IN: one of a list of values. IS_SET: has a value ' +
    '(value false: has none).',
  values: CUSTOM_FIELD_FILTER_OPS,
});

/** The filter input of record lists; pass the parsed list to customFieldConditions. */
export const CustomFieldFilterRef = builder
  .inputRef<Omit<CustomFieldFilter, 'value'> & { value?: JsonValue }>('CustomFieldFilter')
  .implement({
    description: 'A condition on one custom field value.',
    fields: (t) => ({
      key: t.string({ required: true }),
      op: t.field({ type: CustomFieldFilterOpEnum, required: true }),
      value: t.field({ type: 'JSON' }),
    }),
  });

export const CustomFieldDefinitionRef = builder.loadableObjectRef<CustomFieldDefinition, string>(
  'CustomFieldDefinition',
  {
    load: (ids: string[], ctx) => loadCustomFieldDefinitions(serviceContext(ctx), ids),
    sort: (d) => d.id,
  },
);
CustomFieldDefinitionRef.implement({
  description: "A custom field of one record type; values live in records' customFields[key].",
  fields: (t) => ({
    ...identityFields<CustomFieldDefinition>(t),
    entityType: t.field({ type: EntityTypeEnum, resolve: (d) => d.entityType }),
    key: t.exposeString('key', { description: 'Fixed once created.' }),
    label: t.exposeString('label'),
    type: t.field({ type: CustomFieldTypeEnum, resolve: (d) => d.type }),
    options: t.exposeStringList('options', { description: 'The choices of select fields.' }),
    required: t.exposeBoolean('required'),
    position: t.exposeInt('position'),
    ...auditFields<CustomFieldDefinition>(t),
  }),
});

builder.queryField('customFieldDefinitions', (t) =>
  t.field({
    type: [CustomFieldDefinitionRef],
    description: "A workspace's custom fields for one record type, in display order.",
    args: {
      workspaceId: t.arg.id({ required: true, validate: z.uuid() }),
      entityType: t.arg({ type: EntityTypeEnum, required: true }),
    },
    resolve: (_root, args, ctx) =>
      listCustomFieldDefinitions(serviceContext(ctx), {
        workspaceId: String(args.workspaceId),
        entityType: args.entityType,
      }),
  }),
);

defineMutations(
  CustomFieldDefinitionRef,
  'customFieldDefinition',
  { createCustomFieldDefinition, updateCustomFieldDefinition, deleteCustomFieldDefinition },
  { refusal: recordRefusal(customFieldDefinitionKind) },
);
