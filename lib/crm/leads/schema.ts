// GraphQL for leads: the type, its queries, its mutations (moves and conversion included) and the
// typed error of a second conversion.
import { builder } from '../../graphql/builder.ts';
import { ErrorInterface } from '../../graphql/errors.ts';
import { defineMutations } from '../../graphql/mutations.ts';
import { zodInput } from '../../graphql/zod-input.ts';
import { TransitionNotAllowedError } from '../../wfm/errors.ts';
import type { CustomFieldFilter } from '../custom-fields/filters.ts';
import { DealRef } from '../deals/schema.ts';
import { OrganizationRef } from '../organizations/schema.ts';
import { PersonRef } from '../people/schema.ts';
import { defineRecordApi, recordRef } from '../records/record-schema.ts';
import { recordRefusal } from '../records/refusal.ts';
import { searchArgs } from '../records/schema.ts';
import { AlreadyConvertedError } from './errors.ts';
import { LeadFilter } from './inputs.ts';
import { type Lead, leadKind } from './kind.ts';
import { convertLead, createLead, deleteLead, moveLeadToStep, updateLead } from './service.ts';
import { auditFields, identityFields, stageField } from '../records/record-fields.ts';

builder.objectType(AlreadyConvertedError, {
  name: 'AlreadyConvertedError',
  description: 'The lead was converted before; `convertedDealId` is what it became.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof AlreadyConvertedError,
  fields: (t) => ({
    convertedDealId: t.exposeID('convertedDealId', { nullable: true }),
  }),
});

export const LeadRef = recordRef(leadKind);

LeadRef.implement({
  description: 'Someone who may become a customer, qualified through a lead workflow.',
  fields: (t) => ({
    ...identityFields<Lead>(t),
    name: t.exposeString('name'),
    email: t.exposeString('email', { nullable: true }),
    company: t.exposeString('company', { nullable: true }),
    source: t.exposeString('source', { nullable: true, description: 'Where the lead came from.' }),
    score: t.exposeInt('score', { description: '0–100.' }),
    customFields: t.expose('customFields', { type: 'JSONObject' }),
    stage: stageField<Lead>(t, leadKind),
    converted: t.boolean({ resolve: (lead) => lead.convertedAt !== null }),
    convertedAt: t.expose('convertedAt', { type: 'DateTime', nullable: true }),
    convertedDeal: t.field({
      type: DealRef,
      nullable: true,
      resolve: (lead) => lead.convertedDealId,
    }),
    convertedPerson: t.field({
      type: PersonRef,
      nullable: true,
      resolve: (lead) => lead.convertedPersonId,
    }),
    convertedOrganization: t.field({
      type: OrganizationRef,
      nullable: true,
      resolve: (lead) => lead.convertedOrganizationId,
    }),
    lastContactedAt: t.expose('lastContactedAt', { type: 'DateTime', nullable: true }),
    ownerId: t.exposeID('ownerId', { nullable: true }),
    assigneeId: t.exposeID('assigneeId', { nullable: true }),
    ...auditFields<Lead>(t),
  }),
});

const LeadFilterRef = zodInput('LeadFilter', LeadFilter);

defineRecordApi(leadKind, LeadRef, {
  one: 'lead',
  many: 'leads',
  describeMany: "A workspace's leads by name, optionally filtered or matching a search.",
  listArgs: (t) => ({
    ...searchArgs(t, 'Matches name, email or company.', 'leads'),
    filter: t.arg({ type: LeadFilterRef }),
  }),
  toList: (args) => ({
    search: args.search as string | null | undefined,
    filter: args.filter as LeadFilter | null | undefined,
    customFields: args.customFields as CustomFieldFilter[] | null | undefined,
  }),
  dataField: 'lead',
  mutations: { createLead, updateLead, deleteLead },
});
const refusal = recordRefusal(leadKind);
defineMutations(
  LeadRef,
  'lead',
  { moveLeadToStep },
  { errors: [TransitionNotAllowedError], refusal },
);
defineMutations(
  LeadRef,
  'lead',
  { convertLead },
  { errors: [TransitionNotAllowedError, AlreadyConvertedError], refusal },
);
