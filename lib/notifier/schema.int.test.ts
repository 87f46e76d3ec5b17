// Registers the notifier's types before the API builds its schema, for as long as
// lib/graphql/schema.ts does not import them itself; keep this import first.
import './schema.ts';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, type TestUser } from '../../test/helpers/factories.ts';
import { createTestApi } from '../../test/helpers/graphql.ts';
import { openTestDb } from '../../test/helpers/test-db.ts';
import type { Db } from '../db/port.ts';
import { deliverInApp } from './in-app.ts';

let db: Db;
let api: ReturnType<typeof createTestApi>;
let alice: TestUser;

beforeAll(async () => {
  db = await openTestDb();
  api = createTestApi(db);
  alice = await createUser(db);
});
afterAll(() => db.close());

const PREFERENCES = 'timeZone quietStart quietEnd inApp email dailyEmailCap';
const UPDATE = `mutation($input: UpdateNotificationPreferencesInput!) {
  updateNotificationPreferences(input: $input) {
    __typename
    ... on UpdateNotificationPreferencesSuccess { preferences { ${PREFERENCES} } }
    ... on Error { code }
    ... on ValidationError { fieldErrors { path message } }
  }
}`;

describe('the notifier through GraphQL', () => {
  it('reads the defaults, saves preferences and reads them back', async () => {
    const before = await api.as(alice, `{ notificationPreferences { ${PREFERENCES} updatedAt } }`);
    const input = {
      timeZone: 'Europe/Berlin',
      quietStart: '22:00',
      quietEnd: '07:00',
      inApp: true,
      email: false,
      dailyEmailCap: 2,
    };
    const saved = await api.as(alice, UPDATE, { input });
    const after = await api.as(alice, `{ notificationPreferences { ${PREFERENCES} } }`);

    expect(before.notificationPreferences).toEqual({
      timeZone: 'UTC',
      quietStart: null,
      quietEnd: null,
      inApp: true,
      email: true,
      dailyEmailCap: 5,
      updatedAt: null,
    });
    expect(saved.updateNotificationPreferences).toEqual({
      __typename: 'UpdateNotificationPreferencesSuccess',
      preferences: input,
    });
    expect(after.notificationPreferences).toEqual(input);
  });

  it('answers bad input with a ValidationError naming the field', async () => {
    const { updateNotificationPreferences } = await api.as(alice, UPDATE, {
      input: { timeZone: 'Nowhere/Land' },
    });

    expect(updateNotificationPreferences).toMatchObject({
      __typename: 'ValidationError',
      code: 'VALIDATION_FAILED',
      fieldErrors: [{ path: ['input', 'timeZone'], message: expect.stringMatching(/time zone/) }],
    });
  });

  it("lists the caller's delivery log, newest first", async () => {
    const [workspace] = await db.asUser(alice.claims, (tx) =>
      tx.query<{ id: string }>('select id from workspaces.create_workspace($1, $2)', [
        'Notified',
        `ws-${randomUUID().slice(0, 8)}`,
      ]),
    );
    for (const dedupeKey of ['tip:first', 'tip:second']) {
      await deliverInApp(db, {
        workspaceId: workspace!.id,
        userId: alice.id,
        dedupeKey: `${dedupeKey}:${alice.id}`,
        kind: 'tip',
        title: 'A tip',
        body: 'Do the thing.',
      });
    }

    const { notificationDeliveries } = await api.as(
      alice,
      '{ notificationDeliveries(first: 1) { workspaceId channel dedupeKey kind status attempt } }',
    );

    expect(notificationDeliveries).toEqual([
      {
        workspaceId: workspace!.id,
        channel: 'IN_APP',
        dedupeKey: `tip:second:${alice.id}`,
        kind: 'tip',
        status: 'SENT',
        attempt: 1,
      },
    ]);
  });
});
