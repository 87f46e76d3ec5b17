// What every resolver receives. `tx` is the request's single RLS transaction, opened around
// execution by the rls-transaction plugin, so resolvers never open their own.
import type { Db, Tx, UserClaims } from '../db/port.ts';
import type { ServiceContext } from '../db/service-context.ts';

export interface GraphqlContext {
  db: Db;
  claims: UserClaims;
  user: { id: string; email: string | undefined };
  tx: Tx;
}

export function serviceContext(ctx: GraphqlContext): ServiceContext {
  return { tx: ctx.tx, userId: ctx.user.id };
}
