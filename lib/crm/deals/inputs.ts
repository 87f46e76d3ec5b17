import { z } from 'zod';
import { CustomFields } from '../records/fields.ts';

/**
 * numeric(14, 2): at most 12 digits before the point and 2 after, so 999999999999.99 at most.
 * Checked on the digits of the decimal string, exactly: a float cannot say "at most 2 decimals".
 */
function amountProblem(value: string): string | undefined {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value);
  if (!match) return 'is not a decimal number, e.g. "1250.50"';
  const [, sign, whole, fraction = ''] = match;
  if (sign) return 'must not be negative';
  if (fraction.length > 2) return 'has more than 2 decimals';
  if (whole!.replace(/^0+/, '').length > 12) return 'is too large (at most 999999999999.99)';
  return undefined;
}

/** An amount of money as a decimal string ("1250.50"): the API's Decimal scalar. */
export const Amount = z
  .string()
  .superRefine((value, ctx) => {
    const problem = amountProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .meta({ graphqlType: 'Decimal' });

export const Currency = z
  .string()
  .regex(/^[A-Z]{3}$/, 'is not an ISO 4217 currency code (three capital letters)');

export const DealName = z.string().trim().min(1, 'is required').max(200);

/** The people involved; duplicates are linked once. */
const PersonIds = z.array(z.uuid()).max(50);

const CloseDate = z.iso.date('is not a date (YYYY-MM-DD)').describe('YYYY-MM-DD.');

export const CreateDealInput = z.object({
  workspaceId: z.uuid(),
  name: DealName,
  amount: Amount.nullish().describe('A decimal string: at least 0, at most 2 decimals.'),
  currency: Currency.default('USD').describe('ISO 4217; defaults to USD.'),
  expectedCloseDate: CloseDate.nullish(),
  organizationId: z.uuid().nullish(),
  personIds: PersonIds.default([]).describe('People of the workspace involved in the deal.'),
  ownerId: z.uuid().nullish().describe('Defaults to you. Must be a workspace member.'),
  assigneeId: z.uuid().nullish().describe('Must be a workspace member.'),
  customFields: CustomFields.default({}).describe('Custom field values by key.'),
  workflowId: z.uuid().nullish().describe("A sales workflow; defaults to the workspace's first."),
});
export type CreateDealInput = z.output<typeof CreateDealInput>;

/** Only what is given changes; null clears a value. personIds replaces the set of people. */
export const UpdateDealInput = z
  .object({
    id: z.uuid(),
    name: DealName.optional(),
    amount: Amount.nullish().describe('A decimal string: at least 0, at most 2 decimals.'),
    currency: Currency.optional(),
    expectedCloseDate: CloseDate.nullish(),
    organizationId: z.uuid().nullish(),
    personIds: PersonIds.optional().describe('Replaces the deal’s people.'),
    ownerId: z.uuid().nullish(),
    customFields: CustomFields.optional().describe('Replaces all custom field values.'),
  })
  .describe('Only the fields given change; null clears. The assignee changes with assignDeal.');

export const DeleteDealInput = z.object({ id: z.uuid() });

/** assigneeId must be given: an id assigns, null unassigns. */
export const AssignDealInput = z.object({
  dealId: z.uuid(),
  assigneeId: z.uuid().nullable().describe('A workspace member; null unassigns. Must be given.'),
});

export const MoveDealToStepInput = z.object({
  dealId: z.uuid(),
  toStepId: z.uuid().describe("A step of the deal's workflow version."),
  reason: z.string().trim().max(2000).nullish().describe('Kept in the status history.'),
});

export const DealFilter = z
  .object({
    organizationId: z.uuid().nullish(),
    assigneeId: z.uuid().nullish(),
    ownerId: z.uuid().nullish(),
    stepId: z.uuid().nullish().describe('Deals currently at this workflow step.'),
    workflowId: z.uuid().nullish().describe('Deals tracked in this workflow.'),
  })
  .describe('Only deals matching all of the given fields.');
export type DealFilter = z.output<typeof DealFilter>;
