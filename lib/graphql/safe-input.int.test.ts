// Input Postgres cannot store is refused at the boundary as a ValidationError naming the field
// (issue 19): NUL bytes in any string or JSON key, DateTimes outside the years 1–9999, JSON too
// deep or too big, and the system user's id where a user is meant. Each of these reached the
// database before and came back as a 500 or a masked "Unexpected error.".
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestUser } from '../../test/helpers/factories.ts';
import { createTestApi } from '../../test/helpers/graphql.ts';
import { openTestDb } from '../../test/helpers/test-db.ts';
import { createWorkspaceWithOwner } from '../../test/helpers/workspace.ts';
import type { Db } from '../db/port.ts';
import { SYSTEM_USER_ID } from '../db/port.ts';
import { JSON_LIMITS } from './scalars.ts';

const RESULT = `__typename ... on Error { code message } ... on ValidationError { fieldErrors { path message } }`;

const CREATE_DEAL = `mutation($input: CreateDealInput!) { createDeal(input: $input) { ${RESULT} } }`;
const CREATE_ORGANIZATION = `mutation($input: CreateOrganizationInput!) {
  createOrganization(input: $input) { ${RESULT} ... on CreateOrganizationSuccess { organization { id } } } }`;
const CREATE_NOTE = `mutation($input: CreateNoteInput!) { createNote(input: $input) { ${RESULT} } }`;
const CREATE_ACTIVITY = `mutation($input: CreateActivityInput!) { createActivity(input: $input) { ${RESULT} } }`;
const PROMOTE_POLICY = `mutation($input: PromotePolicyInput!) { promotePolicy(input: $input) { ${RESULT} } }`;
const GIVE_TIP_FEEDBACK = `mutation($input: GiveTipFeedbackInput!) { giveTipFeedback(input: $input) { ${RESULT} } }`;

let db: Db;
let api: ReturnType<typeof createTestApi>;
let owner: TestUser;
let workspaceId: string;
let organizationId: string;

beforeAll(async () => {
  db = await openTestDb();
  api = createTestApi(db);
  ({ owner, workspaceId } = await createWorkspaceWithOwner(db, api, 'Boundary'));
  const data = await api.as(owner, CREATE_ORGANIZATION, { input: { workspaceId, name: 'Acme' } });
  organizationId = data.createOrganization.organization.id;
});
afterAll(() => db.close());

async function mutate(query: string, input: Record<string, unknown>) {
  const response = await api.raw(owner, query, { input });
  expect(response.status).toBe(200);
  expect(response.errors).toBeUndefined();
  return Object.values(response.data)[0] as {
    __typename: string;
    code: string;
    fieldErrors: { path: string[]; message: string }[];
  };
}

function expectValidationErrorOn(result: Awaited<ReturnType<typeof mutate>>, path: string[]) {
  expect(result).toMatchObject({ __typename: 'ValidationError', code: 'VALIDATION_FAILED' });
  expect(result.fieldErrors.map((e) => e.path)).toContainEqual(path);
}

describe('NUL bytes', () => {
  it.each([
    ['createDeal', CREATE_DEAL, () => ({ workspaceId, name: 'Big\u0000deal' }), ['input', 'name']],
    [
      'createNote',
      CREATE_NOTE,
      () => ({ entityType: 'ORGANIZATION', entityId: organizationId, body: 'a\u0000b' }),
      ['input', 'body'],
    ],
    [
      'createActivity (a JSON value)',
      CREATE_ACTIVITY,
      () => ({ workspaceId, kind: 'CALL', title: 'Call', metadata: { note: 'a\u0000b' } }),
      ['input', 'metadata', 'note'],
    ],
    [
      'createOrganization (a JSON key)',
      CREATE_ORGANIZATION,
      () => ({ workspaceId, name: 'Acme', customFields: { 'k\u0000': 1 } }),
      ['input', 'customFields', 'k\u0000'],
    ],
    [
      'promotePolicy',
      PROMOTE_POLICY,
      () => ({ workspaceId, policy: 'LINUCB', reason: 'because\u0000' }),
      ['input', 'reason'],
    ],
    [
      'giveTipFeedback',
      GIVE_TIP_FEEDBACK,
      () => ({ tipId: randomUUID(), reaction: 'DISMISS', reason: 'meh\u0000' }),
      ['input', 'reason'],
    ],
  ])('%s answers a ValidationError naming the field', async (_, query, input, path) => {
    expectValidationErrorOn(await mutate(query, input()), path);
  });

  it.each([
    [
      'deals(search:)',
      'query($w: ID!) { deals(workspaceId: $w, search: "a\\u0000b") { __typename } }',
    ],
    [
      'automationRuns(filter.functionId:)',
      'query($w: ID!) { automationRuns(workspaceId: $w, filter: { functionId: "a\\u0000b" }) { __typename } }',
    ],
  ])('%s: a query answers VALIDATION_FAILED, not a 500', async (_, query) => {
    const response = await api.raw(owner, query, { w: workspaceId });
    expect(response.status).toBe(200);
    expect(response.errors).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/NUL/),
        extensions: { code: 'VALIDATION_FAILED' },
      }),
    ]);
  });
});

describe('DateTime range', () => {
  it.each(['0000-01-01T00:00:00Z', '+200000-01-01T00:00:00Z', '-271821-04-20T00:00:00Z'])(
    'refuses %s with VALIDATION_FAILED or as no DateTime at all',
    async (dueAt) => {
      const response = await api.raw(owner, CREATE_ACTIVITY, {
        input: { workspaceId, kind: 'CALL', title: 'Call', dueAt },
      });
      expect(response.status).toBeLessThan(500);
      expect(response.data ?? undefined).toBeUndefined();
      expect(response.errors?.[0]?.message).toMatch(/Expected type DateTime/);
      if (dueAt.startsWith('0000')) {
        expect(response.errors?.[0]).toMatchObject({
          message: expect.stringMatching(/between the years 1 and 9999/),
          extensions: { code: 'VALIDATION_FAILED' },
        });
      }
    },
  );

  it('takes the last moment of 9999', async () => {
    const result = await mutate(CREATE_ACTIVITY, {
      workspaceId,
      kind: 'CALL',
      title: 'Call',
      dueAt: '9999-12-31T23:59:59Z',
    });
    expect(result.__typename).toBe('CreateActivitySuccess');
  });
});

describe('JSON bounds', () => {
  async function createOrganizationWith(customFieldsText: string) {
    const response = await api.yoga.fetch('http://waymark.test/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await api.tokenFor(owner)}`,
      },
      body: `{"query": ${JSON.stringify(CREATE_ORGANIZATION)}, "variables": {"input": {"workspaceId": "${workspaceId}", "name": "Deep", "customFields": ${customFieldsText}}}}`,
    });
    return { status: response.status, body: await response.json() };
  }

  it(`refuses JSON nested 6,000 deep (the limit is ${JSON_LIMITS.maxDepth})`, async () => {
    const { status, body } = await createOrganizationWith(
      `${'{"a":'.repeat(6000)}1${'}'.repeat(6000)}`,
    );
    expect(status).toBeLessThan(500);
    expect(body.errors).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/nested deeper than 32 levels/),
        extensions: { code: 'VALIDATION_FAILED' },
      }),
    ]);
  });

  it(`refuses JSON over ${JSON_LIMITS.maxBytes / 1024} KB`, async () => {
    const { status, body } = await createOrganizationWith(
      JSON.stringify({ big: 'x'.repeat(JSON_LIMITS.maxBytes) }),
    );
    expect(status).toBeLessThan(500);
    expect(body.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/larger than 64 KB/),
      extensions: { code: 'VALIDATION_FAILED' },
    });
  });
});

describe('the system user', () => {
  it.each([
    [
      'createDeal',
      CREATE_DEAL,
      () => ({ workspaceId, name: 'Ghost deal', assigneeId: SYSTEM_USER_ID }),
    ],
    [
      'createActivity',
      CREATE_ACTIVITY,
      () => ({ workspaceId, kind: 'CALL', title: 'Ghost call', assigneeId: SYSTEM_USER_ID }),
    ],
  ])('%s: no assignee, a ValidationError on input.assigneeId', async (_, query, input) => {
    expectValidationErrorOn(await mutate(query, input()), ['input', 'assigneeId']);
  });
});
