// The GraphQL endpoint's outer defences: who gets in (only a signed-in user's valid token), how big
// a query may be, how bad input is answered, and what an unexpected failure reveals (nothing).
import { randomBytes, randomUUID } from 'node:crypto';
import { getIntrospectionQuery } from 'graphql';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it, onTestFinished, vi } from 'vitest';
import { createUser, type TestUser } from '../../test/helpers/factories.ts';
import { createTestApi, type GraphqlResponse } from '../../test/helpers/graphql.ts';
import { openTestDb } from '../../test/helpers/test-db.ts';
import type { Db } from '../db/port.ts';
import { QUERY_LIMITS } from './yoga.ts';

const CREATE_WORKSPACE = /* GraphQL */ `
  mutation CreateWorkspace($input: CreateWorkspaceInput!) {
    createWorkspace(input: $input) {
      __typename
      ... on CreateWorkspaceSuccess {
        workspace {
          id
        }
      }
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
          name
        }
      }
      ... on Error {
        message
        code
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

let db: Db;
let api: ReturnType<typeof createTestApi>;
let alice: TestUser;
let workspaceId: string;

beforeAll(async () => {
  db = await openTestDb();
  api = createTestApi(db);
  alice = await createUser(db);
  const data = await api.as(alice, CREATE_WORKSPACE, {
    input: { name: 'Alice & Co', slug: slugFor('alice') },
  });
  workspaceId = data.createWorkspace.workspace.id;
});
afterAll(() => db.close());

function slugFor(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}

function base64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** A token like the ones the test API issues, with one thing changed. */
function tokenWith(
  user: TestUser,
  change: { secret?: string; issuer?: string; audience?: string; role?: string },
): Promise<string> {
  return new SignJWT({ email: user.email, role: change.role ?? 'authenticated' })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(user.id)
    .setIssuer(change.issuer ?? api.issuer)
    .setAudience(change.audience ?? 'authenticated')
    .setIssuedAt()
    .setExpirationTime('1h')
    .sign(new TextEncoder().encode(change.secret ?? api.secret));
}

/** Sends a request and reports how many statements reached the database meanwhile. */
async function postCountingStatements(
  token: string | undefined,
  query: string,
  variables?: Record<string, unknown>,
): Promise<{ response: GraphqlResponse; statements: number }> {
  const before = db.stats.statements;
  const response = await api.post(token, query, variables);
  return { response, statements: db.stats.statements - before };
}

function workspacesWithSlug(slug: string) {
  return db.asService((tx) =>
    tx.query('select id from workspaces.workspaces where slug = $1', [slug]),
  );
}

function workspacesWithSlugPrefix(prefix: string) {
  return db.asService((tx) =>
    tx.query('select id from workspaces.workspaces where slug like $1', [`${prefix}%`]),
  );
}

describe('authentication', () => {
  const badTokens: [string, () => Promise<string | undefined>][] = [
    ['no Authorization header', async () => undefined],
    ['a token that is not a JWT', async () => 'garbage'],
    ['an expired token', () => api.tokenFor(alice, { expiresIn: '-1h' })],
    [
      'a token signed with another secret',
      () => tokenWith(alice, { secret: randomBytes(32).toString('hex') }),
    ],
    [
      'an unsigned token (alg: none)',
      async () => {
        const now = Math.floor(Date.now() / 1000);
        const payload = {
          sub: alice.id,
          email: alice.email,
          role: 'authenticated',
          iss: api.issuer,
          aud: 'authenticated',
          iat: now,
          exp: now + 3600,
        };
        return `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(payload)}.`;
      },
    ],
    ['a token from another issuer', () => tokenWith(alice, { issuer: 'http://evil.test/auth/v1' })],
    ['a token for another audience', () => tokenWith(alice, { audience: 'anon' })],
    ['a correctly signed token for the anon role', () => tokenWith(alice, { role: 'anon' })],
  ];

  it.each(badTokens)(
    'answers 401 UNAUTHENTICATED to %s, before any database work',
    async (_, makeToken) => {
      const slug = slugFor('intruder');

      const { response, statements } = await postCountingStatements(
        await makeToken(),
        CREATE_WORKSPACE,
        { input: { name: 'Intruders', slug } },
      );

      expect(response.status).toBe(401);
      expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(response.data ?? null).toBeNull();
      expect(statements).toBe(0);
      expect(await workspacesWithSlug(slug)).toHaveLength(0);
    },
  );

  it('asks for a Bearer token in WWW-Authenticate when refusing', async () => {
    const response = await api.yoga.fetch('http://waymark.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });

    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
  });

  it('accepts the same mutation with a valid token (the refusals above are about the token)', async () => {
    const slug = slugFor('welcome');

    const { response } = await postCountingStatements(await api.tokenFor(alice), CREATE_WORKSPACE, {
      input: { name: 'Welcome', slug },
    });

    expect(response.status).toBe(200);
    expect(response.data.createWorkspace.__typename).toBe('CreateWorkspaceSuccess');
    expect(await workspacesWithSlug(slug)).toHaveLength(1);
  });
});

/** A limit's refusal: HTTP 400 and a code, whatever the client's Accept header. */
function expectLimitRefusal(response: GraphqlResponse) {
  expect(response.status).toBe(400);
  expect(response.errors?.map((e) => e.extensions?.code)).toEqual(['QUERY_LIMIT_EXCEEDED']);
}

describe('query limits', () => {
  it(`refuses an alias flood of 200 __typename aliases (introspection counts too)`, async () => {
    const aliases = Array.from({ length: 200 }, (_, i) => `t${i}: __typename`).join(' ');

    const { response, statements } = await postCountingStatements(
      await api.tokenFor(alice),
      `query { ${aliases} }`,
    );

    expect(response.errors?.map((e) => e.message)).toEqual([
      expect.stringMatching(new RegExp(`aliases limit of ${QUERY_LIMITS.maxAliases}`, 'i')),
    ]);
    expectLimitRefusal(response);
    expect(response.data ?? null).toBeNull();
    expect(statements).toBe(0);
  });

  // armor's depth limit skips __schema (GraphiQL's own query is deeper than maxDepth); graphql-js's
  // MaxIntrospectionDepthRule bounds the fields → type → fields cycle instead.
  it("refuses introspection that cycles through fields and types with 400 and a code, and takes GraphiQL's", async () => {
    const token = await api.tokenFor(alice);
    let selection = 'name';
    for (let level = 0; level < 12; level++) selection = `fields { type { ${selection} } }`;

    const deep = await api.post(token, `query { __schema { types { ${selection} } } }`);
    const graphiql = await api.post(token, getIntrospectionQuery());

    expect(deep.status).toBe(400);
    expect(deep.errors).toContainEqual(
      expect.objectContaining({
        message: expect.stringMatching(/introspection depth/i),
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      }),
    );
    expect(graphiql.status).toBe(200);
    expect(graphiql.errors).toBeUndefined();
    expect(graphiql.data.__schema.types.length).toBeGreaterThan(10);
  });

  it('answers a document that does not parse or validate with 400 and a code', async () => {
    const token = await api.tokenFor(alice);

    const unparsable = await api.post(token, 'query {');
    const invalid = await api.post(token, 'query { noSuchField }');

    expect(unparsable.status).toBe(400);
    expect(unparsable.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(invalid.status).toBe(400);
    expect(invalid.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it(`refuses a query deeper than ${QUERY_LIMITS.maxDepth} levels without running it`, async () => {
    const slug = slugFor('deep');
    let selection = 'id';
    for (let level = 0; level < QUERY_LIMITS.maxDepth; level++) {
      selection = `... on Workspace { ${selection} }`;
    }
    const query = `mutation {
      createWorkspace(input: { name: "Deep", slug: "${slug}" }) {
        ... on CreateWorkspaceSuccess { workspace { ${selection} } }
      }
    }`;

    const { response, statements } = await postCountingStatements(await api.tokenFor(alice), query);

    expect(response.errors?.map((e) => e.message)).toEqual([
      expect.stringMatching(new RegExp(`depth limit of ${QUERY_LIMITS.maxDepth}`, 'i')),
    ]);
    expect(response.data ?? null).toBeNull();
    expectLimitRefusal(response);
    expect(statements).toBe(0);
    expect(await workspacesWithSlug(slug)).toHaveLength(0);
  });

  it(`refuses more than ${QUERY_LIMITS.maxAliases} aliases without running any of them`, async () => {
    const prefix = slugFor('alias');
    const fields = Array.from(
      { length: QUERY_LIMITS.maxAliases + 1 },
      (_, i) =>
        `w${i}: createWorkspace(input: { name: "Alias ${i}", slug: "${prefix}-${i}" }) { __typename }`,
    );

    const { response, statements } = await postCountingStatements(
      await api.tokenFor(alice),
      `mutation { ${fields.join('\n')} }`,
    );

    expect(response.errors?.map((e) => e.message)).toEqual([
      expect.stringMatching(new RegExp(`aliases limit of ${QUERY_LIMITS.maxAliases}`, 'i')),
    ]);
    expect(response.data ?? null).toBeNull();
    expectLimitRefusal(response);
    expect(statements).toBe(0);
    expect(await workspacesWithSlugPrefix(prefix)).toHaveLength(0);
  });

  it(`refuses a document of more than ${QUERY_LIMITS.maxTokens} tokens without running it`, async () => {
    const slug = slugFor('tokens');
    const padding = '__typename '.repeat(QUERY_LIMITS.maxTokens);
    const query = `mutation {
      createWorkspace(input: { name: "Tokens", slug: "${slug}" }) { ${padding} }
    }`;

    const { response, statements } = await postCountingStatements(await api.tokenFor(alice), query);

    expect(response.errors?.map((e) => e.message)).toEqual([
      expect.stringMatching(new RegExp(`token limit of ${QUERY_LIMITS.maxTokens}`, 'i')),
    ]);
    expect(response.data ?? null).toBeNull();
    expectLimitRefusal(response);
    expect(statements).toBe(0);
    expect(await workspacesWithSlug(slug)).toHaveLength(0);
  });
});

describe('invalid input and unexpected failures', () => {
  function organizationIds() {
    return db.asService((tx) =>
      tx.query('select id from crm.organizations where workspace_id = $1 order by id', [
        workspaceId,
      ]),
    );
  }

  it('answers a ValidationError naming every invalid field, and creates nothing', async () => {
    const before = await organizationIds();

    const { createOrganization } = await api.as(alice, CREATE_ORGANIZATION, {
      input: { workspaceId, name: '   ', emails: ['sales@acme.test', 'not-an-email'] },
    });

    expect(createOrganization).toMatchObject({
      __typename: 'ValidationError',
      code: 'VALIDATION_FAILED',
    });
    expect(createOrganization.fieldErrors.map((e: { path: string[] }) => e.path)).toEqual(
      expect.arrayContaining([
        ['input', 'name'],
        ['input', 'emails', '1'],
      ]),
    );
    expect(await organizationIds()).toEqual(before);
  });

  // Input validation now refuses what Postgres cannot store (safe-input.ts), so a failure of the
  // database's own is made here: a trigger that fails the way Postgres does, naming SQL things.
  // Its error is the unexpected kind, and must reach the caller only as a generic message.
  it('masks an unexpected database error as "Unexpected error." and logs the details instead', async () => {
    await db.asOwner(async (tx) => {
      await tx.query(`create function public.explode() returns trigger language plpgsql as $$
        begin
          if new.name = 'Explode Corp' then
            raise exception 'invalid byte sequence for encoding "UTF8": 0x00 (insert into crm.organizations)';
          end if;
          return new;
        end $$`);
      await tx.query(
        'create trigger explode before insert on crm.organizations for each row execute function public.explode()',
      );
    });
    onTestFinished(async () => {
      await db.asOwner((tx) => tx.query('drop function public.explode() cascade'));
    });
    const before = await organizationIds();
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    onTestFinished(() => log.mockRestore());

    const response = await api.raw(alice, CREATE_ORGANIZATION, {
      input: { workspaceId, name: 'Explode Corp' },
    });

    expect(response.errors).toEqual([
      expect.objectContaining({
        message: 'Unexpected error.',
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      }),
    ]);
    expect(JSON.stringify(response)).not.toMatch(/byte sequence|0x00|UTF8|crm\.|select|insert/i);
    expect(JSON.stringify(log.mock.calls)).toMatch(/byte sequence/i);
    expect(await organizationIds()).toEqual(before);
  });
});

describe('GraphiQL', () => {
  it('serves the GraphiQL page to a browser without a token', async () => {
    const response = await api.yoga.fetch('http://waymark.test/graphql', {
      method: 'GET',
      headers: { accept: 'text/html' },
    });

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await response.text();
    expect(html).toMatch(/<html/i);
    expect(html).toContain('Waymark GraphQL');
    expect(html).toMatch(/graphiql/i);
  });
});
