import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestUser } from '../../../test/helpers/factories.ts';
import { createTestApi } from '../../../test/helpers/graphql.ts';
import { openTestDb } from '../../../test/helpers/test-db.ts';
import { createWorkspaceWithOwner } from '../../../test/helpers/workspace.ts';
import type { Db } from '../../db/port.ts';

let db: Db;
let api: ReturnType<typeof createTestApi>;

beforeAll(async () => {
  db = await openTestDb();
  api = createTestApi(db);
});
afterAll(() => db.close());

const DEAL_FIELDS = `id workspaceId name amount { amount currency } currency expectedCloseDate probability customFields
  organizationId ownerId assigneeId createdBy deletedAt
  organization { name } people { name }
  stage { step { key name status { name category } } workflow { name } }`;
const RESULT = (name: string, success: string, extra = '') => `
  ${name}(input: $input) {
    __typename
    ... on ${success} { deal { ${DEAL_FIELDS} } }
    ... on Error { message code }
    ... on ValidationError { fieldErrors { path message } }
    ... on NotFoundError { entity }
    ${extra}
  }`;
const CREATE = `mutation($input: CreateDealInput!) { ${RESULT('createDeal', 'CreateDealSuccess')} }`;
const UPDATE = `mutation($input: UpdateDealInput!) { ${RESULT('updateDeal', 'UpdateDealSuccess')} }`;
const DELETE = `mutation($input: DeleteDealInput!) { ${RESULT('deleteDeal', 'DeleteDealSuccess')} }`;
const ASSIGN = `mutation($input: AssignDealInput!) { ${RESULT('assignDeal', 'AssignDealSuccess')} }`;
const MOVE = `mutation($input: MoveDealToStepInput!) {
  ${RESULT('moveDealToStep', 'MoveDealToStepSuccess', '... on TransitionNotAllowedError { reason missingFields }')}
}`;
const DEAL = `query($id: ID!) { deal(id: $id) { ${DEAL_FIELDS} } }`;
const LIST = `query($ws: ID!, $first: Int, $after: String, $last: Int, $before: String,
                    $search: String, $filter: DealFilter, $orderBy: DealOrder) {
  deals(workspaceId: $ws, first: $first, after: $after, last: $last, before: $before,
        search: $search, filter: $filter, orderBy: $orderBy) {
    edges { cursor node { name } }
    pageInfo { hasNextPage hasPreviousPage }
  }
}`;

type Steps = Record<string, string>;

/** The step ids of the workspace's workflow for an entity type, by step key. */
async function stepsOf(
  user: TestUser,
  workspaceId: string,
  entityType: 'DEAL' | 'LEAD',
): Promise<Steps> {
  const data = await api.as(
    user,
    `query($ws: ID!, $type: EntityType) {
      workflows(workspaceId: $ws, entityType: $type) { versions { state steps { id key } } }
    }`,
    { ws: workspaceId, type: entityType },
  );
  const active = data.workflows[0].versions.find((v: { state: string }) => v.state === 'ACTIVE');
  return Object.fromEntries(active.steps.map((s: { id: string; key: string }) => [s.key, s.id]));
}

async function workspace() {
  const ws = await createWorkspaceWithOwner(db, api);
  return { ...ws, steps: await stepsOf(ws.owner, ws.workspaceId, 'DEAL') };
}

async function createOrg(user: TestUser, workspaceId: string, name: string): Promise<string> {
  const data = await api.as(
    user,
    `mutation($input: CreateOrganizationInput!) {
      createOrganization(input: $input) { ... on CreateOrganizationSuccess { organization { id } } }
    }`,
    { input: { workspaceId, name } },
  );
  return data.createOrganization.organization.id;
}

async function createPerson(user: TestUser, workspaceId: string, name: string): Promise<string> {
  const data = await api.as(
    user,
    `mutation($input: CreatePersonInput!) {
      createPerson(input: $input) { ... on CreatePersonSuccess { person { id } } }
    }`,
    { input: { workspaceId, name } },
  );
  return data.createPerson.person.id;
}

async function defineCustomField(user: TestUser, workspaceId: string, key: string, type: string) {
  const data = await api.as(
    user,
    `mutation($input: CreateCustomFieldDefinitionInput!) {
      createCustomFieldDefinition(input: $input) { __typename }
    }`,
    { input: { workspaceId, entityType: 'DEAL', key, label: key, type } },
  );
  expect(data.createCustomFieldDefinition.__typename).toBe('CreateCustomFieldDefinitionSuccess');
}

async function createDeal(user: TestUser, input: Record<string, unknown>) {
  const data = await api.as(user, CREATE, { input });
  if (data.createDeal.__typename !== 'CreateDealSuccess')
    throw new Error(`createDeal failed: ${JSON.stringify(data.createDeal)}`);
  return data.createDeal.deal;
}

async function move(user: TestUser, dealId: string, toStepId: string, reason?: string) {
  return (await api.as(user, MOVE, { input: { dealId, toStepId, reason } })).moveDealToStep;
}

/** What the database holds about a deal's workflow: its history and queued events. */
async function trail(dealId: string) {
  return db.asService(async (tx) => ({
    history: await tx.query<Record<string, unknown>>(
      `select h.kind, f.key as "from", t.key as "to", h.reason, h.actor_id as "actorId"
         from wfm.status_history h
         left join wfm.workflow_steps f on f.id = h.from_step_id
         join wfm.workflow_steps t on t.id = h.to_step_id
        where h.entity_id = $1 order by h.at, h.kind desc`,
      [dealId],
    ),
    events: (
      await tx.query<{ name: string; data: Record<string, unknown> }>(
        `select name, data from automation.outbox
          where data ->> 'dealId' = $1 or data ->> 'entityId' = $1 order by created_at, name`,
        [dealId],
      )
    ).map((e) => ({ name: e.name, kind: e.data.kind, to: e.data.toStepKey })),
    row: (
      await tx.query(
        'select probability::float8 as probability, updated_at from crm.deals where id = $1',
        [dealId],
      )
    )[0],
  }));
}

async function countDealRows(workspaceId: string) {
  const [row] = await db.asService((tx) =>
    tx.query<{ deals: number; links: number; projects: number; events: number }>(
      `select (select count(*)::int from crm.deals where workspace_id = $1) as deals,
              (select count(*)::int from crm.deal_people where workspace_id = $1) as links,
              (select count(*)::int from wfm.projects where workspace_id = $1 and entity_type = 'deal') as projects,
              (select count(*)::int from automation.outbox where workspace_id = $1 and name like 'crm/deal.%') as events`,
      [workspaceId],
    ),
  );
  return row;
}

describe('creating a deal', () => {
  it('puts it at the first step of the sales pipeline with its organization and people, owned by its creator', async () => {
    const { owner, workspaceId, addMember } = await workspace();
    const member = await addMember('MEMBER');
    await defineCustomField(owner, workspaceId, 'source', 'TEXT');
    const orgId = await createOrg(owner, workspaceId, 'Globex');
    const people = [
      await createPerson(owner, workspaceId, 'Hank'),
      await createPerson(owner, workspaceId, 'Frank'),
    ];
    const deal = await createDeal(owner, {
      workspaceId,
      name: '  Globex renewal ',
      amount: '12500.5',
      currency: 'EUR',
      expectedCloseDate: '2027-03-31',
      organizationId: orgId,
      personIds: [...people, people[0]],
      assigneeId: member.id,
      customFields: { source: 'referral' },
    });

    expect(deal).toMatchObject({
      workspaceId,
      name: 'Globex renewal',
      amount: { amount: '12500.50', currency: 'EUR' },
      currency: 'EUR',
      expectedCloseDate: '2027-03-31',
      probability: 0.1,
      customFields: { source: 'referral' },
      ownerId: owner.id,
      assigneeId: member.id,
      createdBy: owner.id,
      organization: { name: 'Globex' },
      people: [{ name: 'Frank' }, { name: 'Hank' }],
      stage: {
        step: { key: 'qualification', status: { category: 'OPEN' } },
        workflow: { name: 'Sales pipeline' },
      },
    });
    const { history, events } = await trail(deal.id);
    expect(history).toEqual([
      { kind: 'start', from: null, to: 'qualification', reason: null, actorId: owner.id },
    ]);
    expect(events.map((e) => e.name).sort()).toEqual([
      'crm/deal.assigned',
      'crm/deal.created',
      'crm/deal.stage-changed',
      'wfm/status.changed',
    ]);
  });

  it('defaults the currency to USD and leaves amount and close date empty', async () => {
    const { owner, workspaceId } = await workspace();
    const deal = await createDeal(owner, { workspaceId, name: 'Bare' });
    expect(deal).toMatchObject({
      amount: null,
      currency: 'USD',
      expectedCloseDate: null,
      organization: null,
      people: [],
    });
  });

  it('refuses malformed money and dates field by field, writing nothing', async () => {
    const { owner, workspaceId } = await workspace();
    const data = await api.as(owner, CREATE, {
      input: {
        workspaceId,
        name: '',
        amount: '-5',
        currency: 'usd',
        expectedCloseDate: '2027-02-30',
      },
    });
    expect(data.createDeal.__typename).toBe('ValidationError');
    expect(
      data.createDeal.fieldErrors.map((e: { path: string[] }) => e.path.join('.')).sort(),
    ).toEqual(['input.amount', 'input.currency', 'input.expectedCloseDate', 'input.name']);
    expect(await countDealRows(workspaceId)).toEqual({
      deals: 0,
      links: 0,
      projects: 0,
      events: 0,
    });
  });

  it('keeps the largest amount numeric(14, 2) holds to the cent, as a decimal string', async () => {
    const { owner, workspaceId } = await workspace();
    const deal = await createDeal(owner, { workspaceId, name: 'Huge', amount: '999999999999.99' });
    expect(deal.amount).toEqual({ amount: '999999999999.99', currency: 'USD' });
  });

  it.each([
    ['-5', 'must not be negative'],
    ['10.125', 'has more than 2 decimals'],
    ['1000000000000', 'is too large (at most 999999999999.99)'],
  ])('refuses the amount %s (%s) on create and on update', async (amount, message) => {
    const { owner, workspaceId } = await workspace();
    const created = await api.as(owner, CREATE, { input: { workspaceId, name: 'Bad', amount } });
    expect(created.createDeal.fieldErrors).toEqual([{ path: ['input', 'amount'], message }]);
    expect(await countDealRows(workspaceId)).toMatchObject({ deals: 0 });

    const deal = await createDeal(owner, { workspaceId, name: 'Priced', amount: '10.00' });
    const updated = await api.as(owner, UPDATE, { input: { id: deal.id, amount } });
    expect(updated.updateDeal.fieldErrors).toEqual([{ path: ['input', 'amount'], message }]);
    const data = await api.as(owner, DEAL, { id: deal.id });
    expect(data.deal.amount).toEqual({ amount: '10.00', currency: 'USD' });
  });

  it('refuses an amount sent as a JSON number: money travels as a decimal string', async () => {
    const { owner, workspaceId } = await workspace();
    const result = await api.raw(owner, CREATE, {
      input: { workspaceId, name: 'Float', amount: 12.5 },
    });
    expect(result.errors?.[0]?.message).toMatch(/invalid value 12.5; Expected type Decimal/);
    expect(await countDealRows(workspaceId)).toMatchObject({ deals: 0 });
  });

  it('checks custom field values against the workspace’s definitions, writing nothing when one is wrong', async () => {
    const { owner, workspaceId } = await workspace();
    await defineCustomField(owner, workspaceId, 'seats', 'NUMBER');

    const data = await api.as(owner, CREATE, {
      input: { workspaceId, name: 'Typed', customFields: { seats: 'many' } },
    });

    expect(data.createDeal).toMatchObject({
      __typename: 'ValidationError',
      fieldErrors: [{ path: ['input', 'customFields', 'seats'] }],
    });
    expect(await countDealRows(workspaceId)).toEqual({
      deals: 0,
      links: 0,
      projects: 0,
      events: 0,
    });
  });

  it.each([
    ['an assignee who is not a member', 'assigneeId', 'is not a member of this workspace'],
    ['an owner who is not a user at all', 'ownerId', 'is not a member of this workspace'],
    [
      "another workspace's organization",
      'organizationId',
      'is not an organization of this workspace',
    ],
    ['a deleted organization', 'organizationId', 'is not an organization of this workspace'],
    ["another workspace's person", 'personIds.1', 'is not a person of this workspace'],
    ['a lead workflow', 'workflowId', 'is not an active deal workflow of this workspace'],
  ])('refuses %s, naming the field, and writes nothing', async (_case, field, message) => {
    const { owner, workspaceId } = await workspace();
    const other = await workspace();
    const person = await createPerson(owner, workspaceId, 'Local');
    const input: Record<string, unknown> = { workspaceId, name: 'Refused', personIds: [person] };
    if (field === 'assigneeId') input.assigneeId = other.owner.id;
    if (field === 'ownerId') input.ownerId = '7d0f4c52-6a36-4c39-9d2d-3f3c0b8e6f10';
    if (_case.startsWith('another') && field === 'organizationId')
      input.organizationId = await createOrg(other.owner, other.workspaceId, 'Elsewhere');
    if (_case.startsWith('a deleted')) {
      const orgId = await createOrg(owner, workspaceId, 'Gone');
      await api.as(
        owner,
        'mutation($id: ID!) { deleteOrganization(input: {id: $id}) { __typename } }',
        {
          id: orgId,
        },
      );
      input.organizationId = orgId;
    }
    if (field === 'personIds.1')
      input.personIds = [person, await createPerson(other.owner, other.workspaceId, 'Away')];
    if (field === 'workflowId') {
      const data = await api.as(
        owner,
        'query($ws: ID!) { workflows(workspaceId: $ws, entityType: LEAD) { id } }',
        { ws: workspaceId },
      );
      input.workflowId = data.workflows[0].id;
    }

    const data = await api.as(owner, CREATE, { input });

    expect(data.createDeal).toMatchObject({
      __typename: 'ValidationError',
      fieldErrors: [{ path: ['input', ...field.split('.')], message }],
    });
    expect(await countDealRows(workspaceId)).toEqual({
      deals: 0,
      links: 0,
      projects: 0,
      events: 0,
    });
  });

  it('is refused to a viewer (ForbiddenError) and to a stranger (NotFoundError on the workspace)', async () => {
    const { workspaceId, addMember } = await workspace();
    const viewer = await addMember('VIEWER');
    const stranger = await workspace();
    const asViewer = await api.as(viewer, CREATE, { input: { workspaceId, name: 'Nope' } });
    const asStranger = await api.as(stranger.owner, CREATE, {
      input: { workspaceId, name: 'Nope' },
    });
    expect(asViewer.createDeal).toMatchObject({ __typename: 'ForbiddenError', code: 'FORBIDDEN' });
    expect(asStranger.createDeal).toMatchObject({
      __typename: 'NotFoundError',
      entity: 'Workspace',
    });
    expect(await countDealRows(workspaceId)).toEqual({
      deals: 0,
      links: 0,
      projects: 0,
      events: 0,
    });
  });
});

describe('updating and deleting a deal', () => {
  it('changes only the named fields, replaces the people, and clears with null', async () => {
    const { owner, workspaceId, addMember } = await workspace();
    const member = await addMember('MEMBER');
    const [ann, bob, cy] = [
      await createPerson(owner, workspaceId, 'Ann'),
      await createPerson(owner, workspaceId, 'Bob'),
      await createPerson(owner, workspaceId, 'Cy'),
    ];
    const deal = await createDeal(owner, {
      workspaceId,
      name: 'Expansion',
      amount: '900',
      expectedCloseDate: '2027-01-15',
      personIds: [ann, bob],
    });

    const data = await api.as(member, UPDATE, {
      input: { id: deal.id, amount: null, currency: 'GBP', personIds: [bob, cy] },
    });

    expect(data.updateDeal.deal).toMatchObject({
      name: 'Expansion',
      amount: null,
      currency: 'GBP',
      expectedCloseDate: '2027-01-15',
      people: [{ name: 'Bob' }, { name: 'Cy' }],
    });
    const [row] = await db.asService((tx) =>
      tx.query('select updated_by from crm.deals where id = $1', [deal.id]),
    );
    expect(row).toEqual({ updated_by: member.id });
  });

  it('refuses a person of another workspace and keeps the deal as it was', async () => {
    const { owner, workspaceId } = await workspace();
    const other = await workspace();
    const ann = await createPerson(owner, workspaceId, 'Ann');
    const deal = await createDeal(owner, { workspaceId, name: 'Kept', personIds: [ann] });
    const away = await createPerson(other.owner, other.workspaceId, 'Away');

    const data = await api.as(owner, UPDATE, {
      input: { id: deal.id, name: 'Changed', personIds: [away] },
    });

    expect(data.updateDeal.fieldErrors).toEqual([
      { path: ['input', 'personIds', '0'], message: 'is not a person of this workspace' },
    ]);
    const after = await api.as(owner, DEAL, { id: deal.id });
    expect(after.deal).toMatchObject({ name: 'Kept', people: [{ name: 'Ann' }] });
  });

  it('soft-deletes: gone from lookups and lists, kept in the table, and cannot be moved', async () => {
    const { owner, workspaceId, steps } = await workspace();
    const deal = await createDeal(owner, { workspaceId, name: 'Doomed' });

    const deleted = await api.as(owner, DELETE, { input: { id: deal.id } });

    expect(deleted.deleteDeal.deal.deletedAt).toEqual(expect.any(String));
    expect((await api.as(owner, DEAL, { id: deal.id })).deal).toBeNull();
    expect((await api.as(owner, LIST, { ws: workspaceId })).deals.edges).toEqual([]);
    expect(await move(owner, deal.id, steps.initial_contact!)).toMatchObject({
      __typename: 'NotFoundError',
      entity: 'Deal',
    });
    expect((await api.as(owner, DELETE, { input: { id: deal.id } })).deleteDeal.__typename).toBe(
      'NotFoundError',
    );
    expect(await countDealRows(workspaceId)).toMatchObject({ deals: 1 });
  });

  it("answers NotFoundError for another workspace's deal and ForbiddenError for a viewer, changing nothing", async () => {
    const { owner, workspaceId, addMember, steps } = await workspace();
    const viewer = await addMember('VIEWER');
    const stranger = await workspace();
    const deal = await createDeal(owner, { workspaceId, name: 'Mine', amount: '10' });
    const before = await trail(deal.id);
    const attempts = [
      [UPDATE, 'updateDeal', { id: deal.id, name: 'Theirs' }],
      [DELETE, 'deleteDeal', { id: deal.id }],
      [ASSIGN, 'assignDeal', { dealId: deal.id, assigneeId: null }],
      [MOVE, 'moveDealToStep', { dealId: deal.id, toStepId: steps.initial_contact }],
    ] as const;

    for (const [mutation, field, input] of attempts) {
      const asStranger = await api.as(stranger.owner, mutation, { input });
      const asViewer = await api.as(viewer, mutation, { input });
      expect([field, asStranger[field]]).toMatchObject([
        field,
        { __typename: 'NotFoundError', entity: 'Deal' },
      ]);
      expect([field, asViewer[field]]).toMatchObject([field, { __typename: 'ForbiddenError' }]);
    }
    expect((await api.as(stranger.owner, DEAL, { id: deal.id })).deal).toBeNull();
    expect((await api.as(owner, DEAL, { id: deal.id })).deal).toMatchObject({
      name: 'Mine',
      deletedAt: null,
      stage: { step: { key: 'qualification' } },
    });
    expect(await trail(deal.id)).toEqual(before);
  });
});

describe('moving a deal through the pipeline', () => {
  it('follows allowed transitions, taking each step’s probability, recording history and queuing events', async () => {
    const { owner, workspaceId, steps } = await workspace();
    const deal = await createDeal(owner, { workspaceId, name: 'Mover' });

    const first = await move(owner, deal.id, steps.initial_contact!, 'Intro call booked');
    const second = await move(owner, deal.id, steps.discovery!);

    expect(first.deal).toMatchObject({
      probability: 0.2,
      stage: { step: { key: 'initial_contact', name: 'Initial contact' } },
    });
    expect(second.deal).toMatchObject({ probability: 0.4, stage: { step: { key: 'discovery' } } });
    const { history, events } = await trail(deal.id);
    expect(history).toEqual([
      { kind: 'start', from: null, to: 'qualification', reason: null, actorId: owner.id },
      {
        kind: 'move',
        from: 'qualification',
        to: 'initial_contact',
        reason: 'Intro call booked',
        actorId: owner.id,
      },
      { kind: 'move', from: 'initial_contact', to: 'discovery', reason: null, actorId: owner.id },
    ]);
    const moves = events.filter((e) => e.kind === 'move');
    expect(moves).toEqual(
      expect.arrayContaining([
        { name: 'wfm/status.changed', kind: 'move', to: 'initial_contact' },
        { name: 'crm/deal.stage-changed', kind: 'move', to: 'initial_contact' },
        { name: 'wfm/status.changed', kind: 'move', to: 'discovery' },
        { name: 'crm/deal.stage-changed', kind: 'move', to: 'discovery' },
      ]),
    );
    expect(moves).toHaveLength(4);
  });

  it('refuses a move with no transition (NO_TRANSITION) and changes nothing', async () => {
    const { owner, workspaceId, steps } = await workspace();
    const deal = await createDeal(owner, { workspaceId, name: 'Skipper', amount: '100' });
    const before = await trail(deal.id);

    const refused = await move(owner, deal.id, steps.proposal!);

    expect(refused).toMatchObject({
      __typename: 'TransitionNotAllowedError',
      code: 'TRANSITION_NOT_ALLOWED',
      reason: 'NO_TRANSITION',
    });
    expect(await trail(deal.id)).toEqual(before);
    expect(before.row).toMatchObject({ probability: 0.1 });
  });

  it('refuses discovery → proposal without an amount (MISSING_FIELDS: amount), then allows it with one', async () => {
    const { owner, workspaceId, steps } = await workspace();
    const deal = await createDeal(owner, { workspaceId, name: 'Unpriced' });
    await move(owner, deal.id, steps.initial_contact!);
    await move(owner, deal.id, steps.discovery!);
    const before = await trail(deal.id);

    const refused = await move(owner, deal.id, steps.proposal!);

    expect(refused).toMatchObject({
      __typename: 'TransitionNotAllowedError',
      reason: 'MISSING_FIELDS',
      missingFields: ['amount'],
    });
    expect(await trail(deal.id)).toEqual(before);
    await api.as(owner, UPDATE, { input: { id: deal.id, amount: '4000' } });
    expect(await move(owner, deal.id, steps.proposal!)).toMatchObject({
      deal: { probability: 0.6, stage: { step: { key: 'proposal' } } },
    });
  });

  it('refuses a step of the lead workflow (STEP_NOT_IN_WORKFLOW)', async () => {
    const { owner, workspaceId } = await workspace();
    const leadSteps = await stepsOf(owner, workspaceId, 'LEAD');
    const deal = await createDeal(owner, { workspaceId, name: 'Confused' });
    const before = await trail(deal.id);

    expect(await move(owner, deal.id, leadSteps.contacted!)).toMatchObject({
      __typename: 'TransitionNotAllowedError',
      reason: 'STEP_NOT_IN_WORKFLOW',
    });
    expect(await trail(deal.id)).toEqual(before);
  });

  it('answers NotFoundError for a step that does not exist', async () => {
    const { owner, workspaceId } = await workspace();
    const deal = await createDeal(owner, { workspaceId, name: 'Lost' });
    expect(await move(owner, deal.id, '0b9f1a3e-52f4-4a53-9d5c-3c0cf54e8a11')).toMatchObject({
      __typename: 'NotFoundError',
      entity: 'Workflow step',
    });
  });
});

describe('assigning a deal', () => {
  it('emits crm/deal.assigned with the previous assignee, and nothing when it does not change', async () => {
    const { owner, workspaceId, addMember } = await workspace();
    const [first, second] = [await addMember('MEMBER'), await addMember('MEMBER')];
    const deal = await createDeal(owner, { workspaceId, name: 'Handover', assigneeId: first.id });

    const reassigned = await api.as(owner, ASSIGN, {
      input: { dealId: deal.id, assigneeId: second.id },
    });
    await api.as(owner, ASSIGN, { input: { dealId: deal.id, assigneeId: second.id } });
    const unassigned = await api.as(owner, ASSIGN, {
      input: { dealId: deal.id, assigneeId: null },
    });

    expect(reassigned.assignDeal.deal.assigneeId).toBe(second.id);
    expect(unassigned.assignDeal.deal.assigneeId).toBeNull();
    const events = await db.asService((tx) =>
      tx.query<{ data: Record<string, unknown> }>(
        `select data from automation.outbox where name = 'crm/deal.assigned' and data ->> 'dealId' = $1`,
        [deal.id],
      ),
    );
    expect(events.map((e) => e.data)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ assigneeId: first.id, previousAssigneeId: null }),
        expect.objectContaining({ assigneeId: second.id, previousAssigneeId: first.id }),
        expect.objectContaining({ assigneeId: null, previousAssigneeId: second.id }),
      ]),
    );
    expect(events).toHaveLength(3);
    expect(events[0]!.data).toMatchObject({ workspaceId, actorId: owner.id });
  });

  it('refuses someone who is not a member, keeping the assignee and emitting nothing', async () => {
    const { owner, workspaceId } = await workspace();
    const stranger = await workspace();
    const deal = await createDeal(owner, { workspaceId, name: 'Guarded' });

    const data = await api.as(owner, ASSIGN, {
      input: { dealId: deal.id, assigneeId: stranger.owner.id },
    });

    expect(data.assignDeal.fieldErrors).toEqual([
      { path: ['input', 'assigneeId'], message: 'is not a member of this workspace' },
    ]);
    expect((await api.as(owner, DEAL, { id: deal.id })).deal.assigneeId).toBeNull();
    const assigned = await db.asService((tx) =>
      tx.query(
        `select 1 from automation.outbox where name = 'crm/deal.assigned' and workspace_id = $1`,
        [workspaceId],
      ),
    );
    expect(assigned).toEqual([]);
  });

  it('requires assigneeId to be given, as an id or null', async () => {
    const { owner, workspaceId } = await workspace();
    const deal = await createDeal(owner, { workspaceId, name: 'Vague' });
    const data = await api.as(owner, ASSIGN, { input: { dealId: deal.id } });
    expect(data.assignDeal.fieldErrors).toEqual([
      { path: ['input', 'assigneeId'], message: expect.any(String) },
    ]);
  });
});

describe('listing deals', () => {
  /** A workspace with five deals of varied amounts, dates and stages. */
  async function book() {
    const ws = await workspace();
    const { owner, workspaceId, steps } = ws;
    const member = await ws.addMember('MEMBER');
    const acme = await createOrg(owner, workspaceId, 'Acme');
    const specs = [
      { name: 'Delta', amount: '500', expectedCloseDate: '2027-05-01', organizationId: acme },
      { name: 'alpha', amount: '1500.25', assigneeId: member.id },
      { name: 'Charlie', expectedCloseDate: '2027-02-01', assigneeId: member.id },
      { name: 'Bravo', amount: '400', expectedCloseDate: '2027-03-01' },
      { name: 'Echo', amount: '90000', expectedCloseDate: '2027-02-01', organizationId: acme },
    ];
    const ids: Record<string, string> = {};
    for (const spec of specs)
      ids[spec.name] = (await createDeal(owner, { workspaceId, ...spec })).id;
    await move(owner, ids.Echo!, steps.initial_contact!);
    await move(owner, ids.Echo!, steps.discovery!);
    await move(owner, ids.Bravo!, steps.initial_contact!);
    return { ...ws, member, acme, ids };
  }

  async function names(user: TestUser, variables: Record<string, unknown>) {
    const data = await api.as(user, LIST, { first: 100, ...variables });
    return data.deals.edges.map((e: { node: { name: string } }) => e.node.name);
  }

  /** Every name in order, walking pages of two forwards, then backwards from the end. */
  async function walk(user: TestUser, variables: Record<string, unknown>) {
    const forward: string[] = [];
    let after: string | undefined;
    for (;;) {
      const { deals } = await api.as(user, LIST, { ...variables, first: 2, after });
      forward.push(...deals.edges.map((e: { node: { name: string } }) => e.node.name));
      if (!deals.pageInfo.hasNextPage) break;
      after = deals.edges.at(-1).cursor;
    }
    const backward: string[] = [];
    let before: string | undefined;
    for (;;) {
      const { deals } = await api.as(user, LIST, { ...variables, last: 2, before });
      backward.unshift(...deals.edges.map((e: { node: { name: string } }) => e.node.name));
      if (!deals.pageInfo.hasPreviousPage) break;
      before = deals.edges[0].cursor;
    }
    return { forward, backward };
  }

  it('orders by each field in both directions, deals without a value last', async () => {
    const { owner, workspaceId } = await book();
    const order = (field: string, direction: string | null) =>
      names(owner, { ws: workspaceId, orderBy: { field, direction } });

    expect(await order('NAME', 'ASC')).toEqual(['alpha', 'Bravo', 'Charlie', 'Delta', 'Echo']);
    expect(await order('NAME', null)).toEqual(await order('NAME', 'ASC'));
    expect(await order('AMOUNT', 'DESC')).toEqual(['Echo', 'alpha', 'Delta', 'Bravo', 'Charlie']);
    expect(await order('AMOUNT', 'ASC')).toEqual(['Bravo', 'Delta', 'alpha', 'Echo', 'Charlie']);
    expect((await order('EXPECTED_CLOSE_DATE', 'ASC')).slice(2)).toEqual([
      'Bravo',
      'Delta',
      'alpha',
    ]);
    expect((await order('EXPECTED_CLOSE_DATE', 'DESC')).at(-1)).toBe('alpha');
    expect((await order('PROBABILITY', 'DESC')).slice(0, 2)).toEqual(['Echo', 'Bravo']);
    expect((await order('UPDATED_AT', 'DESC'))[0]).toBe('Bravo');
  });

  it('pages through every order with keyset cursors, forwards and backwards, without gaps or repeats', async () => {
    const { owner, workspaceId } = await book();
    for (const field of ['NAME', 'AMOUNT', 'EXPECTED_CLOSE_DATE', 'UPDATED_AT', 'PROBABILITY']) {
      for (const direction of ['ASC', 'DESC']) {
        const variables = { ws: workspaceId, orderBy: { field, direction } };
        const all = await names(owner, variables);
        expect([field, direction, await walk(owner, variables)]).toEqual([
          field,
          direction,
          { forward: all, backward: all },
        ]);
      }
    }
  });

  it('refuses a cursor from another order, and a page over 100', async () => {
    const { owner, workspaceId } = await book();
    const { deals } = await api.as(owner, LIST, { ws: workspaceId, first: 1 });
    const mixed = await api.raw(owner, LIST, {
      ws: workspaceId,
      first: 1,
      after: deals.edges[0].cursor,
      orderBy: { field: 'AMOUNT' },
    });
    const huge = await api.raw(owner, LIST, { ws: workspaceId, first: 101 });
    expect(mixed.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
    expect(huge.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
  });

  it('filters by organization, assignee, owner, step and workflow, and searches names', async () => {
    const { owner, workspaceId, member, acme, steps } = await book();
    const list = (variables: Record<string, unknown>) =>
      names(owner, { ws: workspaceId, ...variables });
    const workflows = await api.as(
      owner,
      'query($ws: ID!) { workflows(workspaceId: $ws, entityType: DEAL) { id } }',
      { ws: workspaceId },
    );

    expect(await list({ filter: { organizationId: acme } })).toEqual(['Delta', 'Echo']);
    expect(await list({ filter: { assigneeId: member.id } })).toEqual(['alpha', 'Charlie']);
    expect(await list({ filter: { ownerId: member.id } })).toEqual([]);
    expect(await list({ filter: { stepId: steps.initial_contact } })).toEqual(['Bravo']);
    expect(await list({ filter: { stepId: steps.qualification, assigneeId: member.id } })).toEqual([
      'alpha',
      'Charlie',
    ]);
    expect(await list({ filter: { workflowId: workflows.workflows[0].id } })).toHaveLength(5);
    expect(await list({ search: 'acm' })).toEqual(['Delta', 'Echo']);
    expect(await list({ search: 'ARLI' })).toEqual(['Charlie']);
  });

  it("shows nothing of another workspace's deals", async () => {
    const { workspaceId, ids } = await book();
    const stranger = await workspace();
    expect(await names(stranger.owner, { ws: workspaceId })).toEqual([]);
    expect((await api.as(stranger.owner, DEAL, { id: ids.Echo })).deal).toBeNull();
  });

  it('loads organizations, people and stages in a fixed number of statements, however many deals', async () => {
    const { owner, workspaceId } = await workspace();
    for (let i = 0; i < 10; i++) {
      const orgId = await createOrg(owner, workspaceId, `Org ${i}`);
      const personId = await createPerson(owner, workspaceId, `Person ${i}`);
      await createDeal(owner, {
        workspaceId,
        name: `Deal ${i}`,
        organizationId: orgId,
        personIds: [personId],
      });
    }
    const page = `query($ws: ID!, $first: Int) {
      deals(workspaceId: $ws, first: $first) {
        edges { node { name organization { name } people { name }
                       stage { step { name status { name } } } } }
      }
    }`;
    const statementsFor = async (first: number) => {
      const before = db.stats.statements;
      const data = await api.as(owner, page, { ws: workspaceId, first });
      const nodes = data.deals.edges.map((e: { node: unknown }) => e.node);
      return { statements: db.stats.statements - before, nodes };
    };

    const two = await statementsFor(2);
    const ten = await statementsFor(10);

    expect(ten.nodes).toHaveLength(10);
    expect(ten.nodes[9]).toEqual({
      name: 'Deal 9',
      organization: { name: 'Org 9' },
      people: [{ name: 'Person 9' }],
      stage: { step: { name: 'Qualification', status: { name: 'Qualification' } } },
    });
    expect(two.nodes).toHaveLength(2);
    expect(ten.statements).toBe(two.statements);
  });
});
