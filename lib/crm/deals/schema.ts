// GraphQL for deals: the type, its queries and its mutations (moves through the sales workflow
// included).
import { builder } from '../../graphql/builder.ts';
import { serviceContext } from '../../graphql/context.ts';
import { MoneyRef } from '../../graphql/money.ts';
import { defineMutations } from '../../graphql/mutations.ts';
import { zodInput } from '../../graphql/zod-input.ts';
import { TransitionNotAllowedError } from '../../wfm/errors.ts';
import type { CustomFieldFilter } from '../custom-fields/filters.ts';
import { OrganizationRef } from '../organizations/schema.ts';
import { PersonRef } from '../people/schema.ts';
import { defineRecordApi, recordRef } from '../records/record-schema.ts';
import { recordRefusal } from '../records/refusal.ts';
import { searchArgs } from '../records/schema.ts';
import { DealFilter } from './inputs.ts';
import { type Deal, dealKind } from './kind.ts';
import {
  assignDeal,
  createDeal,
  type DealPerson,
  deleteDeal,
  loadDealPeople,
  moveDealToStep,
  updateDeal,
} from './service.ts';
import { auditFields, identityFields, stageField } from '../records/record-fields.ts';

export const DealRef = recordRef(dealKind);

DealRef.implement({
  description: 'An opportunity to sell, moving through a sales workflow.',
  fields: (t) => ({
    ...identityFields<Deal>(t),
    name: t.exposeString('name'),
    amount: t.field({
      type: MoneyRef,
      nullable: true,
      description: 'The value of the deal in its currency; null when it has none yet.',
      resolve: (deal) =>
        deal.amount === null ? null : { amount: deal.amount, currency: deal.currency },
    }),
    currency: t.exposeString('currency', {
      description: 'ISO 4217, e.g. USD: the currency of its amount, given or to be given.',
    }),
    expectedCloseDate: t.exposeString('expectedCloseDate', {
      nullable: true,
      description: 'YYYY-MM-DD.',
    }),
    probability: t.exposeFloat('probability', {
      description: "Win probability, 0–1: the current step's.",
    }),
    customFields: t.expose('customFields', { type: 'JSONObject' }),
    organizationId: t.exposeID('organizationId', { nullable: true }),
    organization: t.field({
      type: OrganizationRef,
      nullable: true,
      resolve: (deal) => deal.organizationId,
    }),
    people: t.loadableGroup({
      type: PersonRef,
      description: 'The people involved, by name.',
      load: (ids: string[], ctx) => loadDealPeople(serviceContext(ctx), ids),
      // A loadable ref's shape includes its key; loaded groups are always rows.
      group: (person) => (person as DealPerson).dealId,
      resolve: (deal) => deal.id,
    }),
    stage: stageField<Deal>(t, dealKind),
    ownerId: t.exposeID('ownerId', { nullable: true }),
    assigneeId: t.exposeID('assigneeId', { nullable: true }),
    ...auditFields<Deal>(t),
  }),
});

const DealOrderFieldEnum = builder.enumType('DealOrderField', {
  values: Object.keys(dealKind.listing!.orders),
});

export const OrderDirectionEnum = builder.enumType('OrderDirection', {
  values: ['ASC', 'DESC'] as const,
});

const DealOrderRef = builder.inputType('DealOrder', {
  description: 'Deals without an amount or close date come last in either direction.',
  fields: (t) => ({
    field: t.field({ type: DealOrderFieldEnum, required: true }),
    direction: t.field({ type: OrderDirectionEnum, defaultValue: 'ASC' }),
  }),
});

const DealFilterRef = zodInput('DealFilter', DealFilter);

defineRecordApi(dealKind, DealRef, {
  one: 'deal',
  many: 'deals',
  describeMany: "A workspace's deals, by name unless ordered otherwise, optionally filtered.",
  listArgs: (t) => ({
    ...searchArgs(t, "Matches the deal's name or its organization's.", 'deals'),
    filter: t.arg({ type: DealFilterRef }),
    orderBy: t.arg({ type: DealOrderRef }),
  }),
  toList: (args) => ({
    search: args.search as string | null | undefined,
    filter: args.filter as DealFilter | null | undefined,
    customFields: args.customFields as CustomFieldFilter[] | null | undefined,
    order: args.orderBy as { field: string; direction: 'ASC' | 'DESC' } | null | undefined,
  }),
  dataField: 'deal',
  mutations: { createDeal, updateDeal, deleteDeal, assignDeal },
});
defineMutations(
  DealRef,
  'deal',
  { moveDealToStep },
  { errors: [TransitionNotAllowedError], refusal: recordRefusal(dealKind) },
);
