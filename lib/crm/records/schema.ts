// GraphQL shared by CRM records: the CrmRecord interface organizations and people implement, the
// entity type enum, and the list arguments every record list takes.
import type { ArgBuilder } from '@pothos/core';
import { builder, type WaymarkTypes } from '../../graphql/builder.ts';
import { EntityTypeEnum } from '../../graphql/entity-type.ts';
import { bindZodSchema } from '../../graphql/zod-input.ts';
import { CustomFieldFilterRef } from '../custom-fields/schema.ts';
import { auditFields, identityFields } from './record-fields.ts';
import type { ContactRow } from './contact-kind.ts';
import { CrmEntityTypeSchema } from './linked-records.ts';
import { z } from 'zod';

export const CrmRecordInterface = builder.interfaceRef<ContactRow>('CrmRecord').implement({
  description:
    'Fields every CRM record has: contact details, custom fields, owner and audit trail.',
  resolveType: (row) => ('organizationId' in row ? 'Person' : 'Organization'),
  fields: (t) => ({
    ...identityFields<ContactRow>(t),
    name: t.exposeString('name'),
    emails: t.exposeStringList('emails'),
    phones: t.exposeStringList('phones'),
    links: t.exposeStringList('links'),
    customFields: t.expose('customFields', { type: 'JSONObject' }),
    ownerId: t.exposeID('ownerId', { nullable: true }),
    ...auditFields<ContactRow>(t),
  }),
});

// CRM record types are values of the API's one entity type enum; each input's schema still
// accepts only the CRM ones.
bindZodSchema(CrmEntityTypeSchema, EntityTypeEnum);

/** The search and custom field arguments of a record list. */
export function searchArgs(t: { arg: ArgBuilder<WaymarkTypes> }, search: string, plural: string) {
  return {
    search: t.arg.string({
      description: search,
      validate: z.string().trim().min(1).max(100),
    }),
    customFields: t.arg({
      type: [CustomFieldFilterRef],
      description: `Only ${plural} whose custom field values match all of these.`,
    }),
  };
}
