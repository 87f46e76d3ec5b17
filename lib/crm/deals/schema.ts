// GraphQL for deals: the type, its queries and its mutations (moves through the sales workflow
// included).
import { z } from 'zod';
import { builder } from '../../graphql/builder.ts';
import { serviceContext } from '../../graphql/context.ts';
import { defineMutations } from '../../graphql/mutations.ts';
import { TransitionNotAllowedError } from '../../wfm/errors.ts';
import { WorkflowPositionRef } from '../../wfm/schema.ts';
import { CustomFieldFilterRef } from '../custom-fields/schema.ts';
import { OrganizationRef } from '../organizations/schema.ts';
import { PersonRef } from '../people/schema.ts';
import { sortedConnection } from '../records/sorted-connection.ts';
import {
  AssignDealInput,
  CreateDealInput,
  DealFilter,
  DeleteDealInput,
  MoveDealToStepInput,
  UpdateDealInput,
} from './inputs.ts';
import {
  assignDeal,
  createDeal,
  type Deal,
  dealCursor,
  type DealPerson,
  deleteDeal,
  listDeals,
  loadDealPeople,
  loadDealStages,
  loadDeals,
  moveDealToStep,
  updateDeal,
} from './service.ts';

export const DealRef = builder.loadableObjectRef<Deal, string>('Deal', {
  load: (ids: string[], ctx) => loadDeals(serviceContext(ctx), ids),
  sort: (deal) => deal.id,
});

DealRef.implement({
  description: 'An opportunity to sell, moving through a sales workflow.',
  fields: (t) => ({
    id: t.exposeID('id'),
    workspaceId: t.exposeID('workspaceId'),
    name: t.exposeString('name'),
    amount: t.exposeFloat('amount', { nullable: true, description: 'At most 2 decimals.' }),
    currency: t.exposeString('currency', { description: 'ISO 4217, e.g. USD.' }),
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
    stage: t.loadable({
      type: WorkflowPositionRef,
      nullable: true,
      description: 'Where the deal stands in its workflow.',
      load: (ids: string[], ctx) => loadDealStages(serviceContext(ctx), ids),
      sort: (project) => project.entityId,
      resolve: (deal) => deal.id,
    }),
    ownerId: t.exposeID('ownerId', { nullable: true }),
    assigneeId: t.exposeID('assigneeId', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    createdBy: t.exposeID('createdBy'),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    updatedBy: t.exposeID('updatedBy'),
    deletedAt: t.expose('deletedAt', { type: 'DateTime', nullable: true }),
  }),
});

const DealOrderFieldEnum = builder.enumType('DealOrderField', {
  values: ['NAME', 'AMOUNT', 'EXPECTED_CLOSE_DATE', 'UPDATED_AT', 'PROBABILITY'] as const,
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

const DealFilterRef = builder.inputType('DealFilter', {
  description: 'Only deals matching all of the given fields.',
  fields: (t) => ({
    organizationId: t.id(),
    assigneeId: t.id(),
    ownerId: t.id(),
    stepId: t.id({ description: 'Deals currently at this workflow step.' }),
    workflowId: t.id({ description: 'Deals tracked in this workflow.' }),
  }),
  validate: DealFilter,
});

builder.queryField('deal', (t) =>
  t.field({
    type: DealRef,
    nullable: true,
    description: 'A deal by id; null when it does not exist or is not yours to see.',
    args: { id: t.arg.id({ required: true, validate: z.uuid() }) },
    resolve: (_root, { id }) => String(id),
  }),
);

builder.queryField('deals', (t) =>
  t.connection({
    type: DealRef,
    description: "A workspace's deals, by name unless ordered otherwise, optionally filtered.",
    args: {
      workspaceId: t.arg.id({ required: true, validate: z.uuid() }),
      search: t.arg.string({
        description: "Matches the deal's name or its organization's.",
        validate: z.string().trim().min(1).max(100),
      }),
      filter: t.arg({ type: DealFilterRef }),
      customFields: t.arg({
        type: [CustomFieldFilterRef],
        description: 'Only deals whose custom field values match all of these.',
      }),
      orderBy: t.arg({ type: DealOrderRef }),
    },
    resolve: (_root, args, ctx) =>
      sortedConnection(ctx, args, dealCursor(args.orderBy), (scope, page) =>
        listDeals(scope, {
          workspaceId: String(args.workspaceId),
          search: args.search,
          filter: args.filter,
          customFields: args.customFields,
          orderBy: args.orderBy,
          ...page,
        }),
      ),
  }),
);

const CreateDealInputRef = builder.inputType('CreateDealInput', {
  fields: (t) => ({
    workspaceId: t.id({ required: true }),
    name: t.string({ required: true }),
    amount: t.float({ description: 'At least 0, at most 2 decimals.' }),
    currency: t.string({ description: 'ISO 4217; defaults to USD.' }),
    expectedCloseDate: t.string({ description: 'YYYY-MM-DD.' }),
    organizationId: t.id(),
    personIds: t.idList({ description: 'People of the workspace involved in the deal.' }),
    ownerId: t.id({ description: 'Defaults to you. Must be a workspace member.' }),
    assigneeId: t.id({ description: 'Must be a workspace member.' }),
    customFields: t.field({ type: 'JSONObject', description: 'Custom field values by key.' }),
    workflowId: t.id({ description: "A sales workflow; defaults to the workspace's first." }),
  }),
  validate: CreateDealInput,
});
const UpdateDealInputRef = builder.inputType('UpdateDealInput', {
  description: 'Only the fields given change; null clears. The assignee changes with assignDeal.',
  fields: (t) => ({
    id: t.id({ required: true }),
    name: t.string(),
    amount: t.float(),
    currency: t.string(),
    expectedCloseDate: t.string({ description: 'YYYY-MM-DD.' }),
    organizationId: t.id(),
    personIds: t.idList({ description: 'Replaces the deal’s people.' }),
    ownerId: t.id(),
    customFields: t.field({ type: 'JSONObject', description: 'Replaces all custom field values.' }),
  }),
  validate: UpdateDealInput,
});
const DeleteDealInputRef = builder.inputType('DeleteDealInput', {
  fields: (t) => ({ id: t.id({ required: true }) }),
  validate: DeleteDealInput,
});
const AssignDealInputRef = builder.inputType('AssignDealInput', {
  fields: (t) => ({
    dealId: t.id({ required: true }),
    assigneeId: t.id({ description: 'A workspace member; null unassigns. Required.' }),
  }),
  validate: AssignDealInput,
});
const MoveDealToStepInputRef = builder.inputType('MoveDealToStepInput', {
  fields: (t) => ({
    dealId: t.id({ required: true }),
    toStepId: t.id({ required: true, description: "A step of the deal's workflow version." }),
    reason: t.string({ description: 'Kept in the status history.' }),
  }),
  validate: MoveDealToStepInput,
});

defineMutations(DealRef, 'deal', {
  createDeal: [CreateDealInputRef, createDeal],
  updateDeal: [UpdateDealInputRef, updateDeal],
  deleteDeal: [DeleteDealInputRef, deleteDeal],
  assignDeal: [AssignDealInputRef, assignDeal],
});
defineMutations(DealRef, 'deal', { moveDealToStep: [MoveDealToStepInputRef, moveDealToStep] }, [
  TransitionNotAllowedError,
]);
