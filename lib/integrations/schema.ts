// GraphQL for connections and their dead letters: the types, the two lookups and the admin
// mutations. Credentials go in (createConnection, updateConnectionCredentials) and never come out:
// no field reads them, and the column is not granted to users anyway.
import { ConversationRef } from '../conversations/schema.ts';
import type { ObjectRef } from '@pothos/core';
import type { z } from 'zod';
import { z as zod } from 'zod';
import { builder, capitalize, type WaymarkTypes } from '../graphql/builder.ts';
import { connectionNames, keysetConnection } from '../graphql/connections.ts';
import { type GraphqlContext, serviceContext } from '../graphql/context.ts';
import { ErrorInterface, mutationErrors } from '../graphql/errors.ts';
import { bindZodSchema, zodInput } from '../graphql/zod-input.ts';
import { runOperation } from '../services/run-operation.ts';
import type { IntegrationContext } from './connections/context.ts';
import { ConnectorFailedError } from './connections/errors.ts';
import {
  ConnectionIdInput,
  ConnectionKind,
  CreateConnectionInput,
  ReplayDeadLetterInput,
  UpdateConnectionCredentialsInput,
  UpdateConnectionInput,
} from './connections/inputs.ts';
import {
  type Connection,
  connectionRefusal,
  createConnection,
  deleteConnection,
  findConnection,
  listConnections,
  syncConnection,
  testConnection,
  updateConnection,
  updateConnectionCredentials,
  webhookUrl,
} from './connections/service.ts';
import {
  type DeadLetter,
  deadLetterCursor,
  listDeadLetters,
  replayDeadLetter,
} from './dead-letters/service.ts';

const ConnectionKindEnum = builder.enumType('ConnectionKind', {
  values: {
    SLACK: { value: 'slack' },
    TELEGRAM: { value: 'telegram' },
    EMAIL: { value: 'email' },
  } as const,
});
bindZodSchema(ConnectionKind, ConnectionKindEnum);

const ConnectionStatusEnum = builder.enumType('ConnectionStatus', {
  description: 'SYNCING while a pull runs; ERROR with lastError when the platform refused.',
  values: {
    CONNECTED: { value: 'connected' },
    SYNCING: { value: 'syncing' },
    ERROR: { value: 'error' },
    DISABLED: { value: 'disabled' },
  } as const,
});

function integrationContext(ctx: GraphqlContext): IntegrationContext {
  return { ...serviceContext(ctx), integrations: ctx.integrations, publicUrl: ctx.publicUrl };
}

/** runOperation (savepoint, refusals) for an operation that needs the integration services. */
function runWithIntegrations<I, T>(
  ctx: GraphqlContext,
  operation: (ctx: IntegrationContext, input: I) => Promise<T>,
  input: I,
): Promise<T> {
  // runOperation hands the operation `{ ...ctx, tx: savepoint }`: the services come along.
  return runOperation(
    integrationContext(ctx),
    (scope, values: I) => operation(scope as IntegrationContext, values),
    input,
    connectionRefusal,
  );
}

const DeadLetterRef = builder.objectRef<DeadLetter>('DeadLetter').implement({
  description: 'An item that could not be turned into messages, kept with its error for replay.',
  fields: (t) => ({
    id: t.exposeID('id'),
    source: t.exposeString('source', { description: 'webhook, pull or send.' }),
    externalId: t.exposeString('externalId', { nullable: true }),
    error: t.exposeString('error'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    replayedAt: t.expose('replayedAt', { type: 'DateTime', nullable: true }),
    replayCount: t.exposeInt('replayCount'),
    resolvedAt: t.expose('resolvedAt', { type: 'DateTime', nullable: true }),
  }),
});

export const ConnectionRef = builder.objectRef<Connection>('Connection').implement({
  description: 'A workspace’s link to Slack, Telegram or a mailbox. Admins manage it.',
  fields: (t) => ({
    id: t.exposeID('id'),
    workspaceId: t.exposeID('workspaceId'),
    kind: t.field({ type: ConnectionKindEnum, resolve: (c) => c.kind }),
    name: t.exposeString('name'),
    settings: t.field({ type: 'JSONObject', resolve: (c) => c.settings }),
    credentialsHint: t.exposeString('credentialsHint', {
      description: 'The last four characters of the main secret; the secret itself is never shown.',
    }),
    private: t.exposeBoolean('private'),
    status: t.field({ type: ConnectionStatusEnum, resolve: (c) => c.status }),
    lastSyncAt: t.expose('lastSyncAt', { type: 'DateTime', nullable: true }),
    lastError: t.exposeString('lastError', { nullable: true }),
    lastErrorAt: t.expose('lastErrorAt', { type: 'DateTime', nullable: true }),
    syncIntervalSeconds: t.exposeInt('syncIntervalSeconds'),
    webhookUrl: t.string({
      nullable: true,
      description: 'Where the platform should POST; null for a kind without webhooks.',
      resolve: (c, _args, ctx) => webhookUrl(ctx.publicUrl, c),
    }),
    deadLetters: t.connection(
      {
        type: DeadLetterRef,
        description: 'What could not be processed, newest first. Empty unless you are an admin.',
        resolve: (c, args, ctx) =>
          keysetConnection<DeadLetter>(ctx, args, deadLetterCursor, (scope, page) =>
            listDeadLetters(scope, c.id, page),
          ),
      },
      ...connectionNames('DeadLetter', false),
    ),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

builder.objectType(ConnectorFailedError, {
  name: 'ConnectorFailedError',
  description: 'The platform refused or failed; `connectorCode` is its reason (e.g. invalid_auth).',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof ConnectorFailedError,
  fields: (t) => ({
    connectorCode: t.exposeString('connectorCode'),
    retryable: t.exposeBoolean('retryable', { description: 'Trying again later may work.' }),
  }),
});

builder.queryField('connections', (t) =>
  t.field({
    type: [ConnectionRef],
    description: 'A workspace’s live connections; empty when it is not yours.',
    args: { workspaceId: t.arg.id({ required: true, validate: zod.uuid() }) },
    resolve: (_root, args, ctx) => listConnections(serviceContext(ctx), String(args.workspaceId)),
  }),
);

builder.queryField('connection', (t) =>
  t.field({
    type: ConnectionRef,
    nullable: true,
    args: { id: t.arg.id({ required: true, validate: zod.uuid() }) },
    resolve: async (_root, args, ctx) =>
      (await findConnection(serviceContext(ctx), String(args.id))) ?? null,
  }),
);

// The connection a conversation came through, read as the caller (members see their workspace's
// connections): the inbox says when it cannot answer through it (disabled) before anyone writes.
builder.objectField(ConversationRef, 'connection', (t) =>
  t.field({
    type: ConnectionRef,
    nullable: true,
    description: 'The connection the conversation came through; null once it was deleted.',
    resolve: async (c, _args, ctx) =>
      (await findConnection(serviceContext(ctx), c.connectionId)) ?? null,
  }),
);

/**
 * The mutation convention of lib/graphql/mutations.ts (NameInput → NameSuccess | errors, run
 * atomically with refusals translated), with the integration services in the operation's context.
 */
function connectionMutation<S extends z.ZodObject, Shape, R>(
  name: string,
  input: S,
  type: ObjectRef<WaymarkTypes, Shape>,
  dataField: string,
  run: (ctx: IntegrationContext, values: z.output<S>) => Promise<R>,
) {
  const inputRef = zodInput(`${capitalize(name)}Input`, input);
  builder.mutationField(name, (t) =>
    t.field({
      type,
      args: { input: t.arg({ type: inputRef, required: true }) },
      errors: { types: [...mutationErrors, ConnectorFailedError], dataField: { name: dataField } },
      // Pothos cannot carry the generic input's type into the resolver; the call sites check it.
      resolve: ((_root: unknown, args: { input: z.output<S> }, ctx: GraphqlContext) =>
        runWithIntegrations(ctx, run, args.input)) as never,
    }),
  );
}

connectionMutation(
  'createConnection',
  CreateConnectionInput,
  ConnectionRef,
  'connection',
  createConnection,
);
connectionMutation(
  'updateConnection',
  UpdateConnectionInput,
  ConnectionRef,
  'connection',
  updateConnection,
);
connectionMutation(
  'updateConnectionCredentials',
  UpdateConnectionCredentialsInput,
  ConnectionRef,
  'connection',
  updateConnectionCredentials,
);
connectionMutation(
  'syncConnection',
  ConnectionIdInput,
  ConnectionRef,
  'connection',
  syncConnection,
);

// Success types whose fields are not one data field: the union holds them directly.
class DeletedConnection {
  constructor(readonly id: string) {}
}
const DeleteConnectionSuccessRef = builder.objectType(DeletedConnection, {
  name: 'DeleteConnectionSuccess',
  isTypeOf: (value) => value instanceof DeletedConnection,
  fields: (t) => ({ id: t.exposeID('id') }),
});

builder.mutationField('deleteConnection', (t) =>
  t.field({
    type: DeleteConnectionSuccessRef,
    args: {
      input: t.arg({ type: zodInput('DeleteConnectionInput', ConnectionIdInput), required: true }),
    },
    errors: { types: mutationErrors, directResult: true },
    resolve: async (_root, args, ctx) =>
      new DeletedConnection(await runWithIntegrations(ctx, deleteConnection, args.input)),
  }),
);

class TestedConnection {
  constructor(
    readonly connection: Connection,
    readonly accountName: string,
  ) {}
}
const TestConnectionSuccessRef = builder.objectType(TestedConnection, {
  name: 'TestConnectionSuccess',
  isTypeOf: (value) => value instanceof TestedConnection,
  fields: (t) => ({
    connection: t.field({ type: ConnectionRef, resolve: (s) => s.connection }),
    accountName: t.exposeString('accountName', {
      description: 'The account the credentials reach.',
    }),
  }),
});

builder.mutationField('testConnection', (t) =>
  t.field({
    type: TestConnectionSuccessRef,
    args: {
      input: t.arg({ type: zodInput('TestConnectionInput', ConnectionIdInput), required: true }),
    },
    errors: { types: [...mutationErrors, ConnectorFailedError], directResult: true },
    resolve: async (_root, args, ctx) => {
      const tested = await runWithIntegrations(ctx, testConnection, args.input);
      // Thrown after the savepoint committed: the recorded error stays on the connection.
      if (!tested.ok) throw tested.error;
      return new TestedConnection(tested.connection, tested.accountName);
    },
  }),
);

builder.mutationField('replayDeadLetter', (t) =>
  t.field({
    type: DeadLetterRef,
    args: {
      input: t.arg({
        type: zodInput('ReplayDeadLetterInput', ReplayDeadLetterInput),
        required: true,
      }),
    },
    errors: { types: mutationErrors, dataField: { name: 'deadLetter' } },
    resolve: (_root, args, ctx) => runWithIntegrations(ctx, replayDeadLetter, args.input),
  }),
);
