// GraphQL for the timeline: one connection of items of three kinds, newest first.
import { z } from 'zod';
import { builder } from '../../graphql/builder.ts';
import { WorkflowStepRef } from '../../wfm/schema.ts';
import { ActivityRef } from '../activities/schema.ts';
import { NoteRef } from '../notes/schema.ts';
import { EntityTypeEnum } from '../../graphql/entity-type.ts';
import { connectionNames, keysetConnection } from '../../graphql/connections.ts';
import { ChannelEnum, ConversationRef, MessageDirectionEnum } from '../../conversations/schema.ts';
import {
  timeline,
  timelineCursor,
  type TimelineActivity,
  type TimelineItem,
  type TimelineMessage,
  type TimelineNote,
  type TimelineStatusChange,
} from './service.ts';

const TYPE_NAMES = {
  status_change: 'TimelineStatusChange',
  activity: 'TimelineActivity',
  note: 'TimelineNote',
  message: 'TimelineMessage',
} as const;

export const TimelineItemInterface = builder.interfaceRef<TimelineItem>('TimelineItem').implement({
  description: 'Something that happened to a record, by whom and when.',
  resolveType: (item) => TYPE_NAMES[item.type],
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The history entry’s, activity’s or note’s id.' }),
    at: t.expose('at', { type: 'DateTime' }),
    actorId: t.exposeID('actorId', { description: 'Who made the change or created the item.' }),
  }),
});

const StatusChangeKindEnum = builder.enumType('TimelineStatusChangeKind', {
  description: 'START: entered its workflow. MOVE: moved a step. MIGRATE: moved to a new version.',
  values: {
    START: { value: 'start' },
    MOVE: { value: 'move' },
    MIGRATE: { value: 'migrate' },
  } as const,
});

builder.objectRef<TimelineStatusChange>('TimelineStatusChange').implement({
  description: 'A move through the record’s workflow.',
  interfaces: [TimelineItemInterface],
  fields: (t) => ({
    kind: t.field({ type: StatusChangeKindEnum, resolve: (c) => c.kind }),
    fromStep: t.field({ type: WorkflowStepRef, nullable: true, resolve: (c) => c.fromStepId }),
    toStep: t.field({ type: WorkflowStepRef, resolve: (c) => c.toStepId }),
    reason: t.exposeString('reason', { nullable: true }),
  }),
});

builder.objectRef<TimelineActivity>('TimelineActivity').implement({
  interfaces: [TimelineItemInterface],
  fields: (t) => ({ activity: t.field({ type: ActivityRef, resolve: (i) => i.activity }) }),
});

builder.objectRef<TimelineNote>('TimelineNote').implement({
  interfaces: [TimelineItemInterface],
  fields: (t) => ({ note: t.field({ type: NoteRef, resolve: (i) => i.note }) }),
});

builder.objectRef<TimelineMessage>('TimelineMessage').implement({
  description: 'A message with the record’s contact, on any channel (the first 1000 characters).',
  interfaces: [TimelineItemInterface],
  fields: (t) => ({
    conversation: t.field({
      type: ConversationRef,
      nullable: true,
      resolve: (m) => m.conversationId,
    }),
    channel: t.field({ type: ChannelEnum, resolve: (m) => m.channel }),
    direction: t.field({ type: MessageDirectionEnum, resolve: (m) => m.direction }),
    senderHandle: t.exposeString('senderHandle'),
    senderName: t.exposeString('senderName', { nullable: true }),
    subject: t.exposeString('subject', { nullable: true }),
    text: t.exposeString('text'),
  }),
});

builder.queryField('timeline', (t) =>
  t.connection(
    {
      type: TimelineItemInterface,
      description:
        "A record's workflow moves, activities, notes and messages, newest first. Empty for a record " +
        'that does not exist or is not yours to see.',
      args: {
        entityType: t.arg({ type: EntityTypeEnum, required: true }),
        entityId: t.arg.id({ required: true, validate: z.uuid() }),
      },
      resolve: (_root, args, ctx) =>
        keysetConnection<TimelineItem>(ctx, args, timelineCursor, (scope, page) =>
          timeline(scope, {
            entityType: args.entityType,
            entityId: String(args.entityId),
            ...page,
          }),
        ),
    },
    ...connectionNames('TimelineItem', false),
  ),
);
