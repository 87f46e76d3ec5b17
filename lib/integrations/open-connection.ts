// A connection ready to talk to its platform: its row, its connector and the decrypted
// credentials, for the service's own work (pulls, webhook ingestion, replies). The credentials
// stay in this object: never logged, never returned, never put in an event or a step result.
import type { Tx } from '../db/port.ts';
import type { Channel } from '../conversations/message.ts';
import type { Connector, ConnectorEnv } from './connector.ts';
import { connectorFor } from './registry.ts';
import type { IntegrationServices } from './services.ts';

export type ConnectionRow = {
  id: string;
  workspaceId: string;
  kind: Channel;
  name: string;
  private: boolean;
  ownerId: string | null;
  status: 'connected' | 'syncing' | 'error' | 'disabled';
};

export interface OpenConnection {
  connection: ConnectionRow;
  connector: Connector;
  env: ConnectorEnv<unknown, unknown>;
  /** Names the credentials and settings this was opened with (integrations.connection_fingerprint). */
  fingerprint: string;
}

/** The live connection with this id, opened; undefined when it does not exist or was deleted. tx runs as the service. */
export async function openConnection(
  tx: Tx,
  services: IntegrationServices,
  connectionId: string,
  signal?: AbortSignal,
): Promise<OpenConnection | undefined> {
  const [row] = await tx.query<
    ConnectionRow & { settings: unknown; credentials: unknown; fingerprint: string }
  >(
    `select id, workspace_id as "workspaceId", kind, name, private, owner_id as "ownerId", status,
            settings, credentials,
            integrations.connection_fingerprint(credentials, settings) as fingerprint
       from integrations.connections where id = $1 and deleted_at is null`,
    [connectionId],
  );
  if (!row) return undefined;
  const { settings, credentials, fingerprint, ...connection } = row;
  const connector = connectorFor(connection.kind);
  return {
    connection,
    connector,
    env: {
      connectionId,
      credentials: connector.credentials.parse(services.vault.open(credentials)),
      settings: connector.settings.parse(settings),
      apis: services.apis,
      signal,
    },
    fingerprint,
  };
}
