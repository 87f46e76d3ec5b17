// GraphQL for the workflow engine's core: workflow definitions, where an entity stands, which
// moves it may make now, and the typed error for a refused move. Entity modules add their own
// move mutations (moveDealToStep, …) on top of moveToStep.
import { z } from 'zod';
import { builder } from '../graphql/builder.ts';
import { serviceContext } from '../graphql/context.ts';
import { type EntityType, EntityTypeEnum } from '../graphql/entity-type.ts';
import { ErrorInterface } from '../graphql/errors.ts';
import { WorkspaceRoleEnum } from '../workspaces/schema.ts';
import * as definitions from './definitions.ts';
import { TransitionNotAllowedError, TransitionRefusal } from './errors.ts';
import { availableTransitions, type Project, type TransitionOption } from './service.ts';

export const StatusCategoryEnum = builder.enumType('StatusCategory', {
  description:
    'What reaching a status means: still open, won, lost, or done (for processes without a win).',
  values: {
    OPEN: { value: 'open' },
    WON: { value: 'won' },
    LOST: { value: 'lost' },
    DONE: { value: 'done' },
  } as const,
});

export const TransitionRefusalEnum = builder.enumType('TransitionRefusalReason', {
  values: Object.fromEntries(
    Object.values(TransitionRefusal).map((v) => [v, { value: v }]),
  ) as Record<TransitionRefusal, { value: TransitionRefusal }>,
});

builder.objectType(TransitionNotAllowedError, {
  name: 'TransitionNotAllowedError',
  description: 'The workflow does not allow this move now; `reason` says why.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof TransitionNotAllowedError,
  fields: (t) => ({
    reason: t.field({ type: TransitionRefusalEnum, resolve: (e) => e.reason }),
    missingFields: t.exposeStringList('missingFields'),
  }),
});

export const StatusRef = builder.loadableObjectRef<definitions.StatusRow, string>('Status', {
  load: (ids: string[], ctx) => definitions.loadStatuses(serviceContext(ctx), ids),
  sort: (s) => s.id,
});
StatusRef.implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    color: t.exposeString('color', { description: 'A #rrggbb color.' }),
    category: t.field({ type: StatusCategoryEnum, resolve: (s) => s.category }),
  }),
});

export const WorkflowStepRef = builder.loadableObjectRef<definitions.StepRow, string>(
  'WorkflowStep',
  {
    load: (ids: string[], ctx) => definitions.loadSteps(serviceContext(ctx), ids),
    sort: (s) => s.id,
  },
);
WorkflowStepRef.implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    versionId: t.exposeID('versionId'),
    key: t.exposeString('key', { description: 'Stable across versions of the workflow.' }),
    name: t.exposeString('name'),
    position: t.exposeInt('position'),
    defaultProbability: t.exposeFloat('defaultProbability', {
      description: 'Win probability in this step, 0–1.',
    }),
    expectedDwellDays: t.exposeFloat('expectedDwellDays', { nullable: true }),
    isInitial: t.exposeBoolean('isInitial'),
    isFinal: t.exposeBoolean('isFinal'),
    metadata: t.expose('metadata', { type: 'JSONObject' }),
    status: t.field({ type: StatusRef, resolve: (s) => s.statusId }),
  }),
});

export const WorkflowTransitionRef = builder
  .objectRef<definitions.TransitionRow>('WorkflowTransition')
  .implement({
    fields: (t) => ({
      id: t.exposeID('id'),
      fromStep: t.field({ type: WorkflowStepRef, resolve: (tr) => tr.fromStepId }),
      toStep: t.field({ type: WorkflowStepRef, resolve: (tr) => tr.toStepId }),
      requiredFields: t.exposeStringList('requiredFields', {
        description: 'Fields the entity must have (non-empty) to make this move.',
      }),
      allowedRoles: t.field({
        type: [WorkspaceRoleEnum],
        description: 'Roles that may make this move; empty means anyone who may edit the entity.',
        resolve: (tr) => tr.allowedRoles as 'owner'[],
      }),
    }),
  });

export const WorkflowVersionStateEnum = builder.enumType('WorkflowVersionState', {
  values: {
    DRAFT: { value: 'draft' },
    ACTIVE: { value: 'active' },
    ARCHIVED: { value: 'archived' },
  } as const,
});

export const WorkflowVersionRef = builder.loadableObjectRef<definitions.VersionRow, string>(
  'WorkflowVersion',
  {
    load: (ids: string[], ctx) => definitions.loadVersions(serviceContext(ctx), ids),
    sort: (v) => v.id,
  },
);
WorkflowVersionRef.implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    workflowId: t.exposeID('workflowId'),
    version: t.exposeInt('version'),
    state: t.field({ type: WorkflowVersionStateEnum, resolve: (v) => v.state }),
    publishedAt: t.expose('publishedAt', { type: 'DateTime', nullable: true }),
    steps: t.loadableGroup({
      type: WorkflowStepRef,
      load: (ids: string[], ctx) => definitions.loadStepsOfVersions(serviceContext(ctx), ids),
      // A loadable ref's shape includes its key; loaded groups are always rows.
      group: (s) => (s as definitions.StepRow).versionId,
      resolve: (v) => v.id,
    }),
    transitions: t.loadableGroup({
      type: WorkflowTransitionRef,
      load: (ids: string[], ctx) => definitions.loadTransitionsOfVersions(serviceContext(ctx), ids),
      group: (tr) => tr.versionId,
      resolve: (v) => v.id,
    }),
  }),
});

export const WorkflowRef = builder.loadableObjectRef<definitions.WorkflowRow, string>('Workflow', {
  load: (ids: string[], ctx) => definitions.loadWorkflows(serviceContext(ctx), ids),
  sort: (w) => w.id,
});
WorkflowRef.implement({
  description: 'A process (sales pipeline, lead qualification, support, …) for one entity type.',
  fields: (t) => ({
    id: t.exposeID('id'),
    workspaceId: t.exposeID('workspaceId'),
    name: t.exposeString('name'),
    entityType: t.field({
      type: EntityTypeEnum,
      description: 'What moves through it: DEAL, LEAD, TICKET, …',
      // Workflows are created from the default specs, whose entity types the enum lists.
      resolve: (w) => w.entityType as EntityType,
    }),
    projectTypeKey: t.exposeString('projectTypeKey'),
    projectTypeName: t.exposeString('projectTypeName'),
    versions: t.loadableGroup({
      type: WorkflowVersionRef,
      description: 'Newest first.',
      load: (ids: string[], ctx) => definitions.loadVersionsOfWorkflows(serviceContext(ctx), ids),
      group: (v) => (v as definitions.VersionRow).workflowId,
      resolve: (w) => w.id,
    }),
  }),
});

export const WorkflowPositionRef = builder.objectRef<Project>('WorkflowPosition').implement({
  description: 'Where an entity stands in its workflow.',
  fields: (t) => ({
    projectId: t.exposeID('id'),
    workflow: t.field({ type: WorkflowRef, resolve: (p) => p.workflowId }),
    version: t.field({ type: WorkflowVersionRef, resolve: (p) => p.versionId }),
    step: t.field({ type: WorkflowStepRef, resolve: (p) => p.currentStepId }),
    enteredStepAt: t.expose('enteredStepAt', { type: 'DateTime' }),
    daysInStep: t.float({
      resolve: (p) => Math.max(0, (Date.now() - new Date(p.enteredStepAt).getTime()) / 86_400_000),
    }),
  }),
});

const TransitionOptionRef = builder.objectRef<TransitionOption>('TransitionOption').implement({
  description: 'A step the entity could move to, and whether it may now.',
  fields: (t) => ({
    step: t.field({ type: WorkflowStepRef, resolve: (o) => o.stepId }),
    allowed: t.exposeBoolean('allowed'),
    reason: t.field({ type: TransitionRefusalEnum, nullable: true, resolve: (o) => o.reason }),
    message: t.exposeString('message', { nullable: true }),
    missingFields: t.exposeStringList('missingFields'),
  }),
});

builder.queryField('workflows', (t) =>
  t.field({
    type: [WorkflowRef],
    description: "A workspace's workflows, optionally for one entity type.",
    args: {
      workspaceId: t.arg.id({ required: true, validate: z.uuid() }),
      entityType: t.arg({ type: EntityTypeEnum }),
    },
    resolve: (_root, args, ctx) =>
      definitions.listWorkflows(serviceContext(ctx), {
        workspaceId: String(args.workspaceId),
        entityType: args.entityType,
      }),
  }),
);

builder.queryField('workflow', (t) =>
  t.field({
    type: WorkflowRef,
    nullable: true,
    args: { id: t.arg.id({ required: true, validate: z.uuid() }) },
    resolve: (_root, { id }) => String(id),
  }),
);

builder.queryField('availableTransitions', (t) =>
  t.field({
    type: [TransitionOptionRef],
    description: "Every other step of the entity's workflow version: allowed now, or why not.",
    args: {
      entityType: t.arg({ type: EntityTypeEnum, required: true }),
      entityId: t.arg.id({ required: true, validate: z.uuid() }),
    },
    resolve: (_root, args, ctx) =>
      availableTransitions(serviceContext(ctx), {
        entityType: args.entityType,
        entityId: String(args.entityId),
      }),
  }),
);
