// Connections of a workspace: admins create, change, test, sync and delete them; members read
// their status. Every operation runs as the caller in the request's RLS transaction, so Postgres
// decides who may write; credentials are sealed before they are stored and never read back
// except by the admin-only integrations.connection_credentials().
import type { z } from 'zod';
import { emitEvent } from '../../automation/outbox.ts';
import type { Tx } from '../../db/port.ts';
import type { ServiceContext } from '../../db/service-context.ts';
import { ForbiddenError, NotFoundError, parseInput } from '../../errors/app-errors.ts';
import { NoRowMatched, type Refusal } from '../../services/run-operation.ts';
import type { Channel } from '../../conversations/message.ts';
import { type Connector, ConnectorError, type ConnectorEnv } from '../connector.ts';
import { connectorFor } from '../registry.ts';
import type { IntegrationContext } from './context.ts';
import { ConnectorFailedError } from './errors.ts';
import type {
  ConnectionIdInput,
  CreateConnectionInput,
  UpdateConnectionCredentialsInput,
  UpdateConnectionInput,
} from './inputs.ts';
import * as sql from './sql.ts';

export type { Connection } from './sql.ts';

export function listConnections(ctx: ServiceContext, workspaceId: string) {
  return sql.selectConnections(ctx.tx, workspaceId);
}

export function findConnection(ctx: ServiceContext, id: string) {
  return sql.selectConnection(ctx.tx, id);
}

/** Where the platform should POST; null for a kind without a push path. */
export function webhookUrl(publicUrl: string, connection: { id: string; kind: Channel }) {
  const connector = tryConnectorFor(connection.kind);
  if (!connector?.webhook) return null;
  return `${publicUrl}/webhooks/${connection.kind}/${connection.id}`;
}

export async function createConnection(
  ctx: IntegrationContext,
  values: z.output<typeof CreateConnectionInput>,
) {
  const connector = connectorOf(values.kind);
  const credentials = parseInput(connector.credentials, values.credentials, [
    'input',
    'credentials',
  ]);
  const settings = parseInput(connector.settings, values.settings ?? {}, ['input', 'settings']);
  const connection = await sql.insertConnection(ctx.tx, {
    workspaceId: values.workspaceId,
    kind: values.kind,
    name: values.name,
    settings,
    credentials: ctx.integrations.vault.seal(credentials),
    credentialsHint: hintOf(connector, credentials),
    private: values.private ?? false,
    ownerId: ctx.userId,
  });
  // Checked against the platform before the answer: a wrong token is said now, and the insert
  // above is rolled back with the typed error (runOperation's savepoint).
  const env = envOf(ctx, connection.id, credentials, settings);
  await talkTo(credentials, () => connector.test(env));
  const url = webhookUrl(ctx.publicUrl, connection);
  if (url && connector.register) await talkTo(credentials, () => connector.register!(env, url));
  if (connector.pull) await requestSync(ctx.tx, ctx.userId, connection, 'created');
  return connection;
}

export async function updateConnection(
  ctx: IntegrationContext,
  { id, ...changes }: z.output<typeof UpdateConnectionInput>,
) {
  let settings: unknown;
  if (changes.settings !== undefined) {
    const existing = await visibleConnection(ctx.tx, id);
    settings = parseInput(connectorOf(existing.kind).settings, changes.settings, [
      'input',
      'settings',
    ]);
  }
  const row = await sql.updateConnection(ctx.tx, id, { ...changes, settings });
  if (!row) throw new NoRowMatched(id);
  return row;
}

export async function updateConnectionCredentials(
  ctx: IntegrationContext,
  { id, credentials: raw }: z.output<typeof UpdateConnectionCredentialsInput>,
) {
  const existing = await visibleConnection(ctx.tx, id);
  const connector = connectorOf(existing.kind);
  const credentials = parseInput(connector.credentials, raw, ['input', 'credentials']);
  const row = await sql.updateCredentials(
    ctx.tx,
    id,
    ctx.integrations.vault.seal(credentials),
    hintOf(connector, credentials),
  );
  if (!row) throw new NoRowMatched(id);
  return row;
}

export type TestOutcome =
  | { ok: true; connection: sql.Connection; accountName: string }
  | { ok: false; connection: sql.Connection; error: ConnectorFailedError };

/**
 * Asks the platform whether the stored credentials work and records the answer on the
 * connection. A refusal is an outcome, not a throw, so the recorded error is kept.
 */
export async function testConnection(
  ctx: IntegrationContext,
  { id }: z.output<typeof ConnectionIdInput>,
): Promise<TestOutcome> {
  const existing = await visibleConnection(ctx.tx, id);
  const sealed = await sql.selectSealedCredentials(ctx.tx, id);
  if (sealed === null) throw new ForbiddenError('Only admins may test a connection');
  const connector = connectorOf(existing.kind);
  const credentials = connector.credentials.parse(ctx.integrations.vault.open(sealed));
  const settings = connector.settings.parse(existing.settings);
  try {
    const { accountName } = await connector.test(envOf(ctx, id, credentials, settings));
    const connection = await sql.recordTestResult(ctx.tx, id, null);
    return { ok: true, connection: connection!, accountName };
  } catch (error) {
    if (!(error instanceof ConnectorError)) throw error;
    const failed = ConnectorFailedError.from(error, credentials);
    const connection = await sql.recordTestResult(ctx.tx, id, failed.message);
    return { ok: false, connection: connection!, error: failed };
  }
}

/** "Sync now": the pull runs durably (sync-connection), this only asks for it. */
export async function syncConnection(
  ctx: IntegrationContext,
  { id }: z.output<typeof ConnectionIdInput>,
) {
  const connection = await visibleConnection(ctx.tx, id);
  if (!(await sql.selectSealedCredentials(ctx.tx, id))) {
    throw new ForbiddenError('Only admins may sync a connection');
  }
  if (!connectorOf(connection.kind).pull) {
    throw new ForbiddenError(`A ${connection.kind} connection has nothing to pull`);
  }
  await requestSync(ctx.tx, ctx.userId, connection, 'manual');
  return connection;
}

export async function deleteConnection(
  ctx: IntegrationContext,
  { id }: z.output<typeof ConnectionIdInput>,
) {
  if (!(await sql.softDeleteConnection(ctx.tx, id))) throw new NoRowMatched(id);
  return id;
}

/** A refused write: NotFound for a connection (or workspace) the caller cannot see, else Forbidden. */
export const connectionRefusal: Refusal = async (ctx, refused) => {
  const input = refused.input as { id?: string; workspaceId?: string };
  const forbidden = new ForbiddenError('Only admins of this workspace manage its connections');
  if (input.workspaceId) {
    return (await sql.isMember(ctx.tx, input.workspaceId))
      ? forbidden
      : new NotFoundError('Workspace');
  }
  const id = refused.reason === 'no-row' ? refused.id : input.id;
  if (id && (await sql.selectConnection(ctx.tx, id))) return forbidden;
  return new NotFoundError('Connection');
};

async function visibleConnection(tx: Tx, id: string): Promise<sql.Connection> {
  const connection = await sql.selectConnection(tx, id);
  if (!connection) throw new NotFoundError('Connection');
  return connection;
}

export function requestSync(
  tx: Tx,
  userId: string,
  connection: { id: string; workspaceId: string },
  reason: 'schedule' | 'manual' | 'created' | 'replay',
) {
  return emitEvent(
    tx,
    { workspaceId: connection.workspaceId, userId },
    'connector/sync.requested',
    { workspaceId: connection.workspaceId, connectionId: connection.id, reason },
  );
}

function envOf(
  ctx: IntegrationContext,
  connectionId: string,
  credentials: unknown,
  settings: unknown,
): ConnectorEnv<unknown, unknown> {
  return { connectionId, credentials, settings, apis: ctx.integrations.apis };
}

/** Runs a call to the platform; its ConnectorError becomes the typed, scrubbed API error. */
async function talkTo<T>(credentials: unknown, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof ConnectorError) throw ConnectorFailedError.from(error, credentials);
    throw error;
  }
}

/** The last four characters of the main secret, and nothing more. */
function hintOf(connector: Connector, credentials: unknown): string {
  const secret = connector.hint(credentials);
  return secret.length > 4 ? secret.slice(-4) : '';
}

function tryConnectorFor(kind: Channel): Connector | undefined {
  try {
    return connectorFor(kind);
  } catch {
    return undefined;
  }
}

function connectorOf(kind: Channel): Connector {
  const connector = tryConnectorFor(kind);
  if (!connector) throw new ForbiddenError(`No ${kind} connector is installed on this server`);
  return connector;
}
