// GraphQL for activities: the type, its queries and its mutations.
import { builder } from '../../graphql/builder.ts';
import { bindZodSchema, zodInput } from '../../graphql/zod-input.ts';
import { OrderDirectionEnum } from '../deals/schema.ts';
import { defineRecordApi, recordRef } from '../records/record-schema.ts';
import { EntityTypeEnum } from '../../graphql/entity-type.ts';
import { ACTIVITY_KINDS, type ActivityKind, ActivityFilter, ActivityKindSchema } from './inputs.ts';
import { type Activity, activityKind } from './kind.ts';
import {
  completeActivity,
  createActivity,
  deleteActivity,
  reopenActivity,
  updateActivity,
} from './service.ts';
import { auditFields, identityFields } from '../records/record-fields.ts';

export const ActivityKindEnum = builder.enumType('ActivityKind', {
  values: Object.fromEntries(
    ACTIVITY_KINDS.map((kind) => [kind.toUpperCase(), { value: kind }]),
  ) as Record<Uppercase<ActivityKind>, { value: ActivityKind }>,
});

bindZodSchema(ActivityKindSchema, ActivityKindEnum);

export const ActivityRef = recordRef(activityKind);

ActivityRef.implement({
  description: 'A task, call, meeting, email or note, optionally assigned and linked to a record.',
  fields: (t) => ({
    ...identityFields<Activity>(t),
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
    ...auditFields<Activity>(t),
  }),
});

const ActivityOrderFieldEnum = builder.enumType('ActivityOrderField', {
  values: Object.keys(activityKind.listing!.orders),
});

const ActivityOrderRef = builder.inputType('ActivityOrder', {
  description: 'Activities without a due date come last in either direction.',
  fields: (t) => ({
    field: t.field({ type: ActivityOrderFieldEnum, required: true }),
    direction: t.field({ type: OrderDirectionEnum, defaultValue: 'ASC' }),
  }),
});

const ActivityFilterRef = zodInput('ActivityFilter', ActivityFilter);

defineRecordApi(activityKind, ActivityRef, {
  one: 'activity',
  many: 'activities',
  describeMany:
    "A workspace's activities, newest first unless ordered otherwise. My tasks, overdue " +
    'first: filter {assigneeId: me, done: false}, orderBy {field: DUE_AT, direction: ASC}.',
  listArgs: (t) => ({
    filter: t.arg({ type: ActivityFilterRef }),
    orderBy: t.arg({ type: ActivityOrderRef }),
  }),
  toList: (args) => ({
    filter: args.filter as ActivityFilter | null | undefined,
    order: args.orderBy as { field: string; direction: 'ASC' | 'DESC' } | null | undefined,
  }),
  dataField: 'activity',
  mutations: { createActivity, updateActivity, completeActivity, reopenActivity, deleteActivity },
});
