import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createUser, type TestUser } from '../../test/helpers/factories.ts';
import {
  FROM,
  SMTP_PASSWORD,
  type SmtpTestServer,
  startSmtpServer,
} from '../../test/helpers/smtp-server.ts';
import { openTestDb } from '../../test/helpers/test-db.ts';
import type { Db } from '../db/port.ts';
import { postgresError, SqlState } from '../errors/postgres-errors.ts';
import { EmailInFlightError, EmailSendError, planEmail, sendEmail } from './email.ts';
import { deliverInApp, type InAppNotification } from './in-app.ts';
import { subscribeToNotifications } from './live-notifications.ts';
import type { Notification } from './notification.ts';
import { notificationDeliveries, updateNotificationPreferences } from './service.ts';
import type { SmtpSettings } from './smtp.ts';
import { wallTimeAt } from './zoned-time.ts';

let db: Db;
let smtpServer: SmtpTestServer;
let alice: TestUser;
let aliceWorkspaceId: string;

async function createWorkspace(owner: TestUser): Promise<string> {
  const [row] = await db.asUser(owner.claims, (tx) =>
    tx.query<{ id: string }>('select id from workspaces.create_workspace($1, $2)', [
      'Notified',
      `ws-${randomUUID().slice(0, 8)}`,
    ]),
  );
  return row!.id;
}

/** A person in a workspace of their own, with these preferences. */
async function recipient(preferences: Record<string, unknown> = {}) {
  const user = await createUser(db);
  const workspaceId = await createWorkspace(user);
  await db.asUser(user.claims, (tx) =>
    updateNotificationPreferences({ tx, userId: user.id }, preferences),
  );
  return { user, workspaceId };
}

function tip(
  to: { user: TestUser; workspaceId: string },
  overrides: Partial<Notification> = {},
): Notification {
  return {
    workspaceId: to.workspaceId,
    userId: to.user.id,
    dedupeKey: `tip:${to.user.id}:${randomUUID()}`,
    kind: 'tip',
    title: 'Follow up with Acme',
    body: 'Acme has not heard from you in 30 days.',
    url: 'https://waymark.test/deals/42',
    payload: { dealId: 42 },
    ...overrides,
  };
}

function plan(
  notification: Notification,
  now = new Date(),
  smtp: SmtpSettings | undefined = smtpServer.smtp,
) {
  return db.asService((tx) => planEmail(tx, notification, now, smtp));
}

function deliverNow(notification: Notification) {
  return deliverInApp(db, notification);
}

/** The person's log entries for one notification, by channel. */
async function logOf(user: TestUser, dedupeKey: string) {
  const rows = await db.asUser(user.claims, (tx) =>
    notificationDeliveries({ tx, userId: user.id }, { first: 100 }),
  );
  return Object.fromEntries(
    rows.filter((r) => r.dedupeKey === dedupeKey).map((r) => [r.channel, r]),
  );
}

beforeAll(async () => {
  db = await openTestDb();
  smtpServer = await startSmtpServer();
  alice = await createUser(db);
  aliceWorkspaceId = await createWorkspace(alice);
});
afterAll(async () => {
  await smtpServer.close();
  await db.close();
});
afterEach(() => {
  smtpServer.received.length = 0;
});

describe('in-app delivery', () => {
  it('publishes to the person’s subscription once per dedupe key and logs it as sent', async () => {
    const subscription = (await subscribeToNotifications(db, alice.id))[Symbol.asyncIterator]();
    const first = subscription.next();
    const n = tip({ user: alice, workspaceId: aliceWorkspaceId });
    const other = tip({ user: alice, workspaceId: aliceWorkspaceId }, { title: 'Another tip' });

    expect(await deliverNow(n)).toBe(true);
    expect(await deliverNow(n)).toBe(false);
    const second = subscription.next();
    expect(await deliverNow(other)).toBe(true);

    expect((await first).value).toMatchObject({
      workspaceId: aliceWorkspaceId,
      userId: alice.id,
      dedupeKey: n.dedupeKey,
      kind: 'tip',
      title: 'Follow up with Acme',
      body: 'Acme has not heard from you in 30 days.',
      url: 'https://waymark.test/deals/42',
      payload: { dealId: 42 },
    } satisfies Partial<InAppNotification>);
    // The repeat was not published: the next notification is the other one.
    expect((await second).value).toMatchObject({ dedupeKey: other.dedupeKey });
    await subscription.return?.();
    expect(await logOf(alice, n.dedupeKey)).toEqual({
      in_app: expect.objectContaining({ status: 'sent', attempt: 1, kind: 'tip' }),
    });
  });

  it('is suppressed, and not published, when the person turned in-app off', async () => {
    const quiet = await recipient({ inApp: false });
    const subscription = (await subscribeToNotifications(db, quiet.user.id))[
      Symbol.asyncIterator
    ]();
    const next = subscription.next();
    const n = tip(quiet);

    expect(await deliverNow(n)).toBe(false);
    await db.asUser(quiet.user.claims, (tx) =>
      updateNotificationPreferences({ tx, userId: quiet.user.id }, { inApp: true }),
    );
    const later = tip(quiet);
    expect(await deliverNow(later)).toBe(true);

    expect((await next).value).toMatchObject({ dedupeKey: later.dedupeKey });
    await subscription.return?.();
    expect(await logOf(quiet.user, n.dedupeKey)).toEqual({
      in_app: expect.objectContaining({
        status: 'suppressed',
        detail: 'in-app notifications are off',
      }),
    });
  });

  it('is suppressed for someone not in the workspace', async () => {
    const outsider = await createUser(db);
    const n = tip({ user: outsider, workspaceId: aliceWorkspaceId });

    expect(await deliverNow(n)).toBe(false);
    expect((await logOf(outsider, n.dedupeKey)).in_app).toMatchObject({
      status: 'suppressed',
      detail: 'not a member of the workspace',
    });
  });
});

describe('email delivery', () => {
  it('sends to the person’s address through the SMTP server and logs it as sent', async () => {
    const n = tip({ user: alice, workspaceId: aliceWorkspaceId });

    expect(await plan(n)).toEqual({ action: 'send' });
    expect(await sendEmail(db, n, smtpServer.smtp)).toBe('sent');

    expect(smtpServer.received).toHaveLength(1);
    const [email] = smtpServer.received;
    expect(email!.mailFrom).toBe('no-reply@waymark.test');
    expect(email!.rcptTo).toEqual([alice.email]);
    expect(email!.headers).toMatchObject({
      from: FROM,
      to: alice.email,
      subject: 'Follow up with Acme',
      'auto-submitted': 'auto-generated',
      // Derived from the dedupe key, so a resend carries the same id.
      'message-id': expect.stringMatching(/^<[0-9a-f]{32}@waymark\.test>$/),
    });
    expect(email!.body).toContain('Acme has not heard from you in 30 days.');
    expect(email!.body).toContain('https://waymark.test/deals/42');
    expect((await logOf(alice, n.dedupeKey)).email).toMatchObject({ status: 'sent', attempt: 1 });
  });

  it('sends the same dedupe key once, however often it is planned and sent', async () => {
    const n = tip({ user: alice, workspaceId: aliceWorkspaceId });
    expect(await plan(n)).toEqual({ action: 'send' });
    expect(await sendEmail(db, n, smtpServer.smtp)).toBe('sent');

    expect(await plan(n)).toEqual({ action: 'skip', reason: 'already-sent' });
    expect(await sendEmail(db, n, smtpServer.smtp)).toBe('already-sent');

    expect(smtpServer.received).toHaveLength(1);
    expect((await logOf(alice, n.dedupeKey)).email).toMatchObject({ status: 'sent', attempt: 1 });
  });

  it('waits for quiet hours to end in the person’s time zone', async () => {
    const sleeper = await recipient({
      timeZone: 'America/New_York',
      quietStart: '21:00',
      quietEnd: '06:00',
    });
    const n = tip(sleeper);
    // 23:30 EST on 2026-01-15; quiet hours end at 06:00 EST, 11:00Z.
    const now = new Date('2026-01-16T04:30:00Z');

    const decision = await plan(n, now);

    expect(decision).toEqual({ action: 'defer', until: new Date('2026-01-16T11:00:00Z') });
    expect((await logOf(sleeper.user, n.dedupeKey)).email).toMatchObject({
      status: 'deferred',
      detail: 'quiet hours until 2026-01-16T11:00:00.000Z',
    });
    expect(smtpServer.received).toEqual([]);
    // Planned again when they are over, it goes out.
    expect(await plan(n, new Date('2026-01-16T11:00:00Z'))).toEqual({ action: 'send' });
  });

  it('suppresses emails beyond the daily cap of the person’s local day', async () => {
    const now = new Date();
    // A zone where it is not near midnight now, so the emails below all fall on one local day.
    const timeZone = ['UTC', 'Asia/Tokyo', 'America/New_York'].find((zone) => {
      const { hour } = wallTimeAt(now, zone);
      return hour >= 2 && hour <= 21;
    })!;
    const busy = await recipient({ timeZone, dailyEmailCap: 2 });
    for (const n of [tip(busy), tip(busy)]) {
      expect(await plan(n, now)).toEqual({ action: 'send' });
      expect(await sendEmail(db, n, smtpServer.smtp)).toBe('sent');
    }
    const third = tip(busy);

    expect(await plan(third, now)).toEqual({ action: 'skip', reason: 'daily-cap' });
    expect(await plan(third, now)).toEqual({ action: 'skip', reason: 'already-suppressed' });

    expect(smtpServer.received).toHaveLength(2);
    expect((await logOf(busy.user, third.dedupeKey)).email).toMatchObject({
      status: 'suppressed',
      detail: `daily cap of 2 emails reached in ${timeZone}`,
    });
    // Emails of the day before do not count.
    await db.asService((tx) =>
      tx.query(
        `update notifier.deliveries set updated_at = updated_at - interval '1 day' where user_id = $1`,
        [busy.user.id],
      ),
    );
    expect(await plan(tip(busy), now)).toEqual({ action: 'send' });
  });

  it.each([
    ['no SMTP server is configured', {}, undefined, 'no-smtp', 'no SMTP server is configured'],
    [
      'the person turned email off',
      { email: false },
      'configured',
      'email-off',
      'email notifications are off',
    ],
  ] as const)('is suppressed when %s', async (_case, prefs, smtp, reason, detail) => {
    const person = await recipient(prefs);
    const n = tip(person);

    const settings = smtp === 'configured' ? smtpServer.smtp : undefined;

    const decision = await db.asService((tx) => planEmail(tx, n, new Date(), settings));

    expect(decision).toEqual({ action: 'skip', reason });
    expect((await logOf(person.user, n.dedupeKey)).email).toMatchObject({
      status: 'suppressed',
      detail,
    });
  });
});

describe('an SMTP server that is down', () => {
  it('fails the send without blocking in-app; a retry once it is up sends exactly once', async () => {
    const down = await startSmtpServer();
    await down.close();
    const person = await recipient();
    const n = tip(person);

    expect(await deliverNow(n)).toBe(true);
    expect(await plan(n, new Date(), down.smtp)).toEqual({ action: 'send' });
    const failure = await sendEmail(db, n, down.smtp).catch((e: unknown) => e);

    expect(failure).toBeInstanceOf(EmailSendError);
    expect(String(failure)).not.toContain(SMTP_PASSWORD);
    const afterFailure = await logOf(person.user, n.dedupeKey);
    expect(afterFailure.email).toMatchObject({ status: 'failed', attempt: 1 });
    expect(afterFailure.email!.detail).toMatch(/ECONNREFUSED/);
    expect(afterFailure.email!.detail).not.toContain(SMTP_PASSWORD);
    expect(afterFailure.in_app).toMatchObject({ status: 'sent' });
    expect(await deliverNow(n)).toBe(false);

    const up = await startSmtpServer(down.port);
    try {
      expect(await sendEmail(db, n, down.smtp)).toBe('sent');
      expect(await sendEmail(db, n, down.smtp)).toBe('already-sent');
      expect(up.received).toHaveLength(1);
      expect(up.received[0]!.rcptTo).toEqual([person.user.email]);
    } finally {
      await up.close();
    }
    expect((await logOf(person.user, n.dedupeKey)).email).toMatchObject({
      status: 'sent',
      attempt: 2,
      detail: null,
    });
  });
});

describe('an email another attempt is sending', () => {
  it('is not sent twice at once, and is taken over once the sender’s lease runs out', async () => {
    const person = await recipient();
    const n = tip(person);
    // Another sender claimed it, as sendEmail does, and has not finished.
    await db.asService((tx) =>
      tx.query(
        `insert into notifier.deliveries (workspace_id, user_id, channel, dedupe_key, kind, status, attempt)
         values ($1, $2, 'email', $3, 'tip', 'sending', 1)`,
        [person.workspaceId, person.user.id, n.dedupeKey],
      ),
    );

    const refusal = await sendEmail(db, n, smtpServer.smtp).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(EmailInFlightError);
    expect(await plan(n)).toEqual({ action: 'skip', reason: 'sending' });
    expect(smtpServer.received).toEqual([]);

    // That sender crashed: after the lease its claim is stale and a retry takes over.
    await db.asService((tx) =>
      tx.query(
        `update notifier.deliveries set updated_at = now() - interval '1 hour' where dedupe_key = $1`,
        [n.dedupeKey],
      ),
    );
    expect(await sendEmail(db, n, smtpServer.smtp)).toBe('sent');
    expect(smtpServer.received).toHaveLength(1);
    expect((await logOf(person.user, n.dedupeKey)).email).toMatchObject({
      status: 'sent',
      attempt: 2,
    });
  });
});

describe('the delivery log', () => {
  it('lists the person’s own deliveries, newest first, as many as asked', async () => {
    const person = await recipient();
    const [older, newer] = [tip(person), tip(person)];
    await deliverNow(older);
    await deliverNow(newer);

    const log = await db.asUser(person.user.claims, (tx) =>
      notificationDeliveries({ tx, userId: person.user.id }, { first: 1 }),
    );

    expect(log.map((d) => d.dedupeKey)).toEqual([newer.dedupeKey]);
  });

  it('is private: another person reads none of it, through the service or SQL', async () => {
    const n = tip({ user: alice, workspaceId: aliceWorkspaceId });
    await deliverNow(n);
    const bob = (await recipient()).user;

    const bobsLog = await db.asUser(bob.claims, (tx) =>
      notificationDeliveries({ tx, userId: alice.id }, { first: 100 }),
    );
    const bobsSelect = await db.asUser(bob.claims, (tx) =>
      tx.query('select * from notifier.deliveries where user_id = $1', [alice.id]),
    );

    expect(bobsLog).toEqual([]);
    expect(bobsSelect).toEqual([]);
    expect(await logOf(alice, n.dedupeKey)).toHaveProperty('in_app');
  });

  it('cannot be written by people, not even their own entries', async () => {
    const n = tip({ user: alice, workspaceId: aliceWorkspaceId });
    await deliverNow(n);
    const attempt = (sql: string, params: string[]) =>
      db
        .asUser(alice.claims, (tx) => tx.query(sql, params))
        .then(
          () => 'allowed',
          (e: unknown) => postgresError(e)?.code,
        );

    expect(
      await attempt(
        `insert into notifier.deliveries (workspace_id, user_id, channel, dedupe_key, kind, status)
         values ($1, $2, 'email', $3, 'tip', 'sent')`,
        [aliceWorkspaceId, alice.id, `forged:${randomUUID()}`],
      ),
    ).toBe(SqlState.InsufficientPrivilege);
    expect(
      await attempt(`update notifier.deliveries set status = 'failed' where dedupe_key = $1`, [
        n.dedupeKey,
      ]),
    ).toBe(SqlState.InsufficientPrivilege);
    expect(
      await attempt(`delete from notifier.deliveries where dedupe_key = $1`, [n.dedupeKey]),
    ).toBe(SqlState.InsufficientPrivilege);
    expect((await logOf(alice, n.dedupeKey)).in_app).toMatchObject({ status: 'sent' });
  });
});
