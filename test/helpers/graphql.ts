// Calls the real GraphQL server in process (yoga.fetch, no port) as a given user, with tokens
// signed and verified exactly as in production.
import { randomBytes } from 'node:crypto';
import { SignJWT } from 'jose';
import { bearerToken, createTokenVerifier } from '../../lib/auth/verify-token.ts';
import type { Db } from '../../lib/db/port.ts';
import { createGraphqlServer } from '../../lib/graphql/yoga.ts';
import type { IntegrationServices } from '../../lib/integrations/services.ts';
import { DEFAULT_CONNECTOR_APIS, testVault } from './automation.ts';
import type { TestUser } from './factories.ts';

export interface GraphqlResponse<T = Record<string, any>> {
  status: number;
  data: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Where test webhook URLs point (nothing listens there). */
export const TEST_PUBLIC_URL = 'http://waymark.test';

export function createTestApi(
  db: Db,
  options: { afterMutation?: () => void; integrations?: IntegrationServices } = {},
) {
  const secret = randomBytes(32).toString('hex');
  const issuer = 'http://waymark.test/auth/v1';
  const verifier = createTokenVerifier({ kind: 'hs256', secret, issuer });
  const yoga = createGraphqlServer({
    db,
    authenticate: (request) => verifier.verify(bearerToken(request) ?? ''),
    afterMutation: options.afterMutation,
    integrations: options.integrations ?? { vault: testVault, apis: DEFAULT_CONNECTOR_APIS },
    publicUrl: TEST_PUBLIC_URL,
  });

  async function tokenFor(user: TestUser, overrides: { expiresIn?: string } = {}) {
    return new SignJWT({ email: user.email, role: 'authenticated' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(user.id)
      .setIssuer(issuer)
      .setAudience('authenticated')
      .setIssuedAt()
      .setExpirationTime(overrides.expiresIn ?? '1h')
      .sign(new TextEncoder().encode(secret));
  }

  async function post(
    token: string | undefined,
    query: string,
    variables?: Record<string, unknown>,
  ) {
    const response = await yoga.fetch('http://waymark.test/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as Omit<GraphqlResponse, 'status'>;
    return { status: response.status, ...body } as GraphqlResponse;
  }

  return {
    yoga,
    secret,
    issuer,
    tokenFor,
    post,
    /** Runs an operation as user and returns its data, failing loudly on GraphQL errors. */
    async as<T = Record<string, any>>(
      user: TestUser,
      query: string,
      variables?: Record<string, unknown>,
    ) {
      const result = await post(await tokenFor(user), query, variables);
      if (result.errors?.length)
        throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
      return result.data as T;
    },
    /** The raw response as user, errors included. */
    async raw(user: TestUser, query: string, variables?: Record<string, unknown>) {
      return post(await tokenFor(user), query, variables);
    },
  };
}
