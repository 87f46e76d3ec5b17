// GraphQL for the notifier: the signed-in person's notification preferences and delivery log.
import { z } from 'zod';
import { builder } from '../graphql/builder.ts';
import { serviceContext } from '../graphql/context.ts';
import { defineMutations } from '../graphql/mutations.ts';
import {
  type Delivery,
  type NotificationPreferences,
  notificationDeliveries,
  notificationPreferences,
  updateNotificationPreferences,
} from './service.ts';

const NotificationPreferencesRef = builder
  .objectRef<NotificationPreferences>('NotificationPreferences')
  .implement({
    description: 'How you want to be notified, in every workspace. Private to you.',
    fields: (t) => ({
      timeZone: t.exposeString('timeZone', {
        description: 'IANA time zone quiet hours and the daily cap are counted in.',
      }),
      quietStart: t.exposeString('quietStart', {
        nullable: true,
        description: 'HH:MM local; no email goes out from then until quietEnd, it waits.',
      }),
      quietEnd: t.exposeString('quietEnd', { nullable: true }),
      inApp: t.exposeBoolean('inApp'),
      email: t.exposeBoolean('email'),
      dailyEmailCap: t.exposeInt('dailyEmailCap', {
        description: 'Emails a day at most (local day); beyond it they are not sent.',
      }),
      updatedAt: t.expose('updatedAt', {
        type: 'DateTime',
        nullable: true,
        description: 'Null until you first save: the defaults.',
      }),
    }),
  });

const NotificationChannelEnum = builder.enumType('NotificationChannel', {
  values: { IN_APP: { value: 'in_app' }, EMAIL: { value: 'email' } } as const,
});

const NotificationDeliveryStatusEnum = builder.enumType('NotificationDeliveryStatus', {
  values: {
    SENT: { value: 'sent' },
    SENDING: { value: 'sending' },
    FAILED: { value: 'failed' },
    DEFERRED: { value: 'deferred' },
    SUPPRESSED: { value: 'suppressed' },
  } as const,
});

const NotificationDeliveryRef = builder.objectRef<Delivery>('NotificationDelivery').implement({
  description: 'One notification on one channel, as delivered to you (or why not).',
  fields: (t) => ({
    id: t.exposeID('id'),
    workspaceId: t.exposeID('workspaceId'),
    channel: t.field({ type: NotificationChannelEnum, resolve: (d) => d.channel }),
    dedupeKey: t.exposeString('dedupeKey'),
    kind: t.exposeString('kind', { description: "What it is about, e.g. 'tip'." }),
    status: t.field({ type: NotificationDeliveryStatusEnum, resolve: (d) => d.status }),
    detail: t.exposeString('detail', {
      nullable: true,
      description: 'Why it was deferred, suppressed or failed.',
    }),
    attempt: t.exposeInt('attempt', { description: 'Sending attempts so far.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

builder.queryField('notificationPreferences', (t) =>
  t.field({
    type: NotificationPreferencesRef,
    resolve: (_root, _args, ctx) => notificationPreferences(serviceContext(ctx)),
  }),
);

builder.queryField('notificationDeliveries', (t) =>
  t.field({
    type: [NotificationDeliveryRef],
    description: 'Your notification delivery log, newest first.',
    args: { first: t.arg.int({ validate: z.int().min(1).max(100) }) },
    resolve: (_root, args, ctx) => notificationDeliveries(serviceContext(ctx), args),
  }),
);

defineMutations(NotificationPreferencesRef, 'preferences', { updateNotificationPreferences });
