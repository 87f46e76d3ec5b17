// A connection created through the API, as an admin does it.
import type { createTestApi } from './graphql.ts';
import type { TestUser } from './factories.ts';

type Api = ReturnType<typeof createTestApi>;

export const CREATE_CONNECTION = `mutation($input: CreateConnectionInput!) {
  createConnection(input: $input) {
    __typename
    ... on CreateConnectionSuccess { connection { id kind name credentialsHint status webhookUrl } }
    ... on Error { code message }
    ... on ValidationError { fieldErrors { path message } }
    ... on ConnectorFailedError { connectorCode }
  }
}`;

export async function createConnection(
  api: Api,
  admin: TestUser,
  input: { workspaceId: string; kind: string; name?: string; credentials: Record<string, unknown> },
): Promise<string> {
  const data = await api.as(admin, CREATE_CONNECTION, {
    input: { name: 'Test connection', ...input },
  });
  const result = data.createConnection;
  if (result.__typename !== 'CreateConnectionSuccess') {
    throw new Error(`createConnection: ${JSON.stringify(result)}`);
  }
  return result.connection.id as string;
}
