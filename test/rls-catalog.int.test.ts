// Row-level security, checked from the catalog so that a table added tomorrow is covered without
// touching this file: every app table has RLS and policies, and no user can read or change another
// workspace's rows in any of them, through SQL or through the API.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db, SqlParam, UserClaims } from '../lib/db/port.ts';
import { postgresError, SqlState } from '../lib/errors/postgres-errors.ts';
import { createUser, type TestUser } from './helpers/factories.ts';
import { createTestApi } from './helpers/graphql.ts';
import { startTestAutomation } from './helpers/automation.ts';
import { openTestDb } from './helpers/test-db.ts';

/** Schemas that are Postgres's or Supabase's, not the app's. Anything starting pg_ is too. */
const SYSTEM_SCHEMAS = [
  'pg_catalog',
  'information_schema',
  'pg_toast',
  'auth',
  'supabase_migrations',
  // Supabase's own, present on a Supabase project (and the supabase-hosted leg), not ours.
  'storage',
  'extensions',
];

/** App tables that are not scoped by a workspace_id column, with the column that scopes them. */
const SCOPED_BY_OTHER_KEY: Record<string, string> = { 'workspaces.workspaces': 'id' };

/**
 * App tables that belong to no workspace, and why. Each must still have RLS and a policy; the
 * test below also checks what signed-in users may do with them.
 */
const NOT_IN_A_WORKSPACE: Record<string, { why: string; authenticatedMay: string[] }> = {
  'automation.functions': {
    why: 'function definitions are code, the same for everyone',
    authenticatedMay: ['SELECT'],
  },
  'automation.queue': {
    why: "the executor's work queue, for service_role only",
    authenticatedMay: [],
  },
  'automation.schedules': {
    why: "the executor's cron state, for service_role only",
    authenticatedMay: [],
  },
  'notifier.preferences': {
    why: "a person's own notification settings, the same in every workspace; RLS keeps them theirs",
    authenticatedMay: ['INSERT', 'SELECT', 'UPDATE'],
  },
};

/**
 * Workspace tables whose rows are private to one member (the column naming them): a viewer of
 * the workspace sees none of Alice's, and the privacy of each is tested in its module too.
 */
const PRIVATE_TO_THEIR_USER: Record<string, string> = {
  'recommender.tips': 'user_id',
  'notifier.deliveries': 'user_id',
  'conversations.reads': 'user_id',
};

/** Workspace tables a viewer reads none of, and why (their own tests cover who does). */
const HIDDEN_FROM_VIEWERS: Record<string, string> = {
  'integrations.cursors': 'pull cursors are the service’s bookkeeping',
  'integrations.webhook_deliveries': 'raw webhook bodies are for the service only',
  'integrations.dead_letters': 'admins only: a dead letter holds a raw payload',
};

interface AppTable {
  /** Schema-qualified and quoted, ready to interpolate into SQL. */
  table: string;
  rls: boolean;
  policies: number;
  hasWorkspaceId: boolean;
}

interface ScopedTable {
  table: string;
  /** The column holding the workspace's id. */
  key: string;
}

const CREATE_WORKSPACE = /* GraphQL */ `
  mutation CreateWorkspace($input: CreateWorkspaceInput!) {
    createWorkspace(input: $input) {
      ... on CreateWorkspaceSuccess {
        workspace {
          id
        }
      }
    }
  }
`;
const ADD_MEMBER = /* GraphQL */ `
  mutation AddMember($input: AddWorkspaceMemberInput!) {
    addWorkspaceMember(input: $input) {
      __typename
    }
  }
`;
const CREATE_ORGANIZATION = /* GraphQL */ `
  mutation CreateOrganization($input: CreateOrganizationInput!) {
    createOrganization(input: $input) {
      __typename
      ... on CreateOrganizationSuccess {
        organization {
          id
        }
      }
      ... on Error {
        message
        code
      }
      ... on NotFoundError {
        entity
      }
      ... on ValidationError {
        fieldErrors {
          path
          message
        }
      }
    }
  }
`;
const CREATE_PERSON = /* GraphQL */ `
  mutation CreatePerson($input: CreatePersonInput!) {
    createPerson(input: $input) {
      ... on CreatePersonSuccess {
        person {
          id
        }
      }
    }
  }
`;

let db: Db;
let api: ReturnType<typeof createTestApi>;
let appTables: AppTable[];
let scopedTables: ScopedTable[];

/** Alice owns a workspace with a row in every workspace-scoped table. */
let alice: TestUser;
let aliceWorkspaceId: string;
let aliceOrganizationId: string;
let alicePersonId: string;
/** A viewer of Alice's workspace. */
let viewer: TestUser;
/** Bob owns a workspace of his own and is not in Alice's. */
let bob: TestUser;
/** Every row of Alice's workspace, per table, as set up. */
let aliceRowsAtStart: Record<string, string[]>;

beforeAll(async () => {
  db = await openTestDb();
  api = createTestApi(db);
  appTables = await listAppTables();
  scopedTables = appTables
    .filter((t) => t.hasWorkspaceId || t.table in SCOPED_BY_OTHER_KEY)
    .map((t) => ({ table: t.table, key: SCOPED_BY_OTHER_KEY[t.table] ?? 'workspace_id' }));

  [alice, viewer, bob] = await Promise.all([createUser(db), createUser(db), createUser(db)]);
  aliceWorkspaceId = await createWorkspace(alice, 'Alice & Co');
  await createWorkspace(bob, 'Bob Ltd');
  await addMember(alice, aliceWorkspaceId, viewer.email, 'VIEWER');
  const org = await api.as(alice, CREATE_ORGANIZATION, {
    input: { workspaceId: aliceWorkspaceId, name: 'Acme', emails: ['hello@acme.test'] },
  });
  aliceOrganizationId = org.createOrganization.organization.id;
  const person = await api.as(alice, CREATE_PERSON, {
    input: { workspaceId: aliceWorkspaceId, organizationId: aliceOrganizationId, name: 'Ada' },
  });
  alicePersonId = person.createPerson.person.id;
  // A deal with a person (deals, deal_people) and a lead; both start workflow projects, which
  // fills wfm.projects, wfm.status_history and automation.outbox too.
  const dealAndLead = await api.as(
    alice,
    `mutation($deal: CreateDealInput!, $lead: CreateLeadInput!) {
      createDeal(input: $deal) { __typename }
      createLead(input: $lead) { __typename }
    }`,
    {
      deal: {
        workspaceId: aliceWorkspaceId,
        name: 'Acme rollout',
        amount: '1200',
        organizationId: aliceOrganizationId,
        personIds: [alicePersonId],
      },
      lead: { workspaceId: aliceWorkspaceId, name: 'Grace', company: 'Hopper Labs' },
    },
  );
  expect(dealAndLead).toEqual({
    createDeal: { __typename: 'CreateDealSuccess' },
    createLead: { __typename: 'CreateLeadSuccess' },
  });
  // An activity, a note and a custom field definition (crm.activities, crm.notes,
  // crm.custom_field_definitions).
  const crmExtras = await api.as(
    alice,
    `mutation($activity: CreateActivityInput!, $note: CreateNoteInput!, $field: CreateCustomFieldDefinitionInput!) {
      createActivity(input: $activity) { __typename }
      createNote(input: $note) { __typename }
      createCustomFieldDefinition(input: $field) { __typename }
    }`,
    {
      activity: {
        workspaceId: aliceWorkspaceId,
        kind: 'TASK',
        title: 'Call Ada',
        entityType: 'PERSON',
        entityId: alicePersonId,
      },
      note: { entityType: 'ORGANIZATION', entityId: aliceOrganizationId, body: 'Met at the fair' },
      field: {
        workspaceId: aliceWorkspaceId,
        entityType: 'ORGANIZATION',
        key: 'tier',
        label: 'Tier',
        type: 'TEXT',
      },
    },
  );
  expect(crmExtras).toEqual({
    createActivity: { __typename: 'CreateActivitySuccess' },
    createNote: { __typename: 'CreateNoteSuccess' },
    createCustomFieldDefinition: { __typename: 'CreateCustomFieldDefinitionSuccess' },
  });

  // A tip answered (recommender.tips; the learning function fills policy_updates below), and a
  // promotion (recommender.promotions). recommender.policies come with the workspace.
  const { requestNextTip } = await api.as(
    alice,
    `mutation($input: RequestNextTipInput!) {
      requestNextTip(input: $input) { ... on RequestNextTipSuccess { decision { tip { id } } } }
    }`,
    { input: { workspaceId: aliceWorkspaceId } },
  );
  const answered = await api.as(
    alice,
    `mutation($feedback: GiveTipFeedbackInput!, $promotion: PromotePolicyInput!) {
      giveTipFeedback(input: $feedback) { __typename }
      promotePolicy(input: $promotion) { __typename }
    }`,
    {
      feedback: { tipId: requestNextTip.decision.tip.id, reaction: 'DONE' },
      promotion: { workspaceId: aliceWorkspaceId, policy: 'LINUCB' },
    },
  );
  expect(answered).toEqual({
    giveTipFeedback: { __typename: 'GiveTipFeedbackSuccess' },
    promotePolicy: { __typename: 'PromotePolicySuccess' },
  });

  // Durable runs of Alice's workspace (automation.events, runs, run_steps): the executor ingests
  // the outbox the writes above filled and runs the functions they trigger; a requested tip is
  // decided and delivered in-app (notifier.deliveries). A run waiting for an event
  // (automation.waits) is written directly.
  const executor = await startTestAutomation(db);
  await executor.send([
    {
      name: 'tip/requested',
      data: { workspaceId: aliceWorkspaceId, userId: alice.id, reason: 'fixture' },
    },
  ]);
  for (let i = 0; i < 10 && (await executor.drain()) > 0; i++);
  await db.asService(async (tx) => {
    const [run] = await tx.query<{ id: string }>(
      `select id from automation.runs where workspace_id = $1 limit 1`,
      [aliceWorkspaceId],
    );
    await tx.query(
      `insert into automation.waits (run_id, step_id, workspace_id, event_name) values ($1, 'fixture', $2, 'test/never')`,
      [run!.id, aliceWorkspaceId],
    );
  });

  await connectorFixtures();
  aliceRowsAtStart = await aliceRows();
});

/**
 * A connection with a cursor, a webhook delivery, a dead letter, and a conversation with a
 * message, a participant, an identity, a read mark and a queued reply, written as the
 * ingestion service writes them.
 */
async function connectorFixtures(): Promise<void> {
  await db.asService(async (tx) => {
    const ws = aliceWorkspaceId;
    const [conn] = await tx.query<{ id: string }>(
      `insert into integrations.connections (workspace_id, kind, name, credentials, owner_id)
       values ($1, 'telegram', 'Support bot', '{"v":1}', $2) returning id`,
      [ws, alice.id],
    );
    const connectionId = conn!.id;
    await tx.query(
      `insert into integrations.cursors (connection_id, workspace_id, scope, value) values ($1, $2, 'updates', '1')`,
      [connectionId, ws],
    );
    await tx.query(
      `insert into integrations.webhook_deliveries (workspace_id, connection_id, external_id, payload)
       values ($1, $2, 'u1', '{}')`,
      [ws, connectionId],
    );
    await tx.query(
      `insert into integrations.dead_letters (workspace_id, connection_id, source, payload, error)
       values ($1, $2, 'webhook', '{}', 'malformed')`,
      [ws, connectionId],
    );
    const [conversation] = await tx.query<{ id: string }>(
      `insert into conversations.conversations (workspace_id, connection_id, channel, external_thread_id, last_message_at)
       values ($1, $2, 'telegram', 'chat:1', now()) returning id`,
      [ws, connectionId],
    );
    const conversationId = conversation!.id;
    await tx.query(
      `insert into conversations.messages (workspace_id, conversation_id, connection_id, channel, external_id, direction, sender_handle, sent_at, text)
       values ($1, $2, $3, 'telegram', '1:1', 'inbound', 'tg:1', now(), 'Hello')`,
      [ws, conversationId, connectionId],
    );
    await tx.query(
      `insert into conversations.participants (conversation_id, workspace_id, handle) values ($1, $2, 'tg:1')`,
      [conversationId, ws],
    );
    await tx.query(
      `insert into conversations.identities (workspace_id, channel, handle, person_id) values ($1, 'telegram', 'tg:1', $2)`,
      [ws, alicePersonId],
    );
    await tx.query(
      `insert into conversations.reads (conversation_id, workspace_id, user_id, read_at) values ($1, $2, $3, now())`,
      [conversationId, ws, alice.id],
    );
    await tx.query(
      `insert into conversations.outbound_messages (workspace_id, conversation_id, text, idempotency_key)
       values ($1, $2, 'Hi', 'fixture')`,
      [ws, conversationId],
    );
  });
}
afterAll(() => db.close());

function listAppTables(): Promise<AppTable[]> {
  return db.asOwner((tx) =>
    tx.query<AppTable & Record<string, unknown>>(
      `select format('%I.%I', n.nspname, c.relname) as "table",
              c.relrowsecurity as rls,
              (select count(*)::int from pg_policies p
                where p.schemaname = n.nspname and p.tablename = c.relname) as policies,
              exists (select 1 from pg_attribute a
                       where a.attrelid = c.oid and a.attname = 'workspace_id'
                         and a.attnum > 0 and not a.attisdropped) as "hasWorkspaceId"
         from pg_class c
         join pg_namespace n on n.oid = c.relnamespace
        where c.relkind in ('r', 'p')
          and n.nspname <> all ($1::text[])
          and n.nspname not like 'pg\\_%'
        order by 1`,
      [`{${SYSTEM_SCHEMAS.join(',')}}`],
    ),
  );
}

async function createWorkspace(owner: TestUser, name: string): Promise<string> {
  const data = await api.as(owner, CREATE_WORKSPACE, {
    input: { name, slug: `ws-${randomUUID().slice(0, 8)}` },
  });
  return data.createWorkspace.workspace.id;
}

async function addMember(caller: TestUser, workspaceId: string, email: string, role: string) {
  const data = await api.as(caller, ADD_MEMBER, { input: { workspaceId, email, role } });
  expect(data.addWorkspaceMember.__typename).toBe('AddWorkspaceMemberSuccess');
}

/** Every row of Alice's workspace in each scoped table, as JSON, bypassing RLS. */
async function aliceRows(): Promise<Record<string, string[]>> {
  return db.asService(async (tx) => {
    const rows: Record<string, string[]> = {};
    for (const { table, key } of scopedTables) {
      const found = await tx.query<{ row: string }>(
        `select to_jsonb(t)::text as row from ${table} t where ${key} = $1 order by 1`,
        [aliceWorkspaceId],
      );
      rows[table] = found.map((r) => r.row);
    }
    return rows;
  });
}

type Outcome = { rows: number } | { refused: string };

/** Runs one statement as a user in its own transaction: the rows it returned, or its refusal. */
async function attempt(claims: UserClaims, sql: string, params: SqlParam[]): Promise<Outcome> {
  try {
    return { rows: (await db.asUser(claims, (tx) => tx.query(sql, params))).length };
  } catch (error) {
    const pg = postgresError(error);
    if (pg?.code === SqlState.InsufficientPrivilege) return { refused: pg.message };
    throw error;
  }
}

/** The tables where a write by this user on Alice's rows did something (it should do nothing). */
async function tablesChangedBy(
  claims: UserClaims,
  statementFor: (t: ScopedTable) => string,
): Promise<Record<string, Outcome>> {
  const offenders: Record<string, Outcome> = {};
  for (const t of scopedTables) {
    const outcome = await attempt(claims, statementFor(t), [aliceWorkspaceId]);
    // Zero rows (RLS hid them) and a permission error both mean nothing changed.
    if ('rows' in outcome && outcome.rows > 0) offenders[t.table] = outcome;
  }
  return offenders;
}

const updateStatement = ({ table, key }: ScopedTable) =>
  `update ${table} set ${key} = ${key} where ${key} = $1 returning 1`;
const deleteStatement = ({ table, key }: ScopedTable) =>
  `delete from ${table} where ${key} = $1 returning 1`;
const insertOrganization = `insert into crm.organizations (workspace_id, name) values ($1, 'Sneaky') returning 1`;

describe('the catalog', () => {
  it('has app tables to check (so the checks below cannot pass vacuously)', () => {
    expect(appTables.map((t) => t.table)).toEqual(
      expect.arrayContaining(['crm.organizations', 'workspaces.workspaces']),
    );
  });

  it('has row-level security enabled on every app table', () => {
    const offenders = appTables.filter((t) => !t.rls).map((t) => t.table);
    expect(offenders, `tables without row level security: ${offenders.join(', ')}`).toEqual([]);
  });

  it('has at least one policy on every app table', () => {
    const offenders = appTables.filter((t) => t.policies === 0).map((t) => t.table);
    expect(offenders, `tables without policies: ${offenders.join(', ')}`).toEqual([]);
  });

  it('scopes every app table to a workspace, so the isolation checks below cover it', () => {
    const offenders = appTables
      .filter(
        (t) =>
          !t.hasWorkspaceId &&
          !(t.table in SCOPED_BY_OTHER_KEY) &&
          !(t.table in NOT_IN_A_WORKSPACE),
      )
      .map((t) => t.table);
    expect(
      offenders,
      `tables with no workspace_id column (add one, or list the table in SCOPED_BY_OTHER_KEY or NOT_IN_A_WORKSPACE): ${offenders.join(', ')}`,
    ).toEqual([]);
  });

  it('grants signed-in users only the listed privileges on tables outside workspaces', async () => {
    for (const [table, { authenticatedMay }] of Object.entries(NOT_IN_A_WORKSPACE)) {
      const [row] = await db.asOwner((tx) =>
        tx.query<{ privileges: string[] }>(
          `select coalesce(array_agg(privilege_type::text order by privilege_type), '{}') as privileges
             from information_schema.role_table_grants
            where grantee = 'authenticated' and table_schema || '.' || table_name = $1`,
          [table],
        ),
      );
      expect(row?.privileges, table).toEqual(authenticatedMay);
    }
  });

  it("has fixture rows of Alice's workspace in every workspace-scoped table", () => {
    const empty = scopedTables.map((t) => t.table).filter((t) => !aliceRowsAtStart[t]?.length);
    expect(
      empty,
      `no fixture rows in ${empty.join(', ')}: create some in this file's beforeAll`,
    ).toEqual([]);
  });
});

describe('a user of another workspace, through SQL', () => {
  it("reads none of Alice's rows in any table", async () => {
    const offenders: Record<string, Outcome> = {};
    for (const { table, key } of scopedTables) {
      const outcome = await attempt(bob.claims, `select 1 from ${table} where ${key} = $1`, [
        aliceWorkspaceId,
      ]);
      if (!('rows' in outcome) || outcome.rows !== 0) offenders[table] = outcome;
    }
    expect(offenders).toEqual({});
  });

  it("updates none of Alice's rows in any table", async () => {
    expect(await tablesChangedBy(bob.claims, updateStatement)).toEqual({});
    expect(await aliceRows()).toEqual(aliceRowsAtStart);
  });

  it("deletes none of Alice's rows in any table", async () => {
    expect(await tablesChangedBy(bob.claims, deleteStatement)).toEqual({});
    expect(await aliceRows()).toEqual(aliceRowsAtStart);
  });

  it("cannot insert an organization into Alice's workspace", async () => {
    const outcome = await attempt(bob.claims, insertOrganization, [aliceWorkspaceId]);

    expect(outcome).toEqual({ refused: expect.any(String) });
    expect(await aliceRows()).toEqual(aliceRowsAtStart);
  });
});

describe("a viewer of Alice's workspace, through SQL", () => {
  it("reads all of Alice's rows in every table, but the ones private to Alice", async () => {
    const offenders: Record<string, { sees: Outcome; exists: number }> = {};
    for (const { table, key } of scopedTables) {
      const sees = await attempt(viewer.claims, `select 1 from ${table} where ${key} = $1`, [
        aliceWorkspaceId,
      ]);
      const hidden = table in PRIVATE_TO_THEIR_USER || table in HIDDEN_FROM_VIEWERS;
      const exists = hidden ? 0 : (aliceRowsAtStart[table]?.length ?? 0);
      if (!('rows' in sees) || sees.rows !== exists) offenders[table] = { sees, exists };
    }
    expect(offenders).toEqual({});
  });

  it('updates nothing in any table', async () => {
    expect(await tablesChangedBy(viewer.claims, updateStatement)).toEqual({});
    expect(await aliceRows()).toEqual(aliceRowsAtStart);
  });

  it('deletes nothing in any table', async () => {
    expect(await tablesChangedBy(viewer.claims, deleteStatement)).toEqual({});
    expect(await aliceRows()).toEqual(aliceRowsAtStart);
  });

  it('cannot insert an organization', async () => {
    const outcome = await attempt(viewer.claims, insertOrganization, [aliceWorkspaceId]);

    expect(outcome).toEqual({ refused: expect.any(String) });
    expect(await aliceRows()).toEqual(aliceRowsAtStart);
  });
});

describe('a user of another workspace, through GraphQL', () => {
  it("sees neither Alice's organization nor her person by id", async () => {
    const data = await api.as(
      bob,
      `query($org: ID!, $person: ID!) { organization(id: $org) { id } person(id: $person) { id } }`,
      { org: aliceOrganizationId, person: alicePersonId },
    );

    expect(data).toEqual({ organization: null, person: null });
  });

  it("lists no organizations or people of Alice's workspace", async () => {
    const data = await api.as(
      bob,
      `query($ws: ID!) {
        organizations(workspaceId: $ws) { edges { node { id } } }
        people(workspaceId: $ws) { edges { node { id } } }
      }`,
      { ws: aliceWorkspaceId },
    );

    expect(data).toEqual({ organizations: { edges: [] }, people: { edges: [] } });
  });

  it.each([
    [
      'updateOrganization',
      'UpdateOrganizationInput',
      () => ({ id: aliceOrganizationId, name: 'Mine' }),
    ],
    ['deleteOrganization', 'DeleteOrganizationInput', () => ({ id: aliceOrganizationId })],
    ['updatePerson', 'UpdatePersonInput', () => ({ id: alicePersonId, name: 'Mine' })],
    ['deletePerson', 'DeletePersonInput', () => ({ id: alicePersonId })],
  ])(
    "gets NotFoundError from %s on Alice's record, which stays as it was",
    async (mutation, inputType, input) => {
      const data = await api.as(
        bob,
        `mutation($input: ${inputType}!) {
        ${mutation}(input: $input) { __typename ... on Error { code } }
      }`,
        { input: input() },
      );

      expect(data[mutation]).toEqual({ __typename: 'NotFoundError', code: 'NOT_FOUND' });
      expect(await aliceRows()).toEqual(aliceRowsAtStart);
    },
  );

  it("gets NotFoundError (the workspace) when creating an organization in Alice's workspace", async () => {
    const { createOrganization } = await api.as(bob, CREATE_ORGANIZATION, {
      input: { workspaceId: aliceWorkspaceId, name: 'Sneaky' },
    });

    expect(createOrganization).toMatchObject({
      __typename: 'NotFoundError',
      code: 'NOT_FOUND',
      entity: 'Workspace',
    });
    expect(await aliceRows()).toEqual(aliceRowsAtStart);
  });
});

describe("a viewer of Alice's workspace, through GraphQL", () => {
  it.each([
    [
      'updateOrganization',
      'UpdateOrganizationInput',
      () => ({ id: aliceOrganizationId, name: 'Mine' }),
    ],
    ['deleteOrganization', 'DeleteOrganizationInput', () => ({ id: aliceOrganizationId })],
    ['updatePerson', 'UpdatePersonInput', () => ({ id: alicePersonId, name: 'Mine' })],
    ['deletePerson', 'DeletePersonInput', () => ({ id: alicePersonId })],
  ])(
    'gets ForbiddenError from %s, and the record stays as it was',
    async (mutation, inputType, input) => {
      const data = await api.as(
        viewer,
        `mutation($input: ${inputType}!) {
        ${mutation}(input: $input) { __typename ... on Error { code } }
      }`,
        { input: input() },
      );

      expect(data[mutation]).toEqual({ __typename: 'ForbiddenError', code: 'FORBIDDEN' });
      expect(await aliceRows()).toEqual(aliceRowsAtStart);
    },
  );

  it('gets ForbiddenError when creating an organization', async () => {
    const { createOrganization } = await api.as(viewer, CREATE_ORGANIZATION, {
      input: { workspaceId: aliceWorkspaceId, name: 'Sneaky' },
    });

    expect(createOrganization).toMatchObject({ __typename: 'ForbiddenError', code: 'FORBIDDEN' });
    expect(await aliceRows()).toEqual(aliceRowsAtStart);
  });
});
