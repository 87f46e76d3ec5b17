// GraphQL for activities: the type, its queries and its mutations.
import { z } from 'zod';
import { builder } from '../../graphql/builder.ts';
import { serviceContext } from '../../graphql/context.ts';
import { defineMutations } from '../../graphql/mutations.ts';
import { OrderDirectionEnum } from '../deals/schema.ts';
import { sortedConnection } from '../records/sorted-connection.ts';
import { EntityTypeEnum } from '../../graphql/entity-type.ts';
import {
  ACTIVITY_KINDS,
  type ActivityKind,
  ActivityIdInput,
  CreateActivityInput,
  UpdateActivityInput,
} from './inputs.ts';
import {
  type Activity,
  activityCursor,
  type ListedActivity,
  completeActivity,
  createActivity,
  deleteActivity,
  listActivities,
  loadActivities,
  reopenActivity,
  updateActivity,
} from './service.ts';

export const ActivityKindEnum = builder.enumType('ActivityKind', {
  values: Object.fromEntries(
    ACTIVITY_KINDS.map((kind) => [kind.toUpperCase(), { value: kind }]),
  ) as Record<Uppercase<ActivityKind>, { value: ActivityKind }>,
});

export const ActivityRef = builder.loadableObjectRef<Activity, string>('Activity', {
  load: (ids: string[], ctx) => loadActivities(serviceContext(ctx), ids),
  sort: (activity) => activity.id,
});

ActivityRef.implement({
  description: 'A task, call, meeting, email or note, optionally assigned and linked to a record.',
  fields: (t) => ({
    id: t.exposeID('id'),
    workspaceId: t.exposeID('workspaceId'),
    kind: t.field({ type: ActivityKindEnum, resolve: (a) => a.kind }),
    title: t.exposeString('title'),
    body: t.exposeString('body', { nullable: true }),
    dueAt: t.expose('dueAt', { type: 'DateTime', nullable: true }),
    doneAt: t.expose('doneAt', { type: 'DateTime', nullable: true }),
    done: t.boolean({ resolve: (a) => a.doneAt !== null }),
    overdue: t.boolean({
      description: 'Not done, and due before now.',
      resolve: (a) => a.doneAt === null && a.dueAt !== null && new Date(a.dueAt) < new Date(),
    }),
    assigneeId: t.exposeID('assigneeId', { nullable: true }),
    entityType: t.field({
      type: EntityTypeEnum,
      nullable: true,
      resolve: (a) => a.entityType,
    }),
    entityId: t.exposeID('entityId', { nullable: true }),
    isSystemActivity: t.exposeBoolean('isSystemActivity', {
      description: 'Created by an automation; metadata says which.',
    }),
    metadata: t.expose('metadata', { type: 'JSONObject' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    createdBy: t.exposeID('createdBy'),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    updatedBy: t.exposeID('updatedBy'),
    deletedAt: t.expose('deletedAt', { type: 'DateTime', nullable: true }),
  }),
});

const ActivityOrderFieldEnum = builder.enumType('ActivityOrderField', {
  values: ['DUE_AT', 'CREATED_AT'] as const,
});

const ActivityOrderRef = builder.inputType('ActivityOrder', {
  description: 'Activities without a due date come last in either direction.',
  fields: (t) => ({
    field: t.field({ type: ActivityOrderFieldEnum, required: true }),
    direction: t.field({ type: OrderDirectionEnum, defaultValue: 'ASC' }),
  }),
});

const ActivityFilterRef = builder.inputType('ActivityFilter', {
  description: 'Only activities matching all of the given fields.',
  fields: (t) => ({
    assigneeId: t.id(),
    entityType: t.field({ type: EntityTypeEnum, description: 'Give with entityId.' }),
    entityId: t.id(),
    kind: t.field({ type: ActivityKindEnum }),
    done: t.boolean(),
    overdue: t.boolean({ description: 'true: not done and due before now; false: the others.' }),
  }),
});

builder.queryField('activity', (t) =>
  t.field({
    type: ActivityRef,
    nullable: true,
    description: 'An activity by id; null when it does not exist or is not yours to see.',
    args: { id: t.arg.id({ required: true, validate: z.uuid() }) },
    resolve: (_root, { id }) => String(id),
  }),
);

builder.queryField('activities', (t) =>
  t.connection({
    type: ActivityRef,
    description:
      "A workspace's activities, newest first unless ordered otherwise. My tasks, overdue " +
      'first: filter {assigneeId: me, done: false}, orderBy {field: DUE_AT, direction: ASC}.',
    args: {
      workspaceId: t.arg.id({ required: true, validate: z.uuid() }),
      filter: t.arg({ type: ActivityFilterRef }),
      orderBy: t.arg({ type: ActivityOrderRef }),
    },
    resolve: (_root, args, ctx) =>
      sortedConnection<ListedActivity>(
        ctx,
        args,
        (row) => activityCursor(args.orderBy, row),
        (scope, page) =>
          listActivities(scope, {
            workspaceId: String(args.workspaceId),
            filter: args.filter,
            orderBy: args.orderBy,
            ...page,
          }),
      ),
  }),
);

const CreateActivityInputRef = builder.inputType('CreateActivityInput', {
  fields: (t) => ({
    workspaceId: t.id({ required: true }),
    kind: t.field({ type: ActivityKindEnum, required: true }),
    title: t.string({ required: true }),
    body: t.string(),
    dueAt: t.field({ type: 'DateTime' }),
    assigneeId: t.id({
      description: 'A workspace member. Tasks default to you; null leaves it unassigned.',
    }),
    entityType: t.field({ type: EntityTypeEnum, description: 'Give with entityId.' }),
    entityId: t.id({ description: 'A live record of this workspace.' }),
    metadata: t.field({ type: 'JSONObject' }),
  }),
  validate: CreateActivityInput,
});

const UpdateActivityInputRef = builder.inputType('UpdateActivityInput', {
  description: 'Only what is given changes; null clears.',
  fields: (t) => ({
    id: t.id({ required: true }),
    kind: t.field({ type: ActivityKindEnum }),
    title: t.string(),
    body: t.string(),
    dueAt: t.field({ type: 'DateTime' }),
    assigneeId: t.id(),
    entityType: t.field({
      type: EntityTypeEnum,
      description: 'Give with entityId to relink; both null unlinks.',
    }),
    entityId: t.id(),
    metadata: t.field({
      type: 'JSONObject',
      description: 'Replaces it; not for system activities.',
    }),
  }),
  validate: UpdateActivityInput,
});

const ActivityIdInputRef = (name: string) =>
  builder.inputType(name, {
    fields: (t) => ({ id: t.id({ required: true }) }),
    validate: ActivityIdInput,
  });

defineMutations(ActivityRef, 'activity', {
  createActivity: [CreateActivityInputRef, createActivity],
  updateActivity: [UpdateActivityInputRef, updateActivity],
  completeActivity: [ActivityIdInputRef('CompleteActivityInput'), completeActivity],
  reopenActivity: [ActivityIdInputRef('ReopenActivityInput'), reopenActivity],
  deleteActivity: [ActivityIdInputRef('DeleteActivityInput'), deleteActivity],
});
