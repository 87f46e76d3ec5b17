// `tipAdded`: a user's new and resurfaced tips as they are delivered in-app, over SSE (or any
// transport Yoga serves subscriptions on). Each event is read back as the user, in its own short
// transaction: a subscription holds no transaction open while it waits.
import { filter, pipe } from 'graphql-yoga';
import { z } from 'zod';
import { builder } from '../graphql/builder.ts';
import type { InAppNotification } from '../notifier/in-app.ts';
import { subscribeToNotifications } from '../notifier/live-notifications.ts';
import { TipRef } from './schema.ts';
import { findTip } from './tips/service.ts';

builder.subscriptionField('tipAdded', (t) =>
  t.field({
    type: TipRef,
    description:
      'Your tips in this workspace as they are delivered (decided by an automation, or back from a snooze).',
    args: { workspaceId: t.arg.id({ required: true, validate: z.uuid() }) },
    subscribe: async (_root, args, ctx) =>
      pipe(
        await subscribeToNotifications(ctx.db, ctx.user.id),
        filter(
          (n: InAppNotification) => n.kind === 'tip' && n.workspaceId === String(args.workspaceId),
        ),
      ),
    resolve: async (notification: InAppNotification, _args, ctx) => {
      const { tipId } = notification.payload as { tipId: string };
      const tip = await ctx.db.asUser(ctx.claims, (tx) =>
        findTip({ tx, userId: ctx.user.id }, tipId),
      );
      if (!tip) throw new Error('The delivered tip is not readable by its user');
      return tip;
    },
  }),
);
