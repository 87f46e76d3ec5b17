// The deployed functions as Netlify calls them, with a Supabase project's HS256 secret and
// Inngest keys pointing at a loopback server that speaks Inngest's event API: a mutation through
// /graphql has its events sent once its response is out (context.waitUntil), and the scheduled
// outbox-relay function sweeps what is pending.
import { generateVaultKey } from '../../lib/integrations/vault.ts';
import type { Context } from '@netlify/functions';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, type TestUser } from '../../test/helpers/factories.ts';
import { createTestApi } from '../../test/helpers/graphql.ts';
import {
  type InngestEventApi,
  startInngestEventApi,
} from '../../test/helpers/inngest-event-api.ts';
import { openTestDatabase, testDbKind } from '../../test/helpers/test-db.ts';
import { createWorkspaceWithOwner } from '../../test/helpers/workspace.ts';
import type { Db } from '../../lib/db/port.ts';
import graphql from './graphql.ts';
import outboxRelay from './outbox-relay.ts';

const SUPABASE_URL = 'http://supabase.test';
const JWT_SECRET = 'a-supabase-jwt-secret-of-at-least-32-chars';
const EVENT_KEY = 'netlify-test-key';

let db: Db;
let inngestApi: InngestEventApi;

// Deployed functions open postgres.js themselves: a database other connections reach.
describe.skipIf(testDbKind !== 'postgres')('the deployed functions with Inngest keys', () => {
  beforeAll(async () => {
    const opened = await openTestDatabase();
    db = opened.db;
    inngestApi = await startInngestEventApi(EVENT_KEY);
    Object.assign(process.env, {
      DATABASE_URL: opened.url,
      SUPABASE_URL,
      SUPABASE_ANON_KEY: 'an-anon-key-that-is-public-anyway',
      SUPABASE_JWT_SECRET: JWT_SECRET,
      INNGEST_EVENT_KEY: EVENT_KEY,
      INNGEST_SIGNING_KEY: 'signkey-test-0123456789abcdef',
      INNGEST_BASE_URL: inngestApi.url,
      WAYMARK_VAULT_KEY: generateVaultKey(),
    });
  });
  afterAll(async () => {
    await inngestApi?.close();
    await db?.close();
  });

  const tokenFor = (user: TestUser) =>
    new SignJWT({ email: user.email, role: 'authenticated' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(user.id)
      .setIssuer(`${SUPABASE_URL}/auth/v1`)
      .setAudience('authenticated')
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode(JWT_SECRET));

  it('sends the events of a mutation once the response is out, and the schedule sweeps the rest', async () => {
    const { owner, workspaceId } = await createWorkspaceWithOwner(db, createTestApi(db));
    inngestApi.arrivals.length = 0;
    const background: Promise<unknown>[] = [];
    // Only waitUntil is read by our functions.
    const context = {
      waitUntil: (p: Promise<unknown>) => void background.push(p),
    } as unknown as Context;

    const response = await graphql(
      new Request('https://waymark.example/graphql', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${await tokenFor(owner)}`,
        },
        body: JSON.stringify({
          query: `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { ... on CreateOrganizationSuccess { organization { id } } } }`,
          variables: { input: { workspaceId, name: 'Deployed Ltd' } },
        }),
      }),
      context,
    );
    const body = (await response.json()) as {
      data: { createOrganization: { organization: { id: string } } };
    };
    const organizationId = body.data.createOrganization.organization.id;
    expect(background).toHaveLength(1);
    await Promise.all(background);
    expect(
      inngestApi.arrivals.filter(
        (e) => e.name === 'crm/organization.created' && e.data.organizationId === organizationId,
      ),
    ).toHaveLength(1);

    // An event the nudge missed (its instance froze, say) goes with the next scheduled sweep.
    const other = await createUser(db);
    await db.asService((tx) =>
      tx.query(
        `insert into automation.outbox (workspace_id, name, data) values ($1, 'test/missed', $2::jsonb)`,
        [workspaceId, JSON.stringify({ userId: other.id })],
      ),
    );
    await outboxRelay();
    expect(inngestApi.arrivals.filter((e) => e.name === 'test/missed')).toHaveLength(1);
  });
});
