// What connection operations run with beyond the caller's transaction: the vault and API bases,
// and the public URL webhooks are addressed to.
import type { ServiceContext } from '../../db/service-context.ts';
import type { IntegrationServices } from '../services.ts';

export interface IntegrationContext extends ServiceContext {
  integrations: IntegrationServices;
  /** e.g. https://crm.example.com: webhook URLs are built from it, never from the request. */
  publicUrl: string;
}
