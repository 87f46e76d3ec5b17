// Every mutation is atomic: one that answers with an error type has changed nothing. A typed
// error is a successful GraphQL result, so the request's transaction commits; what the operation
// wrote before it failed must have been rolled back (lib/services/run-operation.ts). The list of
// mutations comes from the schema, so a mutation added tomorrow fails here until it has cases.
// Where an operation can fail after writing (a check after the insert, a demotion before a
// promotion), a case makes it do exactly that.
import { testVault } from './helpers/automation.ts';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../lib/db/port.ts';
import { schema } from '../lib/graphql/schema.ts';
import { createUser, type TestUser } from './helpers/factories.ts';
import { createTestApi } from './helpers/graphql.ts';
import { openTestDb } from './helpers/test-db.ts';
import { createWorkspaceWithOwner } from './helpers/workspace.ts';

type Api = ReturnType<typeof createTestApi>;

interface World {
  workspaceId: string;
  owner: TestUser;
  viewer: TestUser;
  stranger: TestUser;
  organizationId: string;
  personId: string;
  dealId: string;
  leadId: string;
  activityId: string;
  noteId: string;
  fieldId: string;
  draftVersionId: string;
  activeVersionId: string;
  draftStepIds: string[];
  transitionId: string;
  wonStepId: string;
}

interface Case {
  /** What the case does, for the test's name. */
  what: string;
  as: 'owner' | 'viewer' | 'stranger';
  input: (w: World) => Record<string, unknown>;
  /** The error type the mutation must answer with. */
  answers: string;
  /** Runs before the mutation, as the database owner: the state the failure needs. */
  arrange?: (db: Db, w: World, api: Api) => Promise<void>;
}

const missing = () => randomUUID();

/** A Telegram connection of the workspace, made by arrangeConnection. */
let connectionId = '';
const TELEGRAM_CREDENTIALS = {
  botToken: '123456:atomic-test-token',
  webhookSecret: 'atomic-secret',
};

async function arrangeConnection(db: Db, w: World): Promise<void> {
  const [row] = await db.asOwner((tx) =>
    tx.query<{ id: string }>(
      `insert into integrations.connections
         (workspace_id, kind, name, credentials, created_by, updated_by)
       values ($1, 'telegram', 'Support bot', $2::jsonb, $3, $3) returning id`,
      [w.workspaceId, JSON.stringify(testVault.seal(TELEGRAM_CREDENTIALS)), w.owner.id],
    ),
  );
  connectionId = row!.id;
}

/** For each mutation: how to make it answer with an error, after writing where it can. */
const CASES: Record<string, Case[]> = {
  createConnection: [
    {
      what: 'whose platform cannot be reached, after the row is written',
      as: 'owner',
      input: (w) => ({
        workspaceId: w.workspaceId,
        kind: 'TELEGRAM',
        name: 'Unreachable bot',
        credentials: TELEGRAM_CREDENTIALS,
      }),
      answers: 'ConnectorFailedError',
    },
  ],
  updateConnection: [
    {
      what: 'by a viewer',
      as: 'viewer',
      arrange: arrangeConnection,
      input: () => ({ id: connectionId, name: 'Renamed' }),
      answers: 'ForbiddenError',
    },
  ],
  updateConnectionCredentials: [
    {
      what: 'by a viewer',
      as: 'viewer',
      arrange: arrangeConnection,
      input: () => ({ id: connectionId, credentials: TELEGRAM_CREDENTIALS }),
      answers: 'ForbiddenError',
    },
  ],
  testConnection: [
    {
      what: 'of a connection that does not exist',
      as: 'owner',
      input: () => ({ id: missing() }),
      answers: 'NotFoundError',
    },
  ],
  syncConnection: [
    {
      what: 'by a viewer',
      as: 'viewer',
      arrange: arrangeConnection,
      input: () => ({ id: connectionId }),
      answers: 'ForbiddenError',
    },
  ],
  deleteConnection: [
    {
      what: 'by a viewer',
      as: 'viewer',
      arrange: arrangeConnection,
      input: () => ({ id: connectionId }),
      answers: 'ForbiddenError',
    },
  ],
  replayDeadLetter: [
    {
      what: 'of a dead letter that does not exist',
      as: 'owner',
      input: () => ({ id: missing() }),
      answers: 'NotFoundError',
    },
  ],
  markConversationRead: [
    {
      what: 'of a conversation that does not exist',
      as: 'owner',
      input: () => ({ conversationId: missing() }),
      answers: 'NotFoundError',
    },
  ],
  assignConversation: [
    {
      what: 'of a conversation that does not exist',
      as: 'owner',
      input: (w) => ({ conversationId: missing(), assigneeId: w.owner.id }),
      answers: 'NotFoundError',
    },
  ],
  linkIdentity: [
    {
      what: 'by a viewer, once the person is found',
      as: 'viewer',
      input: (w) => ({
        workspaceId: w.workspaceId,
        channel: 'TELEGRAM',
        handle: 'telegram:1',
        personId: w.personId,
      }),
      answers: 'ForbiddenError',
    },
  ],
  sendReply: [
    {
      what: 'into a conversation that does not exist',
      as: 'owner',
      input: () => ({ conversationId: missing(), text: 'Hello' }),
      answers: 'NotFoundError',
    },
  ],
  createWorkspace: [
    {
      what: 'with a slug already taken',
      as: 'owner',
      input: () => ({ name: 'Again', slug: 'acme-atomic' }),
      answers: 'ValidationError',
    },
  ],
  addWorkspaceMember: [
    {
      what: 'for an email nobody signed up with',
      as: 'owner',
      input: (w) => ({ workspaceId: w.workspaceId, email: 'nobody@example.test', role: 'MEMBER' }),
      answers: 'NotFoundError',
    },
    {
      what: 'as a viewer',
      as: 'viewer',
      input: (w) => ({ workspaceId: w.workspaceId, email: w.stranger.email, role: 'ADMIN' }),
      answers: 'ForbiddenError',
    },
  ],
  createOrganization: [
    {
      what: 'with a custom field the workspace does not define (checked after the insert)',
      as: 'owner',
      input: (w) => ({ workspaceId: w.workspaceId, name: 'Ghost Ltd', customFields: { nope: 1 } }),
      answers: 'ValidationError',
    },
    {
      what: 'as a viewer',
      as: 'viewer',
      input: (w) => ({ workspaceId: w.workspaceId, name: 'Nope Ltd' }),
      answers: 'ForbiddenError',
    },
  ],
  updateOrganization: [
    {
      what: 'with an owner outside the workspace (checked after the update)',
      as: 'owner',
      input: (w) => ({ id: w.organizationId, name: 'Renamed', ownerId: w.stranger.id }),
      answers: 'ValidationError',
    },
    {
      what: 'as a viewer',
      as: 'viewer',
      input: (w) => ({ id: w.organizationId, name: 'Renamed' }),
      answers: 'ForbiddenError',
    },
  ],
  deleteOrganization: [
    {
      what: 'as a viewer',
      as: 'viewer',
      input: (w) => ({ id: w.organizationId }),
      answers: 'ForbiddenError',
    },
    {
      what: 'that does not exist',
      as: 'owner',
      input: () => ({ id: missing() }),
      answers: 'NotFoundError',
    },
  ],
  createPerson: [
    {
      what: 'with a custom field the workspace does not define (checked after the insert)',
      as: 'owner',
      input: (w) => ({ workspaceId: w.workspaceId, name: 'Nobody', customFields: { nope: true } }),
      answers: 'ValidationError',
    },
  ],
  updatePerson: [
    {
      what: 'with a custom field the workspace does not define (checked after the update)',
      as: 'owner',
      input: (w) => ({ id: w.personId, name: 'Renamed', customFields: { nope: 1 } }),
      answers: 'ValidationError',
    },
  ],
  deletePerson: [
    {
      what: 'as a viewer',
      as: 'viewer',
      input: (w) => ({ id: w.personId }),
      answers: 'ForbiddenError',
    },
  ],
  createDeal: [
    {
      what: 'with a person of no workspace (checked after the insert)',
      as: 'owner',
      input: (w) => ({ workspaceId: w.workspaceId, name: 'Phantom', personIds: [missing()] }),
      answers: 'ValidationError',
    },
    {
      what: 'in a workspace that is not theirs',
      as: 'stranger',
      input: (w) => ({ workspaceId: w.workspaceId, name: 'Intrusion' }),
      answers: 'NotFoundError',
    },
  ],
  updateDeal: [
    {
      what: 'naming a person of no workspace (checked after the update)',
      as: 'owner',
      input: (w) => ({ id: w.dealId, name: 'Renamed', amount: '5', personIds: [missing()] }),
      answers: 'ValidationError',
    },
  ],
  deleteDeal: [
    {
      what: 'as a viewer',
      as: 'viewer',
      input: (w) => ({ id: w.dealId }),
      answers: 'ForbiddenError',
    },
  ],
  assignDeal: [
    {
      what: 'to someone outside the workspace (checked after the update)',
      as: 'owner',
      input: (w) => ({ dealId: w.dealId, assigneeId: w.stranger.id }),
      answers: 'ValidationError',
    },
  ],
  moveDealToStep: [
    {
      what: 'to a step its workflow does not allow from here',
      as: 'owner',
      input: (w) => ({ dealId: w.dealId, toStepId: w.wonStepId }),
      answers: 'TransitionNotAllowedError',
    },
  ],
  createLead: [
    {
      what: 'with a custom field the workspace does not define (checked after the insert)',
      as: 'owner',
      input: (w) => ({ workspaceId: w.workspaceId, name: 'Maybe', customFields: { nope: 1 } }),
      answers: 'ValidationError',
    },
  ],
  updateLead: [
    {
      what: 'assigned to someone outside the workspace (checked after the update)',
      as: 'owner',
      input: (w) => ({ id: w.leadId, name: 'Renamed', assigneeId: w.stranger.id }),
      answers: 'ValidationError',
    },
  ],
  deleteLead: [
    {
      what: 'as a viewer',
      as: 'viewer',
      input: (w) => ({ id: w.leadId }),
      answers: 'ForbiddenError',
    },
  ],
  moveLeadToStep: [
    {
      what: 'to a step of another workflow',
      as: 'owner',
      input: (w) => ({ leadId: w.leadId, toStepId: w.wonStepId }),
      answers: 'TransitionNotAllowedError',
    },
  ],
  convertLead: [
    {
      what: 'into a deal with more than 2 decimals',
      as: 'owner',
      input: (w) => ({ leadId: w.leadId, amount: '1.234' }),
      answers: 'ValidationError',
    },
    {
      what: 'when deals require a custom field (after its organization and person are created)',
      as: 'owner',
      arrange: async (_db, w, api) => {
        await api.as(
          w.owner,
          `mutation($input: CreateCustomFieldDefinitionInput!) {
             createCustomFieldDefinition(input: $input) { __typename } }`,
          {
            input: {
              workspaceId: w.workspaceId,
              entityType: 'DEAL',
              key: 'tier',
              label: 'Tier',
              type: 'TEXT',
              required: true,
            },
          },
        );
      },
      input: (w) => ({ leadId: w.leadId }),
      answers: 'ValidationError',
    },
    {
      what: 'into an organization that does not exist',
      as: 'owner',
      input: (w) => ({ leadId: w.leadId, organizationId: missing() }),
      answers: 'ValidationError',
    },
  ],
  createActivity: [
    {
      what: 'about a record that does not exist (checked after the insert)',
      as: 'owner',
      input: (w) => ({
        workspaceId: w.workspaceId,
        kind: 'TASK',
        title: 'Call nobody',
        entityType: 'DEAL',
        entityId: missing(),
      }),
      answers: 'ValidationError',
    },
  ],
  updateActivity: [
    {
      what: 'linked to a record that does not exist (checked after the update)',
      as: 'owner',
      input: (w) => ({
        id: w.activityId,
        title: 'Renamed',
        entityType: 'DEAL',
        entityId: missing(),
      }),
      answers: 'ValidationError',
    },
  ],
  completeActivity: [
    {
      what: 'as a viewer',
      as: 'viewer',
      input: (w) => ({ id: w.activityId }),
      answers: 'ForbiddenError',
    },
  ],
  reopenActivity: [
    {
      what: 'that does not exist',
      as: 'owner',
      input: () => ({ id: missing() }),
      answers: 'NotFoundError',
    },
  ],
  deleteActivity: [
    {
      what: 'as a viewer',
      as: 'viewer',
      input: (w) => ({ id: w.activityId }),
      answers: 'ForbiddenError',
    },
  ],
  createNote: [
    {
      what: 'as a viewer',
      as: 'viewer',
      input: (w) => ({ entityType: 'DEAL', entityId: w.dealId, body: 'Hello' }),
      answers: 'ForbiddenError',
    },
  ],
  updateNote: [
    {
      what: 'as a viewer',
      as: 'viewer',
      input: (w) => ({ id: w.noteId, body: 'Mine' }),
      answers: 'ForbiddenError',
    },
  ],
  deleteNote: [
    {
      what: 'that does not exist',
      as: 'owner',
      input: () => ({ id: missing() }),
      answers: 'NotFoundError',
    },
  ],
  createCustomFieldDefinition: [
    {
      what: 'with a key already used',
      as: 'owner',
      input: (w) => ({
        workspaceId: w.workspaceId,
        entityType: 'DEAL',
        key: 'region',
        label: 'Region again',
        type: 'TEXT',
      }),
      answers: 'ValidationError',
    },
  ],
  updateCustomFieldDefinition: [
    {
      what: 'as a viewer',
      as: 'viewer',
      input: (w) => ({ id: w.fieldId, label: 'Zone' }),
      answers: 'ForbiddenError',
    },
  ],
  deleteCustomFieldDefinition: [
    {
      what: 'as a viewer',
      as: 'viewer',
      input: (w) => ({ id: w.fieldId }),
      answers: 'ForbiddenError',
    },
  ],
  createWorkflowDraft: [
    {
      what: 'of a workflow that does not exist',
      as: 'owner',
      input: () => ({ workflowId: missing() }),
      answers: 'NotFoundError',
    },
  ],
  addWorkflowStep: [
    {
      what: 'with a key the draft already has',
      as: 'owner',
      input: (w) => ({
        versionId: w.draftVersionId,
        key: 'qualification',
        name: 'Again',
        defaultProbability: 0.1,
      }),
      answers: 'ValidationError',
    },
  ],
  updateWorkflowStep: [
    {
      what: 'as a viewer',
      as: 'viewer',
      input: (w) => ({ id: w.draftStepIds[0], name: 'Mine' }),
      answers: 'ForbiddenError',
    },
  ],
  removeWorkflowStep: [
    {
      what: 'that does not exist',
      as: 'owner',
      input: () => ({ id: missing() }),
      answers: 'NotFoundError',
    },
  ],
  addWorkflowTransition: [
    {
      what: 'between steps of another version',
      as: 'owner',
      input: (w) => ({
        versionId: w.draftVersionId,
        fromStepId: w.wonStepId,
        toStepId: w.wonStepId,
      }),
      answers: 'ValidationError',
    },
  ],
  updateWorkflowTransition: [
    {
      what: 'as a viewer',
      as: 'viewer',
      input: (w) => ({ id: w.transitionId, requiredFields: ['amount'] }),
      answers: 'ForbiddenError',
    },
  ],
  removeWorkflowTransition: [
    {
      what: 'that does not exist',
      as: 'owner',
      input: () => ({ id: missing() }),
      answers: 'NotFoundError',
    },
  ],
  publishWorkflow: [
    {
      what: 'as a viewer',
      as: 'viewer',
      input: (w) => ({ versionId: w.draftVersionId }),
      answers: 'ForbiddenError',
    },
  ],
  migrateEntities: [
    {
      what: 'from a version that does not exist',
      as: 'owner',
      input: (w) => ({ fromVersionId: missing(), toVersionId: w.activeVersionId, mapping: [] }),
      answers: 'NotFoundError',
    },
  ],
  cancelAutomationRun: [
    {
      what: 'that does not exist',
      as: 'owner',
      input: () => ({ runId: missing() }),
      answers: 'NotFoundError',
    },
  ],
  replayAutomationRun: [
    {
      what: 'that does not exist',
      as: 'owner',
      input: () => ({ runId: missing() }),
      answers: 'NotFoundError',
    },
  ],
  requestNextTip: [
    {
      what: 'in a workspace that is not theirs',
      as: 'stranger',
      input: (w) => ({ workspaceId: w.workspaceId }),
      answers: 'NotFoundError',
    },
  ],
  giveTipFeedback: [
    {
      what: 'on a tip that does not exist',
      as: 'owner',
      input: () => ({ tipId: missing(), reaction: 'DONE' }),
      answers: 'NotFoundError',
    },
  ],
  promotePolicy: [
    {
      // The bug this test was written for: the live policy was demoted, then the missing target
      // answered NotFound, and the workspace was left with no live policy.
      what: 'to a policy whose row is missing (after demoting the live one)',
      as: 'owner',
      arrange: async (db, w) => {
        await db.asOwner((tx) =>
          tx.query(`delete from recommender.policies where workspace_id = $1 and name = 'linucb'`, [
            w.workspaceId,
          ]),
        );
      },
      input: (w) => ({ workspaceId: w.workspaceId, policy: 'LINUCB' }),
      answers: 'NotFoundError',
    },
  ],
  updateNotificationPreferences: [
    {
      what: 'with a quiet start but no end',
      as: 'owner',
      input: () => ({ quietStart: '22:00' }),
      answers: 'ValidationError',
    },
  ],
};

/** The input type a mutation takes, read from the schema. */
function inputTypeOf(mutation: string): string {
  const field = schema.getMutationType()!.getFields()[mutation]!;
  return String(field.args[0]!.type).replace(/!$/, '');
}

/** Every app table: its row count and a digest of all its rows, in one statement. */
async function snapshot(db: Db, tables: string[]): Promise<Record<string, string>> {
  const rows = await db.asOwner((tx) =>
    tx.query<{ t: string; digest: string }>(
      tables
        .map(
          (t) =>
            `select '${t}' as t, count(*) || ':' || md5(coalesce(string_agg(x::text, '|' order by x::text), '')) as digest from ${t} x`,
        )
        .join(' union all '),
    ),
  );
  return Object.fromEntries(rows.map((r) => [r.t, r.digest]));
}

async function buildWorld(db: Db, api: Api): Promise<World> {
  const { owner, workspaceId, addMember } = await createWorkspaceWithOwner(db, api, 'Acme');
  await api.as(
    owner,
    'mutation { createWorkspace(input: {name: "Acme", slug: "acme-atomic"}) { __typename } }',
  );
  const viewer = await addMember('VIEWER');
  const stranger = await createUser(db);
  const run = async (name: string, input: Record<string, unknown>, selection: string) => {
    const data = await api.as(
      owner,
      `mutation($input: ${name[0]!.toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { __typename ... on ${name[0]!.toUpperCase()}${name.slice(1)}Success { ${selection} } } }`,
      { input },
    );
    return data[name];
  };
  const organization = await run(
    'createOrganization',
    { workspaceId, name: 'Globex' },
    'organization { id }',
  );
  const person = await run('createPerson', { workspaceId, name: 'Hank' }, 'person { id }');
  const deal = await run(
    'createDeal',
    { workspaceId, name: 'Big one', personIds: [person.person.id] },
    'deal { id }',
  );
  const lead = await run(
    'createLead',
    { workspaceId, name: 'Lena', company: 'Initech' },
    'lead { id }',
  );
  const activity = await run(
    'createActivity',
    { workspaceId, kind: 'TASK', title: 'Call Hank' },
    'activity { id }',
  );
  const note = await run(
    'createNote',
    { entityType: 'DEAL', entityId: deal.deal.id, body: 'Hi' },
    'note { id }',
  );
  const field = await run(
    'createCustomFieldDefinition',
    { workspaceId, entityType: 'DEAL', key: 'region', label: 'Region', type: 'TEXT' },
    'customFieldDefinition { id }',
  );
  const { workflows } = await api.as(
    owner,
    `query($ws: ID!) { workflows(workspaceId: $ws, entityType: DEAL) {
       id versions { id state steps { id key } transitions { id } } } }`,
    { ws: workspaceId },
  );
  const sales = workflows[0];
  const active = sales.versions.find((v: { state: string }) => v.state === 'ACTIVE');
  const draft = await run(
    'createWorkflowDraft',
    { workflowId: sales.id },
    'version { id steps { id } transitions { id } }',
  );
  return {
    workspaceId,
    owner,
    viewer,
    stranger,
    organizationId: organization.organization.id,
    personId: person.person.id,
    dealId: deal.deal.id,
    leadId: lead.lead.id,
    activityId: activity.activity.id,
    noteId: note.note.id,
    fieldId: field.customFieldDefinition.id,
    draftVersionId: draft.version.id,
    activeVersionId: active.id,
    draftStepIds: draft.version.steps.map((s: { id: string }) => s.id),
    transitionId: draft.version.transitions[0].id,
    wonStepId: active.steps.find((s: { key: string }) => s.key === 'closed_won').id,
  };
}

describe('every mutation is atomic', () => {
  let db: Db;
  let api: Api;
  let world: World;
  let tables: string[];
  let mutations: string[];

  beforeAll(async () => {
    db = await openTestDb();
    api = createTestApi(db);
    world = await buildWorld(db, api);
    // Ours only: auth, storage and extensions are Supabase's on a Supabase project.
    tables = (
      await db.asOwner((tx) =>
        tx.query<{ t: string }>(
          `select format('%I.%I', schemaname, tablename) as t from pg_tables
            where schemaname not in ('pg_catalog', 'information_schema', 'auth', 'supabase_migrations',
                                     'storage', 'extensions')
              and schemaname not like 'pg\\_%' order by 1`,
        ),
      )
    ).map((r) => r.t);
    mutations = Object.keys(schema.getMutationType()!.getFields()).sort();
  });

  afterAll(async () => {
    await db.close();
  });

  it('has cases for exactly the mutations of the schema', () => {
    expect(Object.keys(CASES).sort()).toEqual(mutations);
  });

  for (const [name, cases] of Object.entries(CASES)) {
    for (const c of cases) {
      it(`${name} ${c.what}: answers ${c.answers} and changes no row`, async () => {
        await c.arrange?.(db, world, api);
        const before = await snapshot(db, tables);
        const inputType = inputTypeOf(name);
        const result = await api.raw(
          world[c.as],
          `mutation($input: ${inputType}!) { ${name}(input: $input) { __typename } }`,
          { input: c.input(world) },
        );
        expect(result.errors).toBeUndefined();
        expect(result.data[name].__typename).toBe(c.answers);
        expect(await snapshot(db, tables)).toEqual(before);
      });
    }
  }
});
