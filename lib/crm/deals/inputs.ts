import { z } from 'zod';
import { CustomFieldFilters } from '../custom-fields/filters.ts';
import { CustomFields } from '../records/fields.ts';

/** numeric(14, 2): at most 999,999,999,999.99. */
const MAX_AMOUNT = 999_999_999_999.99;

export const Amount = z
  .number()
  .nonnegative('must not be negative')
  .max(MAX_AMOUNT, 'is too large')
  // Floats cannot say "exactly two decimals"; this accepts what rounds to cents within noise.
  .refine((value) => Math.abs(value * 100 - Math.round(value * 100)) < 1e-6, {
    message: 'has more than 2 decimals',
  });

export const Currency = z
  .string()
  .regex(/^[A-Z]{3}$/, 'is not an ISO 4217 currency code (three capital letters)');

export const DealName = z.string().trim().min(1, 'is required').max(200);

/** The people involved; duplicates are linked once. */
const PersonIds = z.array(z.uuid()).max(50);

export const CreateDealInput = z.object({
  workspaceId: z.uuid(),
  name: DealName,
  amount: Amount.nullish(),
  currency: Currency.default('USD'),
  expectedCloseDate: z.iso.date('is not a date (YYYY-MM-DD)').nullish(),
  organizationId: z.uuid().nullish(),
  personIds: PersonIds.default([]),
  ownerId: z.uuid().nullish(),
  assigneeId: z.uuid().nullish(),
  customFields: CustomFields.default({}),
  workflowId: z.uuid().nullish(),
});
export type CreateDealInput = z.output<typeof CreateDealInput>;

/** Only what is given changes; null clears a value. personIds replaces the set of people. */
export const UpdateDealInput = z.object({
  id: z.uuid(),
  name: DealName.optional(),
  amount: Amount.nullish(),
  currency: Currency.optional(),
  expectedCloseDate: z.iso.date('is not a date (YYYY-MM-DD)').nullish(),
  organizationId: z.uuid().nullish(),
  personIds: PersonIds.optional(),
  ownerId: z.uuid().nullish(),
  customFields: CustomFields.optional(),
});

export const DeleteDealInput = z.object({ id: z.uuid() });

/** assigneeId must be given: an id assigns, null unassigns. */
export const AssignDealInput = z.object({ dealId: z.uuid(), assigneeId: z.uuid().nullable() });

export const MoveDealToStepInput = z.object({
  dealId: z.uuid(),
  toStepId: z.uuid(),
  reason: z.string().trim().max(2000).nullish(),
});

export const DealOrderField = z.enum([
  'NAME',
  'AMOUNT',
  'EXPECTED_CLOSE_DATE',
  'UPDATED_AT',
  'PROBABILITY',
]);
export type DealOrderField = z.infer<typeof DealOrderField>;

export const DealOrder = z.object({
  field: DealOrderField.nullish().transform((field) => field ?? 'NAME'),
  direction: z
    .enum(['ASC', 'DESC'])
    .nullish()
    .transform((direction) => direction ?? 'ASC'),
});
export type DealOrder = z.output<typeof DealOrder>;

export const DealFilter = z.object({
  organizationId: z.uuid().nullish(),
  assigneeId: z.uuid().nullish(),
  ownerId: z.uuid().nullish(),
  stepId: z.uuid().nullish(),
  workflowId: z.uuid().nullish(),
});
export type DealFilter = z.output<typeof DealFilter>;

export const ListDealsInput = z.object({
  workspaceId: z.uuid(),
  search: z.string().trim().min(1).max(100).nullish(),
  filter: DealFilter.nullish(),
  customFields: CustomFieldFilters.nullish(),
  orderBy: DealOrder.nullish(),
});
