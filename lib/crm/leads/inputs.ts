import { z } from 'zod';
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
  company: OptionalText(200)
    .nullish()
    .describe('Becomes an organization when the lead is converted.'),
  source: OptionalText(100).nullish().describe('Where the lead came from: web form, referral, …'),
  score: Score.optional().describe('0–100.'),
  ownerId: z.uuid().nullish().describe('Defaults to you. Must be a workspace member.'),
  assigneeId: z.uuid().nullish().describe('Must be a workspace member.'),
  customFields: CustomFields.default({}).describe('Custom field values by key.'),
  workflowId: z.uuid().nullish().describe("A lead workflow; defaults to the workspace's first."),
});

/** Only what is given changes; null clears a value. */
export const UpdateLeadInput = z
  .object({
    id: z.uuid(),
    name: LeadName.optional(),
    email: Email.nullish(),
    company: OptionalText(200).nullish(),
    source: OptionalText(100).nullish(),
    score: Score.optional(),
    ownerId: z.uuid().nullish(),
    assigneeId: z.uuid().nullish(),
    customFields: CustomFields.optional().describe('Replaces all custom field values.'),
  })
  .describe('Only the fields given change; null clears.');

export const DeleteLeadInput = z.object({ id: z.uuid() });

export const MoveLeadToStepInput = z.object({
  leadId: z.uuid(),
  toStepId: z.uuid().describe("A step of the lead's workflow version."),
  reason: z.string().trim().max(2000).nullish().describe('Kept in the status history.'),
});

export const ConvertLeadInput = z.object({
  leadId: z.uuid(),
  dealName: DealName.nullish().describe("Defaults to the lead's company, or its name."),
  amount: Amount.nullish().describe(
    "The deal's amount, a decimal string: at least 0, at most 2 decimals.",
  ),
  currency: Currency.nullish().describe('ISO 4217; defaults to USD.'),
  organizationId: z
    .uuid()
    .nullish()
    .describe(
      "An existing organization for the deal, instead of one made from the lead's company.",
    ),
});

export const LeadFilter = z
  .object({
    assigneeId: z.uuid().nullish(),
    stepId: z.uuid().nullish().describe('Leads currently at this workflow step.'),
    converted: z.boolean().nullish().describe('true: converted leads only; false: the others.'),
  })
  .describe('Only leads matching all of the given fields.');
export type LeadFilter = z.output<typeof LeadFilter>;
