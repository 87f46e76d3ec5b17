// GraphQL for leads: the type, its queries, its mutations (moves and conversion included) and the
// typed error of a second conversion.
import { z } from 'zod';
import { builder } from '../../graphql/builder.ts';
import { serviceContext } from '../../graphql/context.ts';
import { ErrorInterface } from '../../graphql/errors.ts';
import { defineMutations } from '../../graphql/mutations.ts';
import { TransitionNotAllowedError } from '../../wfm/errors.ts';
import { WorkflowPositionRef } from '../../wfm/schema.ts';
import { CustomFieldFilterRef } from '../custom-fields/schema.ts';
import { DealRef } from '../deals/schema.ts';
import { OrganizationRef } from '../organizations/schema.ts';
import { PersonRef } from '../people/schema.ts';
import { sortedConnection } from '../records/sorted-connection.ts';
import { AlreadyConvertedError } from './errors.ts';
import {
  ConvertLeadInput,
  CreateLeadInput,
  DeleteLeadInput,
  LeadFilter,
  MoveLeadToStepInput,
  UpdateLeadInput,
} from './inputs.ts';
import {
  convertLead,
  createLead,
  deleteLead,
  type Lead,
  leadCursor,
  listLeads,
  loadLeads,
  loadLeadStages,
  moveLeadToStep,
  updateLead,
} from './service.ts';

builder.objectType(AlreadyConvertedError, {
  name: 'AlreadyConvertedError',
  description: 'The lead was converted before; `convertedDealId` is what it became.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof AlreadyConvertedError,
  fields: (t) => ({
    convertedDealId: t.exposeID('convertedDealId', { nullable: true }),
  }),
});

export const LeadRef = builder.loadableObjectRef<Lead, string>('Lead', {
  load: (ids: string[], ctx) => loadLeads(serviceContext(ctx), ids),
  sort: (lead) => lead.id,
});

LeadRef.implement({
  description: 'Someone who may become a customer, qualified through a lead workflow.',
  fields: (t) => ({
    id: t.exposeID('id'),
    workspaceId: t.exposeID('workspaceId'),
    name: t.exposeString('name'),
    email: t.exposeString('email', { nullable: true }),
    company: t.exposeString('company', { nullable: true }),
    source: t.exposeString('source', { nullable: true, description: 'Where the lead came from.' }),
    score: t.exposeInt('score', { description: '0–100.' }),
    customFields: t.expose('customFields', { type: 'JSONObject' }),
    stage: t.loadable({
      type: WorkflowPositionRef,
      nullable: true,
      description: 'Where the lead stands in its workflow.',
      load: (ids: string[], ctx) => loadLeadStages(serviceContext(ctx), ids),
      sort: (project) => project.entityId,
      resolve: (lead) => lead.id,
    }),
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
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    createdBy: t.exposeID('createdBy'),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    updatedBy: t.exposeID('updatedBy'),
    deletedAt: t.expose('deletedAt', { type: 'DateTime', nullable: true }),
  }),
});

const LeadFilterRef = builder.inputType('LeadFilter', {
  description: 'Only leads matching all of the given fields.',
  fields: (t) => ({
    assigneeId: t.id(),
    stepId: t.id({ description: 'Leads currently at this workflow step.' }),
    converted: t.boolean({ description: 'true: converted leads only; false: the others.' }),
  }),
  validate: LeadFilter,
});

builder.queryField('lead', (t) =>
  t.field({
    type: LeadRef,
    nullable: true,
    description: 'A lead by id; null when it does not exist or is not yours to see.',
    args: { id: t.arg.id({ required: true, validate: z.uuid() }) },
    resolve: (_root, { id }) => String(id),
  }),
);

builder.queryField('leads', (t) =>
  t.connection({
    type: LeadRef,
    description: "A workspace's leads by name, optionally filtered or matching a search.",
    args: {
      workspaceId: t.arg.id({ required: true, validate: z.uuid() }),
      search: t.arg.string({
        description: 'Matches name, email or company.',
        validate: z.string().trim().min(1).max(100),
      }),
      filter: t.arg({ type: LeadFilterRef }),
      customFields: t.arg({
        type: [CustomFieldFilterRef],
        description: 'Only leads whose custom field values match all of these.',
      }),
    },
    resolve: (_root, args, ctx) =>
      sortedConnection(ctx, args, leadCursor, (scope, page) =>
        listLeads(scope, {
          workspaceId: String(args.workspaceId),
          search: args.search,
          filter: args.filter,
          customFields: args.customFields,
          ...page,
        }),
      ),
  }),
);

const CreateLeadInputRef = builder.inputType('CreateLeadInput', {
  fields: (t) => ({
    workspaceId: t.id({ required: true }),
    name: t.string({ required: true }),
    email: t.string(),
    company: t.string({ description: 'Becomes an organization when the lead is converted.' }),
    source: t.string({ description: 'Where the lead came from: web form, referral, …' }),
    score: t.int({ description: '0–100.' }),
    ownerId: t.id({ description: 'Defaults to you. Must be a workspace member.' }),
    assigneeId: t.id({ description: 'Must be a workspace member.' }),
    customFields: t.field({ type: 'JSONObject', description: 'Custom field values by key.' }),
    workflowId: t.id({ description: "A lead workflow; defaults to the workspace's first." }),
  }),
  validate: CreateLeadInput,
});
const UpdateLeadInputRef = builder.inputType('UpdateLeadInput', {
  description: 'Only the fields given change; null clears.',
  fields: (t) => ({
    id: t.id({ required: true }),
    name: t.string(),
    email: t.string(),
    company: t.string(),
    source: t.string(),
    score: t.int(),
    ownerId: t.id(),
    assigneeId: t.id(),
    customFields: t.field({ type: 'JSONObject', description: 'Replaces all custom field values.' }),
  }),
  validate: UpdateLeadInput,
});
const DeleteLeadInputRef = builder.inputType('DeleteLeadInput', {
  fields: (t) => ({ id: t.id({ required: true }) }),
  validate: DeleteLeadInput,
});
const MoveLeadToStepInputRef = builder.inputType('MoveLeadToStepInput', {
  fields: (t) => ({
    leadId: t.id({ required: true }),
    toStepId: t.id({ required: true, description: "A step of the lead's workflow version." }),
    reason: t.string({ description: 'Kept in the status history.' }),
  }),
  validate: MoveLeadToStepInput,
});
const ConvertLeadInputRef = builder.inputType('ConvertLeadInput', {
  fields: (t) => ({
    leadId: t.id({ required: true }),
    dealName: t.string({ description: "Defaults to the lead's company, or its name." }),
    amount: t.float({ description: "The deal's amount: at least 0, at most 2 decimals." }),
    currency: t.string({ description: 'ISO 4217; defaults to USD.' }),
    organizationId: t.id({
      description:
        "An existing organization for the deal, instead of one made from the lead's company.",
    }),
  }),
  validate: ConvertLeadInput,
});

defineMutations(LeadRef, 'lead', {
  createLead: [CreateLeadInputRef, createLead],
  updateLead: [UpdateLeadInputRef, updateLead],
  deleteLead: [DeleteLeadInputRef, deleteLead],
});
defineMutations(LeadRef, 'lead', { moveLeadToStep: [MoveLeadToStepInputRef, moveLeadToStep] }, [
  TransitionNotAllowedError,
]);
defineMutations(LeadRef, 'lead', { convertLead: [ConvertLeadInputRef, convertLead] }, [
  TransitionNotAllowedError,
  AlreadyConvertedError,
]);
