// What the connector code needs from the process: the vault that opens credentials and the
// platform API bases from configuration.
import type { ConnectorApis } from './connector.ts';
import type { Vault } from './vault.ts';

export interface IntegrationServices {
  vault: Vault;
  apis: ConnectorApis;
}
