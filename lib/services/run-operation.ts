// How every write operation runs, whatever calls it (GraphQL mutations; MCP tools with issue 15):
// inside a savepoint, so an operation that answers with an expected error leaves nothing behind
// in the caller's transaction, and with Postgres's refusals translated into typed errors once.
//
// Why the savepoint is here and not in each service: a typed error is a *successful* GraphQL
// result, so the request's transaction commits whatever the operation wrote before it threw.
import type { ServiceContext } from '../db/service-context.ts';
import { ForbiddenError } from '../errors/app-errors.ts';
import { isSqlState, SqlState } from '../errors/postgres-errors.ts';

/**
 * Thrown by a service whose update or delete matched no row: RLS hid the row, it is deleted, or
 * the caller's role may read but not change it. The operation's refusal says which, after the
 * savepoint is rolled back. Never shown to a client (it is no AppError: unexpected if it escapes).
 */
export class NoRowMatched extends Error {
  override name = 'NoRowMatched';
  constructor(readonly id: string) {
    super(`No row matched ${id}`);
  }
}

/** Why Postgres refused a write: RLS raised insufficient privilege, or no row matched. */
export type Refused =
  { reason: 'privilege'; input: unknown } | { reason: 'no-row'; id: string; input: unknown };

/** A module's answer to a refused write: NotFound for what the caller cannot see, else Forbidden. */
export type Refusal = (ctx: ServiceContext, refused: Refused) => Promise<Error>;

export type Operation<I, T> = (ctx: ServiceContext, input: I) => Promise<T>;

/** For operations whose module supplies no refusal of its own. */
export const plainRefusal: Refusal = async () =>
  new ForbiddenError('Your role in this workspace cannot make this change');

export async function runOperation<I, T>(
  ctx: ServiceContext,
  operation: Operation<I, T>,
  input: I,
  refusal: Refusal = plainRefusal,
): Promise<T> {
  try {
    return await ctx.tx.savepoint((tx) => operation({ ...ctx, tx }, input));
  } catch (error) {
    // Asked after the rollback, in the caller's transaction: what may this caller see?
    if (isSqlState(error, SqlState.InsufficientPrivilege)) {
      throw await refusal(ctx, { reason: 'privilege', input });
    }
    if (error instanceof NoRowMatched) {
      throw await refusal(ctx, { reason: 'no-row', id: error.id, input });
    }
    throw error;
  }
}
