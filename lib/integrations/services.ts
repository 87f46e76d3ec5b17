// What the connector code needs from the process: the vault that opens credentials and the
// platform API bases from configuration, and where attachments' bytes are kept.
import type { StoragePort } from '../storage/port.ts';
import type { ConnectorApis } from './connector.ts';
import type { Vault } from './vault.ts';

export interface IntegrationServices {
  vault: Vault;
  apis: ConnectorApis;
  /** Attachments' storage; undefined keeps attachments as metadata only (no files fetched, no links). */
  storage?: StoragePort;
}
