// DateTime inputs are RFC 3339 timestamps with an offset: one without is refused before any
// resolver runs, since the server cannot know which zone it meant.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createUser, type TestUser } from '../../test/helpers/factories.ts';
import { createTestApi } from '../../test/helpers/graphql.ts';
import { openTestDb } from '../../test/helpers/test-db.ts';
import type { Db } from '../db/port.ts';

const SNOOZE = /* GraphQL */ `
  mutation Snooze($input: GiveTipFeedbackInput!) {
    giveTipFeedback(input: $input) {
      __typename
    }
  }
`;

let db: Db;
let api: ReturnType<typeof createTestApi>;
let user: TestUser;

beforeAll(async () => {
  db = await openTestDb();
  api = createTestApi(db);
  user = await createUser(db);
});
afterAll(() => db.close());

/** Tomorrow at this time, as local wall-clock digits without an offset. */
const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 19);

const snoozeUntil = (value: string) =>
  api.raw(user, SNOOZE, {
    input: { tipId: randomUUID(), reaction: 'SNOOZE', snoozeUntil: value },
  });

it('refuses a DateTime without an offset, naming the scalar', async () => {
  const response = await snoozeUntil(tomorrow);
  expect(response.data).toBeUndefined();
  expect(response.errors?.map((e) => e.message)).toEqual([
    `Variable "$snoozeUntil" got invalid value "${tomorrow}"; Expected type DateTime.`,
  ]);
});

it('takes a DateTime with an offset to the operation', async () => {
  const response = await snoozeUntil(`${tomorrow}+02:00`);
  expect(response.errors).toBeUndefined();
  // The tip does not exist: the operation ran and answered its own typed error.
  expect(response.data?.giveTipFeedback).toEqual({ __typename: 'NotFoundError' });
});
