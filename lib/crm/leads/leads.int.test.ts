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

const LEAD_FIELDS = `id name email company source score ownerId assigneeId converted convertedAt
  stage { step { key } workflow { name } }`;
const RESULT = (name: string, success: string, extra = '') => `
  ${name}(input: $input) {
    __typename
    ... on ${success} { lead { ${LEAD_FIELDS} } }
    ... on Error { message code }
    ... on ValidationError { fieldErrors { path message } }
    ... on NotFoundError { entity }
    ${extra}
  }`;
const REFUSED = '... on TransitionNotAllowedError { reason missingFields }';
const CREATE = `mutation($input: CreateLeadInput!) { ${RESULT('createLead', 'CreateLeadSuccess')} }`;
const UPDATE = `mutation($input: UpdateLeadInput!) { ${RESULT('updateLead', 'UpdateLeadSuccess')} }`;
const DELETE = `mutation($input: DeleteLeadInput!) { ${RESULT('deleteLead', 'DeleteLeadSuccess')} }`;
const MOVE = `mutation($input: MoveLeadToStepInput!) {
  ${RESULT('moveLeadToStep', 'MoveLeadToStepSuccess', REFUSED)}
}`;
const CONVERT = `mutation($input: ConvertLeadInput!) {
  convertLead(input: $input) {
    __typename
    ... on ConvertLeadSuccess {
      lead {
        ${LEAD_FIELDS}
        convertedOrganization { id name }
        convertedPerson { id name emails organization { name } }
        convertedDeal {
          id name amount { amount currency } currency assigneeId organization { name } people { name }
          stage { step { key } workflow { name } }
        }
      }
    }
    ... on Error { message code }
    ... on ValidationError { fieldErrors { path message } }
    ... on NotFoundError { entity }
    ... on AlreadyConvertedError { convertedDealId }
    ${REFUSED}
  }
}`;
const LIST = `query($ws: ID!, $first: Int, $after: String, $search: String, $filter: LeadFilter) {
  leads(workspaceId: $ws, first: $first, after: $after, search: $search, filter: $filter) {
    edges { cursor node { name } }
    pageInfo { hasNextPage }
  }
}`;

async function workspace() {
  const ws = await createWorkspaceWithOwner(db, api);
  const data = await api.as(
    ws.owner,
    `query($ws: ID!) {
      workflows(workspaceId: $ws, entityType: LEAD) { versions { steps { id key } } }
    }`,
    { ws: ws.workspaceId },
  );
  const steps: Record<string, string> = Object.fromEntries(
    data.workflows[0].versions[0].steps.map((s: { id: string; key: string }) => [s.key, s.id]),
  );
  return { ...ws, steps };
}

async function createLead(user: TestUser, input: Record<string, unknown>) {
  const data = await api.as(user, CREATE, { input });
  if (data.createLead.__typename !== 'CreateLeadSuccess')
    throw new Error(`createLead failed: ${JSON.stringify(data.createLead)}`);
  return data.createLead.lead;
}

async function moveLead(user: TestUser, leadId: string, toStepId: string) {
  return (await api.as(user, MOVE, { input: { leadId, toStepId } })).moveLeadToStep;
}

/** A lead that has been contacted and qualified, ready to convert. */
async function qualifiedLead(
  user: TestUser,
  steps: Record<string, string>,
  input: Record<string, unknown>,
) {
  const lead = await createLead(user, input);
  await moveLead(user, lead.id, steps.contacted!);
  await moveLead(user, lead.id, steps.qualified!);
  return lead;
}

/** Everything in the workspace a conversion could touch, bypassing RLS. */
async function snapshot(workspaceId: string) {
  return db.asService(async (tx) => {
    const [counts] = await tx.query(
      `select (select count(*)::int from crm.organizations where workspace_id = $1) as organizations,
              (select count(*)::int from crm.people where workspace_id = $1) as people,
              (select count(*)::int from crm.deals where workspace_id = $1) as deals,
              (select count(*)::int from crm.deal_people where workspace_id = $1) as "dealPeople",
              (select count(*)::int from wfm.projects where workspace_id = $1) as projects,
              (select count(*)::int from wfm.status_history where workspace_id = $1) as history,
              (select count(*)::int from automation.outbox where workspace_id = $1) as events`,
      [workspaceId],
    );
    const leads = await tx.query(
      `select id, converted_at, converted_deal_id, converted_person_id, converted_organization_id,
              updated_at from crm.leads where workspace_id = $1 order by id`,
      [workspaceId],
    );
    return { counts, leads };
  });
}

describe('creating a lead', () => {
  it('starts it at New in the lead qualification workflow and queues crm/lead.created', async () => {
    const { owner, workspaceId, addMember } = await workspace();
    const member = await addMember('MEMBER');

    const lead = await createLead(owner, {
      workspaceId,
      name: 'Bruce Wayne',
      email: 'bruce@wayne.example.com',
      company: ' Wayne Enterprises ',
      source: 'Conference',
      score: 70,
      assigneeId: member.id,
    });

    expect(lead).toMatchObject({
      name: 'Bruce Wayne',
      company: 'Wayne Enterprises',
      score: 70,
      ownerId: owner.id,
      assigneeId: member.id,
      converted: false,
      convertedAt: null,
      stage: { step: { key: 'new' }, workflow: { name: 'Lead qualification' } },
    });
    const events = await db.asService((tx) =>
      tx.query<{ name: string }>(
        `select name from automation.outbox where data ->> 'leadId' = $1 or data ->> 'entityId' = $1
          order by name`,
        [lead.id],
      ),
    );
    expect(events.map((e) => e.name)).toEqual([
      'crm/lead.created',
      'crm/lead.stage-changed',
      'wfm/status.changed',
    ]);
  });

  it('refuses invalid input field by field, and a non-member assignee, writing nothing', async () => {
    const { owner, workspaceId } = await workspace();
    const stranger = await workspace();
    const before = await snapshot(workspaceId);

    const invalid = await api.as(owner, CREATE, {
      input: { workspaceId, name: ' ', email: 'not-an-email', score: 101 },
    });
    const outsider = await api.as(owner, CREATE, {
      input: { workspaceId, name: 'Outsider', assigneeId: stranger.owner.id },
    });

    expect(
      invalid.createLead.fieldErrors.map((e: { path: string[] }) => e.path.join('.')).sort(),
    ).toEqual(['input.email', 'input.name', 'input.score']);
    expect(outsider.createLead.fieldErrors).toEqual([
      { path: ['input', 'assigneeId'], message: 'is not a member of this workspace' },
    ]);
    expect(await snapshot(workspaceId)).toEqual(before);
  });

  it('is refused to a viewer and to a stranger', async () => {
    const { workspaceId, addMember } = await workspace();
    const viewer = await addMember('VIEWER');
    const stranger = await workspace();
    const input = { workspaceId, name: 'Nope' };
    expect((await api.as(viewer, CREATE, { input })).createLead.__typename).toBe('ForbiddenError');
    expect((await api.as(stranger.owner, CREATE, { input })).createLead).toMatchObject({
      __typename: 'NotFoundError',
      entity: 'Workspace',
    });
  });
});

describe('updating, deleting and moving a lead', () => {
  it('changes only the named fields and clears with null', async () => {
    const { owner, workspaceId } = await workspace();
    const lead = await createLead(owner, {
      workspaceId,
      name: 'Selina',
      email: 'selina@example.com',
      source: 'Web',
    });
    const data = await api.as(owner, UPDATE, { input: { id: lead.id, email: null, score: 40 } });
    expect(data.updateLead.lead).toMatchObject({
      name: 'Selina',
      email: null,
      source: 'Web',
      score: 40,
    });
  });

  it("answers NotFoundError for another workspace's lead and ForbiddenError for a viewer", async () => {
    const { owner, workspaceId, addMember, steps } = await workspace();
    const viewer = await addMember('VIEWER');
    const stranger = await workspace();
    const lead = await createLead(owner, { workspaceId, name: 'Guarded' });
    const before = await snapshot(workspaceId);
    for (const [mutation, field, input] of [
      [UPDATE, 'updateLead', { id: lead.id, name: 'Taken' }],
      [DELETE, 'deleteLead', { id: lead.id }],
      [MOVE, 'moveLeadToStep', { leadId: lead.id, toStepId: steps.contacted }],
      [CONVERT, 'convertLead', { leadId: lead.id }],
    ] as const) {
      const asStranger = await api.as(stranger.owner, mutation, { input });
      const asViewer = await api.as(viewer, mutation, { input });
      expect([field, asStranger[field]]).toMatchObject([
        field,
        { __typename: 'NotFoundError', entity: 'Lead' },
      ]);
      expect([field, asViewer[field]]).toMatchObject([field, { __typename: 'ForbiddenError' }]);
    }
    expect(await snapshot(workspaceId)).toEqual(before);
  });

  it('soft-deletes a lead: gone from lookups and lists', async () => {
    const { owner, workspaceId } = await workspace();
    const lead = await createLead(owner, { workspaceId, name: 'Gone' });
    const deleted = await api.as(owner, DELETE, { input: { id: lead.id } });
    expect(deleted.deleteLead.__typename).toBe('DeleteLeadSuccess');
    expect(
      (await api.as(owner, 'query($id: ID!) { lead(id: $id) { id } }', { id: lead.id })).lead,
    ).toBeNull();
    expect((await api.as(owner, LIST, { ws: workspaceId })).leads.edges).toEqual([]);
  });

  it('moves only along the lead workflow’s transitions', async () => {
    const { owner, workspaceId, steps } = await workspace();
    const lead = await createLead(owner, { workspaceId, name: 'Stepper' });

    const skipped = await moveLead(owner, lead.id, steps.qualified!);
    const contacted = await moveLead(owner, lead.id, steps.contacted!);

    expect(skipped).toMatchObject({
      __typename: 'TransitionNotAllowedError',
      reason: 'NO_TRANSITION',
    });
    expect(contacted.lead.stage.step.key).toBe('contacted');
  });
});

describe('converting a lead', () => {
  it('creates the organization, the person and the deal in one go, and moves the lead to Converted', async () => {
    const { owner, workspaceId, addMember, steps } = await workspace();
    const member = await addMember('MEMBER');
    const lead = await qualifiedLead(owner, steps, {
      workspaceId,
      name: 'Bruce Wayne',
      email: 'bruce@wayne.example.com',
      company: 'Wayne Enterprises',
      assigneeId: member.id,
    });

    const data = await api.as(owner, CONVERT, {
      input: { leadId: lead.id, amount: '250000.99', currency: 'EUR' },
    });

    const converted = data.convertLead.lead;
    expect(converted).toMatchObject({
      converted: true,
      convertedAt: expect.any(String),
      stage: { step: { key: 'converted' } },
      convertedOrganization: { name: 'Wayne Enterprises' },
      convertedPerson: {
        name: 'Bruce Wayne',
        emails: ['bruce@wayne.example.com'],
        organization: { name: 'Wayne Enterprises' },
      },
      convertedDeal: {
        name: 'Wayne Enterprises',
        amount: { amount: '250000.99', currency: 'EUR' },
        currency: 'EUR',
        assigneeId: member.id,
        organization: { name: 'Wayne Enterprises' },
        people: [{ name: 'Bruce Wayne' }],
        stage: { step: { key: 'qualification' }, workflow: { name: 'Sales pipeline' } },
      },
    });
    const { history, event } = await db.asService(async (tx) => ({
      history: await tx.query<{ to: string; reason: string | null }>(
        `select t.key as "to", h.reason from wfm.status_history h
           join wfm.workflow_steps t on t.id = h.to_step_id
          where h.entity_id = $1 order by h.at, h.kind desc`,
        [lead.id],
      ),
      event: (
        await tx.query<{ data: Record<string, unknown> }>(
          `select data from automation.outbox where name = 'crm/lead.converted' and data ->> 'leadId' = $1`,
          [lead.id],
        )
      ).map((e) => e.data),
    }));
    expect(history).toEqual([
      { to: 'new', reason: null },
      { to: 'contacted', reason: null },
      { to: 'qualified', reason: null },
      { to: 'converted', reason: 'Converted into a deal' },
    ]);
    expect(event).toEqual([
      {
        workspaceId,
        leadId: lead.id,
        dealId: converted.convertedDeal.id,
        personId: converted.convertedPerson.id,
        organizationId: converted.convertedOrganization.id,
        actorId: owner.id,
      },
    ]);
  });

  it('answers AlreadyConvertedError the second time, creating nothing more', async () => {
    const { owner, workspaceId, steps } = await workspace();
    const lead = await qualifiedLead(owner, steps, { workspaceId, name: 'Twice', company: 'Dup' });
    const first = await api.as(owner, CONVERT, { input: { leadId: lead.id } });
    const before = await snapshot(workspaceId);

    const second = await api.as(owner, CONVERT, { input: { leadId: lead.id } });

    expect(second.convertLead).toEqual({
      __typename: 'AlreadyConvertedError',
      code: 'ALREADY_CONVERTED',
      message: 'This lead has already been converted',
      convertedDealId: first.convertLead.lead.convertedDeal.id,
    });
    expect(await snapshot(workspaceId)).toEqual(before);
  });

  it('uses a given organization, or none when the lead has no company', async () => {
    const { owner, workspaceId, steps } = await workspace();
    const existing = await api.as(
      owner,
      `mutation($input: CreateOrganizationInput!) {
        createOrganization(input: $input) { ... on CreateOrganizationSuccess { organization { id } } }
      }`,
      { input: { workspaceId, name: 'Existing Co' } },
    );
    const organizationId = existing.createOrganization.organization.id;
    const named = await qualifiedLead(owner, steps, { workspaceId, name: 'Ann', company: 'Other' });
    const solo = await qualifiedLead(owner, steps, { workspaceId, name: 'Solo Sam' });

    const withOrg = await api.as(owner, CONVERT, {
      input: { leadId: named.id, organizationId, dealName: 'Ann’s pilot' },
    });
    const withoutOrg = await api.as(owner, CONVERT, { input: { leadId: solo.id } });

    expect(withOrg.convertLead.lead).toMatchObject({
      convertedOrganization: { id: organizationId },
      convertedDeal: { name: 'Ann’s pilot', organization: { name: 'Existing Co' } },
    });
    expect(withoutOrg.convertLead.lead).toMatchObject({
      convertedOrganization: null,
      convertedPerson: { name: 'Solo Sam', organization: null },
      convertedDeal: { name: 'Solo Sam', organization: null },
    });
    const organizations = await db.asService((tx) =>
      tx.query('select name from crm.organizations where workspace_id = $1', [workspaceId]),
    );
    expect(organizations).toEqual([{ name: 'Existing Co' }]);
  });

  it('fails as a whole when the workflow refuses the move to Converted: nothing is created', async () => {
    const { owner, workspaceId } = await workspace();
    // Still New: the lead workflow only converts qualified leads.
    const lead = await createLead(owner, { workspaceId, name: 'Too Soon', company: 'Early Inc' });
    const before = await snapshot(workspaceId);

    const data = await api.as(owner, CONVERT, { input: { leadId: lead.id, amount: '10' } });

    expect(data.convertLead).toMatchObject({
      __typename: 'TransitionNotAllowedError',
      code: 'TRANSITION_NOT_ALLOWED',
      reason: 'NO_TRANSITION',
    });
    expect(await snapshot(workspaceId)).toEqual(before);
  });

  it('refuses bad deal values before creating anything', async () => {
    const { owner, workspaceId, steps } = await workspace();
    const lead = await qualifiedLead(owner, steps, { workspaceId, name: 'Pricy', company: 'P' });
    const before = await snapshot(workspaceId);

    const data = await api.as(owner, CONVERT, {
      input: { leadId: lead.id, amount: '1.999', currency: 'euro' },
    });

    expect(
      data.convertLead.fieldErrors.map((e: { path: string[] }) => e.path.join('.')).sort(),
    ).toEqual(['input.amount', 'input.currency']);
    expect(data.convertLead.fieldErrors).toContainEqual({
      path: ['input', 'amount'],
      message: 'has more than 2 decimals',
    });
    expect(await snapshot(workspaceId)).toEqual(before);
  });
});

describe('listing leads', () => {
  it('filters by conversion, step and assignee, searches, and pages by name', async () => {
    const { owner, workspaceId, addMember, steps } = await workspace();
    const member = await addMember('MEMBER');
    const won = await qualifiedLead(owner, steps, { workspaceId, name: 'Won', company: 'W' });
    await api.as(owner, CONVERT, { input: { leadId: won.id } });
    const contacted = await createLead(owner, {
      workspaceId,
      name: 'contacted',
      assigneeId: member.id,
    });
    await moveLead(owner, contacted.id, steps.contacted!);
    await createLead(owner, { workspaceId, name: 'Fresh', email: 'fresh@lead.example.com' });
    const list = async (variables: Record<string, unknown>) =>
      (await api.as(owner, LIST, { ws: workspaceId, ...variables })).leads.edges.map(
        (e: { node: { name: string } }) => e.node.name,
      );

    expect(await list({})).toEqual(['contacted', 'Fresh', 'Won']);
    expect(await list({ filter: { converted: true } })).toEqual(['Won']);
    expect(await list({ filter: { converted: false } })).toEqual(['contacted', 'Fresh']);
    expect(await list({ filter: { stepId: steps.contacted } })).toEqual(['contacted']);
    expect(await list({ filter: { assigneeId: member.id } })).toEqual(['contacted']);
    expect(await list({ search: 'LEAD.EXAMPLE' })).toEqual(['Fresh']);
    const page = await api.as(owner, LIST, { ws: workspaceId, first: 2 });
    expect(page.leads.pageInfo.hasNextPage).toBe(true);
    expect(await list({ first: 2, after: page.leads.edges[1].cursor })).toEqual(['Won']);
  });
});
