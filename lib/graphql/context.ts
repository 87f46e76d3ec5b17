// What every resolver receives. `tx` is the request's single RLS transaction, opened around
// execution by the rls-transaction plugin, so resolvers never open their own.
import type { Db, Tx, UserClaims } from '../db/port.ts';
import type { ServiceContext } from '../db/service-context.ts';
import type { IntegrationServices } from '../integrations/services.ts';

export interface GraphqlContext {
  db: Db;
  claims: UserClaims;
  user: { id: string; email: string | undefined };
  tx: Tx;
  /** The connectors' vault and API bases (connections are tested and sealed with them). */
  integrations: IntegrationServices;
  /** The server's public URL (webhook addresses are built from it, never from a request). */
  publicUrl: string;
}

export function serviceContext(ctx: GraphqlContext): ServiceContext {
  return { tx: ctx.tx, userId: ctx.user.id };
}
