// HAND-WRITTEN result types for the connections documents, from issue 13's GraphQL contract. The
// server's schema is not on this branch yet, so codegen cannot type these documents: once it is
// merged, the documents move to `graphql(...)` from gql/gql.ts and these types give way to the
// generated ones (the names below match what codegen will call them).

export type ConnectionKind = 'SLACK' | 'TELEGRAM' | 'EMAIL';
export type ConnectionStatus = 'CONNECTED' | 'SYNCING' | 'ERROR' | 'DISABLED';

/** A connection as Settings shows it. Its secrets never come back: only `credentialsHint`. */
export interface Connection {
  __typename?: 'Connection';
  id: string;
  workspaceId: string;
  kind: ConnectionKind;
  name: string;
  settings: Record<string, unknown>;
  credentialsHint: string;
  private: boolean;
  status: ConnectionStatus;
  lastSyncAt?: string | null;
  lastError?: string | null;
  lastErrorAt?: string | null;
  syncIntervalSeconds: number;
  webhookUrl?: string | null;
  createdAt: string;
}

export interface DeadLetter {
  __typename?: 'DeadLetter';
  id: string;
  source: string;
  externalId?: string | null;
  error: string;
  createdAt: string;
  replayedAt?: string | null;
  replayCount: number;
  resolvedAt?: string | null;
}

export interface ConnectionsQuery {
  connections: Connection[];
}

export interface ConnectionsQueryVariables {
  workspaceId: string;
}

export interface ConnectionDeadLettersQuery {
  connection?: {
    __typename?: 'Connection';
    id: string;
    deadLetters: {
      __typename?: 'DeadLetterConnection';
      edges: { __typename?: 'DeadLetterEdge'; node: DeadLetter }[];
      pageInfo: { __typename?: 'PageInfo'; hasNextPage: boolean; endCursor?: string | null };
    };
  } | null;
}

export interface ConnectionDeadLettersQueryVariables {
  id: string;
  first?: number | null;
}

/** The typed errors the connections mutations select. */
export type ConnectionMutationError =
  | {
      __typename: 'ValidationError';
      message: string;
      code: string;
      fieldErrors: { path: string[]; message: string }[];
    }
  | { __typename: 'ForbiddenError'; message: string; code: string }
  | { __typename: 'NotFoundError'; message: string; code: string; entity: string }
  /** The platform refused (a bad token, an unreachable IMAP server): its own words. */
  | { __typename: 'ConnectorFailedError'; message: string; code: string };

export interface CreateConnectionInput {
  workspaceId: string;
  kind: ConnectionKind;
  name: string;
  credentials: Record<string, unknown>;
  settings?: Record<string, unknown> | null;
  private?: boolean | null;
}

export interface CreateConnectionMutation {
  createConnection:
    { __typename: 'CreateConnectionSuccess'; connection: Connection } | ConnectionMutationError;
}

export interface UpdateConnectionCredentialsMutation {
  updateConnectionCredentials:
    | { __typename: 'UpdateConnectionCredentialsSuccess'; connection: Connection }
    | ConnectionMutationError;
}

export interface TestConnectionMutation {
  testConnection:
    | { __typename: 'TestConnectionSuccess'; connection: Connection; accountName: string }
    | ConnectionMutationError;
}

export interface SyncConnectionMutation {
  syncConnection:
    { __typename: 'SyncConnectionSuccess'; connection: Connection } | ConnectionMutationError;
}

export interface DeleteConnectionMutation {
  deleteConnection: { __typename: 'DeleteConnectionSuccess'; id: string } | ConnectionMutationError;
}

export interface ReplayDeadLetterMutation {
  replayDeadLetter:
    { __typename: 'ReplayDeadLetterSuccess'; deadLetter: DeadLetter } | ConnectionMutationError;
}
