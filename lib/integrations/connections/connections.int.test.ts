// Connections through the API: admins manage them, members read their status, other
// workspaces see nothing, and a secret that goes in never comes out of any response.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CREATE_CONNECTION } from '../../../test/helpers/connections.ts';
import type { TestUser } from '../../../test/helpers/factories.ts';
import { createTestApi } from '../../../test/helpers/graphql.ts';
import { registerTestConnector } from '../../../test/helpers/test-connector.ts';
import { openTestDb } from '../../../test/helpers/test-db.ts';
import { createWorkspaceWithOwner } from '../../../test/helpers/workspace.ts';
import type { Db } from '../../db/port.ts';

const SECRET = 'xoxb-very-secret-token-9F3q';

let db: Db;
let api: ReturnType<typeof createTestApi>;
let ws: Awaited<ReturnType<typeof createWorkspaceWithOwner>>;
let other: Awaited<ReturnType<typeof createWorkspaceWithOwner>>;
let member: TestUser;
let viewer: TestUser;
const control = registerTestConnector('slack');

/** Every response body, to grep for the secret. */
const seen: string[] = [];

async function call(user: TestUser, query: string, variables?: Record<string, unknown>) {
  const result = await api.raw(user, query, variables);
  seen.push(JSON.stringify(result));
  if (result.errors?.length) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

const create = (user: TestUser, input: Record<string, unknown>) =>
  call(user, CREATE_CONNECTION, {
    input: { workspaceId: ws.workspaceId, kind: 'SLACK', name: 'Acme Slack', ...input },
  }).then((d) => d.createConnection);

const FIELDS = `id workspaceId kind name settings credentialsHint private status lastSyncAt
  lastError lastErrorAt syncIntervalSeconds webhookUrl createdAt
  deadLetters(first: 10) { edges { node { id } } }`;

async function storedCount(): Promise<number> {
  const [row] = await db.asService((tx) =>
    tx.query<{ n: number }>('select count(*)::int as n from integrations.connections'),
  );
  return row!.n;
}

beforeAll(async () => {
  db = await openTestDb();
  api = createTestApi(db);
  ws = await createWorkspaceWithOwner(db, api);
  other = await createWorkspaceWithOwner(db, api, 'Other');
  member = await ws.addMember('MEMBER');
  viewer = await ws.addMember('VIEWER');
});
afterAll(async () => {
  // Whatever the test did, no response carried the secret (nor the revoked one).
  const all = seen.join('\n');
  expect(all).not.toContain(SECRET);
  expect(all).not.toContain('revoked-token-1234');
  await db.close();
});

describe('connections', () => {
  let id: string;

  it('lets an admin connect: the secret is sealed, only its last four characters show', async () => {
    const result = await create(ws.owner, {
      credentials: { token: SECRET },
      settings: { gap: 60 },
    });
    expect(result.__typename).toBe('CreateConnectionSuccess');
    id = result.connection.id;
    expect(result.connection).toMatchObject({
      kind: 'SLACK',
      credentialsHint: '9F3q',
      status: 'CONNECTED',
      webhookUrl: `http://waymark.test/webhooks/slack/${id}`,
    });
    const [row] = await db.asService((tx) =>
      tx.query<{ credentials: unknown }>(
        'select credentials from integrations.connections where id = $1',
        [id],
      ),
    );
    expect(JSON.stringify(row!.credentials)).not.toContain(SECRET);
    // The pull starts with the connection.
    const events = await db.asService((tx) =>
      tx.query<{ data: { reason: string } }>(
        `select data from automation.outbox where name = 'connector/sync.requested' and data ->> 'connectionId' = $1`,
        [id],
      ),
    );
    expect(events.map((e) => e.data.reason)).toEqual(['created']);
  });

  it('shows members the connection and its status, with no way to read the credentials', async () => {
    const data = await call(
      member,
      `query($ws: ID!) { connections(workspaceId: $ws) { ${FIELDS} } }`,
      {
        ws: ws.workspaceId,
      },
    );
    expect(data.connections).toHaveLength(1);
    expect(data.connections[0]).toMatchObject({ id, name: 'Acme Slack', settings: { gap: 60 } });
    expect(data.connections[0].deadLetters.edges).toEqual([]);
    const refused = await api.raw(
      member,
      `query($id: ID!) { connection(id: $id) { credentials } }`,
      { id },
    );
    expect(refused.errors?.length).toBeGreaterThan(0);
    // And the column itself is not granted: a direct select as the user fails.
    await expect(
      db.asUser(member.claims, (tx) =>
        tx.query('select credentials from integrations.connections where id = $1', [id]),
      ),
    ).rejects.toThrow();
  });

  it('refuses members and viewers, and answers not found to other workspaces', async () => {
    const before = await storedCount();
    for (const user of [member, viewer]) {
      const result = await create(user, { credentials: { token: SECRET } });
      expect(result).toMatchObject({ __typename: 'ForbiddenError', code: 'FORBIDDEN' });
      const update = await call(
        user,
        `mutation($id: ID!) { updateConnection(input: {id: $id, name: "Mine"}) { __typename } }`,
        { id },
      );
      expect(update.updateConnection.__typename).toBe('ForbiddenError');
    }
    const outsider = await create(other.owner, { credentials: { token: SECRET } });
    expect(outsider).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND' });
    expect(await storedCount()).toBe(before);

    const seenByOther = await call(other.owner, `query($id: ID!) { connection(id: $id) { id } }`, {
      id,
    });
    expect(seenByOther.connection).toBeNull();
    for (const mutation of [
      'updateConnection',
      'deleteConnection',
      'testConnection',
      'syncConnection',
    ]) {
      const input = mutation === 'updateConnection' ? '{id: $id, name: "Taken"}' : '{id: $id}';
      const data = await call(
        other.owner,
        `mutation($id: ID!) { ${mutation}(input: ${input}) { __typename } }`,
        { id },
      );
      expect(data[mutation].__typename, mutation).toBe('NotFoundError');
    }
  });

  it('checks credentials and settings with the kind’s schemas; nothing is stored', async () => {
    const before = await storedCount();
    const short = await create(ws.owner, { credentials: { token: 'short' } });
    expect(short.__typename).toBe('ValidationError');
    expect(short.fieldErrors[0].path).toEqual(['input', 'credentials', 'token']);
    const badSettings = await create(ws.owner, {
      credentials: { token: SECRET },
      settings: { gap: -1 },
    });
    expect(badSettings.__typename).toBe('ValidationError');
    expect(await storedCount()).toBe(before);
  });

  it('answers a token the platform refuses with ConnectorFailedError, never quoting it', async () => {
    control.revoked.add('revoked-token-1234');
    const before = await storedCount();
    const result = await create(ws.owner, { credentials: { token: 'revoked-token-1234' } });
    expect(result).toMatchObject({
      __typename: 'ConnectorFailedError',
      code: 'CONNECTOR_FAILED',
      connectorCode: 'invalid_auth',
    });
    expect(result.message).toContain('[secret]');
    expect(await storedCount()).toBe(before);
  });

  it('tests the stored credentials and records a refusal on the connection', async () => {
    const TEST = `mutation($id: ID!) { testConnection(input: {id: $id}) {
      __typename
      ... on TestConnectionSuccess { accountName connection { status lastError } }
      ... on ConnectorFailedError { code message connectorCode }
    } }`;
    const ok = await call(ws.owner, TEST, { id });
    expect(ok.testConnection).toMatchObject({
      __typename: 'TestConnectionSuccess',
      accountName: 'Test account',
      connection: { status: 'CONNECTED', lastError: null },
    });

    const update = await call(
      ws.owner,
      `mutation($id: ID!, $c: JSONObject!) { updateConnectionCredentials(input: {id: $id, credentials: $c}) {
        __typename ... on Error { message } ... on UpdateConnectionCredentialsSuccess { connection { credentialsHint } } } }`,
      { id, c: { token: 'revoked-token-1234' } },
    );
    expect(update.updateConnectionCredentials.connection.credentialsHint).toBe('1234');

    const failed = await call(ws.owner, TEST, { id });
    expect(failed.testConnection).toMatchObject({
      __typename: 'ConnectorFailedError',
      connectorCode: 'invalid_auth',
    });
    const after = await call(
      ws.owner,
      `query($id: ID!) { connection(id: $id) { status lastError lastErrorAt } }`,
      {
        id,
      },
    );
    expect(after.connection.status).toBe('ERROR');
    expect(after.connection.lastError).toContain('was revoked');
    expect(after.connection.lastErrorAt).not.toBeNull();
    const byMember = await call(member, TEST, { id });
    expect(byMember.testConnection.__typename).toBe('ForbiddenError');
  });

  it('updates settings and the interval, disables, syncs on demand and deletes', async () => {
    const updated = await call(
      ws.owner,
      `mutation($id: ID!) { updateConnection(input: {id: $id, name: "Renamed", syncIntervalSeconds: 60, disabled: true}) {
        __typename ... on UpdateConnectionSuccess { connection { name syncIntervalSeconds status } } } }`,
      { id },
    );
    expect(updated.updateConnection.connection).toEqual({
      name: 'Renamed',
      syncIntervalSeconds: 60,
      status: 'DISABLED',
    });
    const tooOften = await call(
      ws.owner,
      `mutation($id: ID!) { updateConnection(input: {id: $id, syncIntervalSeconds: 1}) { __typename } }`,
      { id },
    );
    expect(tooOften.updateConnection.__typename).toBe('ValidationError');

    const sync = await call(
      ws.owner,
      `mutation($id: ID!) { syncConnection(input: {id: $id}) { __typename } }`,
      { id },
    );
    expect(sync.syncConnection.__typename).toBe('SyncConnectionSuccess');
    const reasons = await db.asService((tx) =>
      tx.query<{ reason: string }>(
        `select data ->> 'reason' as reason from automation.outbox
          where name = 'connector/sync.requested' and data ->> 'connectionId' = $1 order by seq`,
        [id],
      ),
    );
    expect(reasons.map((r) => r.reason)).toEqual(['created', 'manual']);

    const deleted = await call(
      ws.owner,
      `mutation($id: ID!) { deleteConnection(input: {id: $id}) { __typename ... on DeleteConnectionSuccess { id } } }`,
      { id },
    );
    expect(deleted.deleteConnection).toEqual({ __typename: 'DeleteConnectionSuccess', id });
    const list = await call(ws.owner, `query($ws: ID!) { connections(workspaceId: $ws) { id } }`, {
      ws: ws.workspaceId,
    });
    expect(list.connections).toEqual([]);
    const again = await call(
      ws.owner,
      `mutation($id: ID!) { deleteConnection(input: {id: $id}) { __typename } }`,
      { id },
    );
    expect(again.deleteConnection.__typename).toBe('NotFoundError');
  });
});
