// The fields organizations and people share (name, ways to reach them, custom fields, owner),
// validated the same way for both.
import { z } from 'zod';

const MAX_ITEMS = 20;

export const CustomFields = z
  .record(z.string().min(1).max(100), z.json())
  .refine((value) => Object.keys(value).length <= 100, 'at most 100 custom fields');

export const ContactFields = {
  name: z.string().trim().min(1, 'is required').max(200),
  emails: z.array(z.email().max(320)).max(MAX_ITEMS),
  phones: z
    .array(
      z
        .string()
        .trim()
        .min(3)
        .max(50)
        .regex(/^[0-9+().\-\s]+$/, 'is not a phone number'),
    )
    .max(MAX_ITEMS),
  links: z.array(z.url({ protocol: /^https?$/ }).max(2000)).max(MAX_ITEMS),
  customFields: CustomFields,
  ownerId: z.uuid().nullable(),
};

/** Fields for a create: everything but the name may be left out. */
export const CreateContactFields = {
  workspaceId: z.uuid(),
  name: ContactFields.name,
  emails: ContactFields.emails.default([]).describe('Email addresses.'),
  phones: ContactFields.phones.default([]).describe('Phone numbers.'),
  links: ContactFields.links.default([]).describe('http(s) URLs: website, LinkedIn, …'),
  customFields: CustomFields.default({}).describe('Custom field values by key.'),
  ownerId: ContactFields.ownerId
    .optional()
    .describe('Defaults to you. Must be a workspace member.'),
};

/** Fields for an update: only what is given changes; null clears an owner. */
export const UpdateContactFields = {
  id: z.uuid(),
  name: ContactFields.name.optional(),
  emails: ContactFields.emails.optional().describe('Email addresses. Replaces the current list.'),
  phones: ContactFields.phones.optional().describe('Phone numbers. Replaces the current list.'),
  links: ContactFields.links
    .optional()
    .describe('http(s) URLs: website, LinkedIn, … Replaces the current list.'),
  customFields: CustomFields.optional().describe('Replaces all custom field values.'),
  ownerId: ContactFields.ownerId.optional().describe('null clears the owner.'),
};
