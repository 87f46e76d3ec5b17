// What the signed-in person does with the notifier: read and change their notification
// preferences and read their delivery log. Delivering is in in-app.ts and email.ts.
import type { Tx } from '../db/port.ts';
import type { ServiceContext } from '../db/service-context.ts';
import { parseInput } from '../errors/app-errors.ts';
import { defineOperation } from '../services/operation.ts';
import { DEFAULT_DELIVERIES_PAGE, ListDeliveriesInput, UpdatePreferencesInput } from './inputs.ts';
import * as sql from './sql.ts';

export type { Delivery, NotificationPreferences } from './sql.ts';

/** A person's preferences, the defaults when they never saved any (any transaction may ask). */
export async function preferencesOf(tx: Tx, userId: string): Promise<sql.NotificationPreferences> {
  return (await sql.selectPreferences(tx, userId)) ?? sql.DEFAULT_PREFERENCES;
}

export function notificationPreferences(ctx: ServiceContext): Promise<sql.NotificationPreferences> {
  return preferencesOf(ctx.tx, ctx.userId);
}

/** Changes what the input gives; bad input changes nothing. */
export const updateNotificationPreferences = defineOperation(UpdatePreferencesInput, (ctx, patch) =>
  sql.upsertPreferences(ctx.tx, ctx.userId, patch),
);

/** The person's delivery log, newest first. */
export async function notificationDeliveries(
  ctx: ServiceContext,
  args: { first?: number | null | undefined } = {},
): Promise<sql.Delivery[]> {
  const { first } = parseInput(ListDeliveriesInput, args, []);
  return sql.selectDeliveries(ctx.tx, ctx.userId, first ?? DEFAULT_DELIVERIES_PAGE);
}
