import { z } from 'zod';
import { CustomFieldFilters } from '../custom-fields/filters.ts';
import { Amount, Currency, DealName } from '../deals/inputs.ts';
import { CustomFields } from '../records/fields.ts';

const LeadName = z.string().trim().min(1, 'is required').max(200);
const Email = z.email().max(320);
/** Blank text is no value. */
const OptionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((value) => value || null);
const Score = z.number().int().min(0).max(100);

export const CreateLeadInput = z.object({
  workspaceId: z.uuid(),
  name: LeadName,
  email: Email.nullish(),
  company: OptionalText(200).nullish(),
  source: OptionalText(100).nullish(),
  score: Score.optional(),
  ownerId: z.uuid().nullish(),
  assigneeId: z.uuid().nullish(),
  customFields: CustomFields.default({}),
  workflowId: z.uuid().nullish(),
});

/** Only what is given changes; null clears a value. */
export const UpdateLeadInput = z.object({
  id: z.uuid(),
  name: LeadName.optional(),
  email: Email.nullish(),
  company: OptionalText(200).nullish(),
  source: OptionalText(100).nullish(),
  score: Score.optional(),
  ownerId: z.uuid().nullish(),
  assigneeId: z.uuid().nullish(),
  customFields: CustomFields.optional(),
});

export const DeleteLeadInput = z.object({ id: z.uuid() });

export const MoveLeadToStepInput = z.object({
  leadId: z.uuid(),
  toStepId: z.uuid(),
  reason: z.string().trim().max(2000).nullish(),
});

export const ConvertLeadInput = z.object({
  leadId: z.uuid(),
  dealName: DealName.nullish(),
  amount: Amount.nullish(),
  currency: Currency.nullish(),
  organizationId: z.uuid().nullish(),
});

export const LeadFilter = z.object({
  assigneeId: z.uuid().nullish(),
  stepId: z.uuid().nullish(),
  converted: z.boolean().nullish(),
});
export type LeadFilter = z.output<typeof LeadFilter>;

export const ListLeadsInput = z.object({
  workspaceId: z.uuid(),
  search: z.string().trim().min(1).max(100).nullish(),
  filter: LeadFilter.nullish(),
  customFields: CustomFieldFilters.nullish(),
});
