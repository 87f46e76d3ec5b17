import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, type TestUser } from '../../test/helpers/factories.ts';
import { openTestDb } from '../../test/helpers/test-db.ts';
import type { Db } from '../db/port.ts';
import { ValidationError } from '../errors/app-errors.ts';
import { postgresError, SqlState } from '../errors/postgres-errors.ts';
import {
  type NotificationPreferences,
  notificationPreferences,
  updateNotificationPreferences,
} from './service.ts';

let db: Db;

beforeAll(async () => {
  db = await openTestDb();
});
afterAll(() => db.close());

function read(user: TestUser): Promise<NotificationPreferences> {
  return db.asUser(user.claims, (tx) => notificationPreferences({ tx, userId: user.id }));
}

/** The tests also send what this type refuses: the operation parses at run time. */
type PreferencesInput = Parameters<typeof updateNotificationPreferences>[1];

function update(user: TestUser, input: unknown): Promise<NotificationPreferences> {
  return db.asUser(user.claims, (tx) =>
    updateNotificationPreferences({ tx, userId: user.id }, input as PreferencesInput),
  );
}

const SAVED = {
  timeZone: 'Europe/Berlin',
  quietStart: '22:00',
  quietEnd: '07:30',
  inApp: false,
  email: true,
  dailyEmailCap: 3,
};

describe('notification preferences', () => {
  it('are the defaults until saved', async () => {
    const user = await createUser(db);

    expect(await read(user)).toEqual({
      timeZone: 'UTC',
      quietStart: null,
      quietEnd: null,
      inApp: true,
      email: true,
      dailyEmailCap: 5,
      updatedAt: null,
    });
  });

  it('round-trip: what is saved is read back, in a later transaction', async () => {
    const user = await createUser(db);

    const saved = await update(user, SAVED);

    expect(saved).toEqual({ ...SAVED, updatedAt: expect.any(Date) });
    expect(await read(user)).toEqual(saved);
  });

  it('change only what is given; null quiet hours clear them', async () => {
    const user = await createUser(db);
    await update(user, SAVED);

    await update(user, { dailyEmailCap: 0, email: false });
    expect(await read(user)).toMatchObject({ ...SAVED, dailyEmailCap: 0, email: false });

    await update(user, { quietStart: null, quietEnd: null });
    expect(await read(user)).toMatchObject({
      timeZone: 'Europe/Berlin',
      quietStart: null,
      quietEnd: null,
    });
  });

  it('a first save of some fields keeps the defaults for the others', async () => {
    const user = await createUser(db);

    expect(await update(user, { timeZone: 'America/New_York' })).toMatchObject({
      timeZone: 'America/New_York',
      quietStart: null,
      inApp: true,
      email: true,
      dailyEmailCap: 5,
    });
  });

  it.each([
    ['an unknown time zone', { timeZone: 'Mars/Olympus_Mons' }, 'timeZone'],
    ['an empty time zone', { timeZone: '' }, 'timeZone'],
    ['a start that is not HH:MM', { quietStart: '25:00', quietEnd: '07:00' }, 'quietStart'],
    ['an end that is not HH:MM', { quietStart: '22:00', quietEnd: '7am' }, 'quietEnd'],
    ['a start without an end', { quietStart: '22:00' }, 'quietEnd'],
    ['an end without a start', { quietEnd: '07:00' }, 'quietStart'],
    ['one end cleared, the other set', { quietStart: null, quietEnd: '07:00' }, 'quietStart'],
    ['clearing one end only', { quietEnd: null }, 'quietStart'],
    ['an empty window', { quietStart: '22:00', quietEnd: '22:00' }, 'quietEnd'],
    ['a cap over 100', { dailyEmailCap: 101 }, 'dailyEmailCap'],
    ['a negative cap', { dailyEmailCap: -1 }, 'dailyEmailCap'],
    ['a fractional cap', { dailyEmailCap: 2.5 }, 'dailyEmailCap'],
    ['a null channel', { email: null }, 'email'],
  ])('refuse %s naming the field, and change nothing', async (_case, bad, field) => {
    const user = await createUser(db);
    await update(user, SAVED);
    const before = await read(user);

    // The refused update and the read share one transaction: the service itself wrote nothing.
    const after = await db.asUser(user.claims, async (tx) => {
      const ctx = { tx, userId: user.id };
      const error = await updateNotificationPreferences(ctx, {
        inApp: true,
        ...bad,
      } as PreferencesInput).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).fieldErrors.map((f) => f.path)).toEqual([['input', field]]);
      return notificationPreferences(ctx);
    });

    expect(after).toEqual(before);
  });
});

describe("another person's preferences", () => {
  let alice: TestUser;
  let bob: TestUser;

  beforeAll(async () => {
    [alice, bob] = await Promise.all([createUser(db), createUser(db)]);
    await update(alice, SAVED);
  });

  it('are not what they read as their own', async () => {
    expect(await read(bob)).toMatchObject({ timeZone: 'UTC', updatedAt: null });
  });

  it('cannot be read, changed or created through SQL', async () => {
    const carol = await createUser(db);
    const seen = await db.asUser(bob.claims, (tx) =>
      tx.query('select * from notifier.preferences where user_id = $1', [alice.id]),
    );
    const changed = await db.asUser(bob.claims, (tx) =>
      tx.query('update notifier.preferences set email = false where user_id = $1 returning 1', [
        alice.id,
      ]),
    );
    const created = await db
      .asUser(bob.claims, (tx) =>
        tx.query('insert into notifier.preferences (user_id) values ($1)', [carol.id]),
      )
      .catch((e: unknown) => postgresError(e)?.code);

    expect(seen).toEqual([]);
    expect(changed).toEqual([]);
    expect(created).toBe(SqlState.InsufficientPrivilege);
    expect(await read(alice)).toMatchObject(SAVED);
    expect(await read(carol)).toMatchObject({ updatedAt: null });
  });
});
