// SQL for notification preferences and the delivery log. Rows come back in camelCase.
import type { SqlParam, Tx } from '../db/port.ts';
import type { CheckedNotification } from './notification.ts';
import type { UpdatePreferencesValues } from './inputs.ts';

export type NotificationPreferences = {
  timeZone: string;
  /** 'HH:MM' in timeZone, or null with quietEnd: no quiet hours. */
  quietStart: string | null;
  quietEnd: string | null;
  inApp: boolean;
  email: boolean;
  dailyEmailCap: number;
  /** Null until the person first saves: these are the defaults. */
  updatedAt: Date | null;
};

/** What a person who never saved preferences gets; the table's column defaults say the same. */
export const DEFAULT_PREFERENCES: NotificationPreferences = {
  timeZone: 'UTC',
  quietStart: null,
  quietEnd: null,
  inApp: true,
  email: true,
  dailyEmailCap: 5,
  updatedAt: null,
};

const PREFERENCE_COLUMNS = `p.time_zone as "timeZone",
  to_char(p.quiet_start, 'HH24:MI') as "quietStart", to_char(p.quiet_end, 'HH24:MI') as "quietEnd",
  p.in_app as "inApp", p.email, p.daily_email_cap as "dailyEmailCap", p.updated_at as "updatedAt"`;

export async function selectPreferences(
  tx: Tx,
  userId: string,
): Promise<NotificationPreferences | undefined> {
  const [row] = await tx.query<NotificationPreferences>(
    `select ${PREFERENCE_COLUMNS} from notifier.preferences p where p.user_id = $1`,
    [userId],
  );
  return row;
}

/** Updatable fields and their columns; names in SQL come from here, never from input. */
const UPDATABLE: Record<keyof UpdatePreferencesValues, { column: string; cast: string }> = {
  timeZone: { column: 'time_zone', cast: 'text' },
  quietStart: { column: 'quiet_start', cast: 'time' },
  quietEnd: { column: 'quiet_end', cast: 'time' },
  inApp: { column: 'in_app', cast: 'boolean' },
  email: { column: 'email', cast: 'boolean' },
  dailyEmailCap: { column: 'daily_email_cap', cast: 'int' },
};

/** Creates the person's row with the defaults if missing, then changes what the patch gives. */
export async function upsertPreferences(
  tx: Tx,
  userId: string,
  patch: UpdatePreferencesValues,
): Promise<NotificationPreferences> {
  await tx.query(
    'insert into notifier.preferences (user_id) values ($1) on conflict (user_id) do nothing',
    [userId],
  );
  const changes = (Object.keys(UPDATABLE) as (keyof UpdatePreferencesValues)[])
    .filter((field) => patch[field] !== undefined)
    .map((field) => ({ ...UPDATABLE[field], value: patch[field] as SqlParam }));
  const sets = changes.map((c, i) => `${c.column} = $${i + 2}::${c.cast}`);
  sets.push('updated_at = now()');
  const [row] = await tx.query<NotificationPreferences>(
    `update notifier.preferences p set ${sets.join(', ')} where p.user_id = $1
     returning ${PREFERENCE_COLUMNS}`,
    [userId, ...changes.map((c) => c.value)],
  );
  return row!;
}

export type DeliveryChannel = 'in_app' | 'email';
export type DeliveryStatus = 'sent' | 'sending' | 'failed' | 'deferred' | 'suppressed';

export type Delivery = {
  id: string;
  workspaceId: string;
  userId: string;
  channel: DeliveryChannel;
  dedupeKey: string;
  kind: string;
  status: DeliveryStatus;
  detail: string | null;
  attempt: number;
  createdAt: Date;
  updatedAt: Date;
};

const DELIVERY_COLUMNS = `d.id, d.workspace_id as "workspaceId", d.user_id as "userId", d.channel,
  d.dedupe_key as "dedupeKey", d.kind, d.status, d.detail, d.attempt, d.created_at as "createdAt",
  d.updated_at as "updatedAt"`;

/** Records a delivery unless the notification already has one on the channel (then undefined). */
export async function insertDelivery(
  tx: Tx,
  n: CheckedNotification,
  d: { channel: DeliveryChannel; status: DeliveryStatus; detail: string | null; attempt: number },
): Promise<Delivery | undefined> {
  const [row] = await tx.query<Delivery>(
    `insert into notifier.deliveries as d
       (workspace_id, user_id, channel, dedupe_key, kind, status, detail, attempt)
     values ($1, $2, $3, $4, $5, $6, $7, $8)
     on conflict (channel, dedupe_key) do nothing
     returning ${DELIVERY_COLUMNS}`,
    [n.workspaceId, n.userId, d.channel, n.dedupeKey, n.kind, d.status, d.detail, d.attempt],
  );
  return row;
}

export async function selectDelivery(
  tx: Tx,
  channel: DeliveryChannel,
  dedupeKey: string,
): Promise<Delivery | undefined> {
  const [row] = await tx.query<Delivery>(
    `select ${DELIVERY_COLUMNS} from notifier.deliveries d
      where d.channel = $1 and d.dedupe_key = $2`,
    [channel, dedupeKey],
  );
  return row;
}

/** Email statuses a later plan or send may replace: the notification has not gone out. */
const OPEN_EMAIL_STATUSES = `('deferred', 'failed')`;

/** Records planEmail's decision (deferred or suppressed) unless the email is past deciding. */
export async function recordEmailDecision(
  tx: Tx,
  n: CheckedNotification,
  status: 'deferred' | 'suppressed',
  detail: string,
): Promise<void> {
  await tx.query(
    `insert into notifier.deliveries as d
       (workspace_id, user_id, channel, dedupe_key, kind, status, detail)
     values ($1, $2, 'email', $3, $4, $5, $6)
     on conflict (channel, dedupe_key) do update
       set status = excluded.status, detail = excluded.detail, updated_at = now()
       where d.status in ${OPEN_EMAIL_STATUSES}`,
    [n.workspaceId, n.userId, n.dedupeKey, n.kind, status, detail],
  );
}

/**
 * Claims the email for one sending attempt: 'sending', attempt + 1. Only an email not yet sent
 * or suppressed can be claimed, and one already 'sending' only once its lease has run out (the
 * sender crashed): two senders never hold it at once. Undefined when it could not be claimed.
 */
export async function claimEmail(
  tx: Tx,
  n: CheckedNotification,
  leaseSeconds: number,
): Promise<Delivery | undefined> {
  const [row] = await tx.query<Delivery>(
    `insert into notifier.deliveries as d
       (workspace_id, user_id, channel, dedupe_key, kind, status, attempt)
     values ($1, $2, 'email', $3, $4, 'sending', 1)
     on conflict (channel, dedupe_key) do update
       set status = 'sending', attempt = d.attempt + 1, detail = null, updated_at = now()
       where d.status in ${OPEN_EMAIL_STATUSES}
          or (d.status = 'sending' and d.updated_at < now() - make_interval(secs => $5))
     returning ${DELIVERY_COLUMNS}`,
    [n.workspaceId, n.userId, n.dedupeKey, n.kind, leaseSeconds],
  );
  return row;
}

/** Ends the attempt this sender claimed; once another attempt holds the row, it is theirs. */
export async function finishEmail(
  tx: Tx,
  claimed: Delivery,
  outcome: { status: 'sent' | 'failed' | 'suppressed'; detail: string | null },
): Promise<void> {
  await tx.query(
    `update notifier.deliveries set status = $3, detail = $4, updated_at = now()
      where id = $1 and attempt = $2 and status = 'sending'`,
    [claimed.id, claimed.attempt, outcome.status, outcome.detail],
  );
}

/** Emails sent, or being sent, to the person within [from, to). */
export async function countEmailsBetween(
  tx: Tx,
  userId: string,
  from: Date,
  to: Date,
): Promise<number> {
  const [row] = await tx.query<{ count: number }>(
    `select count(*)::int as count from notifier.deliveries
      where user_id = $1 and channel = 'email' and status in ('sent', 'sending')
        and updated_at >= $2::timestamptz and updated_at < $3::timestamptz`,
    [userId, from.toISOString(), to.toISOString()],
  );
  return row!.count;
}

/** The person's log, newest first; RLS shows people only their own rows anyway. */
export function selectDeliveries(tx: Tx, userId: string, limit: number): Promise<Delivery[]> {
  return tx.query<Delivery>(
    `select ${DELIVERY_COLUMNS} from notifier.deliveries d
      where d.user_id = $1 order by d.created_at desc, d.id desc limit $2`,
    [userId, limit],
  );
}
