// The GraphQL endpoint: Yoga over the Pothos schema. Every request must carry a valid access
// token (401 before anything runs otherwise); query size is bounded by graphql-armor, and a
// refused document answers 400 with a code (refused-documents.ts); arguments Postgres could not
// store are refused before resolvers run (safe-input.ts, scalars.ts); expected errors keep their
// code, everything else is masked.

import { useGraphQlJit } from '@envelop/graphql-jit';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { type DocumentNode, GraphQLError, Kind } from 'graphql';
import {
  createLogger,
  createYoga,
  maskError as defaultMaskError,
  type YogaLogger,
  type YogaServerInstance,
} from 'graphql-yoga';
import type { Db, UserClaims } from '../db/port.ts';
import { AppError } from '../errors/app-errors.ts';
import type { IntegrationServices } from '../integrations/services.ts';
import type { GraphqlContext } from './context.ts';
import { reportRefusal, useRefusedDocumentCodes } from './refused-documents.ts';
import { useRlsTransaction } from './rls-transaction.ts';
import { schema } from './schema.ts';

export interface GraphqlOptions {
  db: Db;
  /** Resolves the caller from the request; throws when the token is missing or invalid. */
  authenticate: (request: Request) => Promise<UserClaims>;
  graphqlEndpoint?: string;
  /** Called once a mutation's transaction committed (the outbox relay is nudged with it). */
  afterMutation?: () => void;
  /** The connectors' vault and API bases. */
  integrations: IntegrationServices;
  /** The server's public URL, e.g. https://crm.example.com. */
  publicUrl: string;
}

/** The limits, set explicitly so they are visible and reviewed rather than inherited. */
export const QUERY_LIMITS = {
  maxDepth: 10,
  maxAliases: 15,
  maxTokens: 2000,
  maxDirectives: 20,
  maxCost: 5000,
};

const EXAMPLE_QUERY = `# Signed in on the start page? Your token is already in the Headers tab.
# Otherwise put it there: { "Authorization": "Bearer <access_token>" }
query Me {
  me {
    id
    email
    workspaces { id name role }
  }
}
`;

export function createGraphqlServer(
  options: GraphqlOptions,
): YogaServerInstance<Record<string, never>, GraphqlContext> {
  return createYoga<Record<string, never>, GraphqlContext>({
    schema,
    graphqlEndpoint: options.graphqlEndpoint ?? '/graphql',
    landingPage: false,
    graphiql: { title: 'Waymark GraphQL', defaultQuery: EXAMPLE_QUERY },
    // GraphiQL's assets bundled with the server: the default page fetches them from a CDN,
    // which fails offline and behind strict networks.
    renderGraphiQL,
    logging: expectedErrorsUnlogged(createLogger()),
    context: async ({ request }) => {
      let claims: UserClaims;
      try {
        claims = await options.authenticate(request);
      } catch (error) {
        throw unauthenticated(error);
      }
      return {
        db: options.db,
        claims,
        user: { id: claims.sub, email: claims.email },
        integrations: options.integrations,
        publicUrl: options.publicUrl,
        // Replaced by the RLS transaction as soon as execution starts.
        tx: undefined as never,
      };
    },
    plugins: [
      EnvelopArmorPlugin({
        maxDepth: { n: QUERY_LIMITS.maxDepth, ...reportRefusal },
        // __typename counts too: 200 aliases of it are as many resolver calls as any field's.
        maxAliases: { n: QUERY_LIMITS.maxAliases, allowList: [], ...reportRefusal },
        maxTokens: { n: QUERY_LIMITS.maxTokens },
        maxDirectives: { n: QUERY_LIMITS.maxDirectives, ...reportRefusal },
        costLimit: { maxCost: QUERY_LIMITS.maxCost, ...reportRefusal },
        blockFieldSuggestion: { enabled: true },
      }),
      useRefusedDocumentCodes(),
      // Subscriptions run on graphql-js: the JIT's subscribe never delivered events here.
      useGraphQlJit({}, { enableIf: (args) => !isSubscription(args.document) }),
      useRlsTransaction({ afterMutation: options.afterMutation }),
    ],
    maskedErrors: {
      maskError(error, message, isDev) {
        // Expected errors pass as they are (their code is already in extensions): returning the
        // same error also keeps Yoga from logging them as failures.
        const original = error instanceof GraphQLError ? error.originalError : error;
        if (original instanceof AppError) {
          if (!(error instanceof GraphQLError)) {
            return new GraphQLError(original.message, { extensions: original.extensions });
          }
          // A scalar's refusal of a variable comes wrapped ("Variable "$x" got invalid value …"),
          // and the JIT's wrapper drops the reason: it is added back.
          return error.message.includes(original.message)
            ? error
            : new GraphQLError(`${error.message} ${original.message}`, {
                nodes: error.nodes,
                path: error.path,
                extensions: original.extensions,
              });
        }
        return defaultMaskError(error, message, isDev);
      },
    },
  });
}

/**
 * Yoga logs every error that maskError replaced; a reworded expected error (a caller's mistake,
 * see maskError) is no failure of the server's, and is not logged.
 */
function expectedErrorsUnlogged(logger: YogaLogger): YogaLogger {
  const isExpected = (arg: unknown) =>
    arg instanceof GraphQLError && arg.originalError instanceof AppError;
  return {
    debug: (...args) => logger.debug(...args),
    info: (...args) => logger.info(...args),
    warn: (...args) => logger.warn(...args),
    error: (...args) => {
      if (!args.some(isExpected)) logger.error(...args);
    },
  };
}

function unauthenticated(error: unknown): GraphQLError {
  const message =
    error instanceof Error && 'code' in error ? error.message : 'A valid access token is required';
  return new GraphQLError(message, {
    extensions: {
      code: 'UNAUTHENTICATED',
      http: { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } },
    },
  });
}

function isSubscription(document: DocumentNode): boolean {
  return document.definitions.some(
    (d) => d.kind === Kind.OPERATION_DEFINITION && d.operation === 'subscription',
  );
}
