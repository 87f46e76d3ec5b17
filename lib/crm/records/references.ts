// Checks shared by records that point at users and other records (deals, leads): the user is a
// member of the record's workspace, and a broken foreign key names the input field at fault.
import type { ServiceContext } from '../../db/service-context.ts';
import { ValidationError } from '../../errors/app-errors.ts';
import { postgresError, SqlState } from '../../errors/postgres-errors.ts';
import { isMember } from '../../workspaces/service.ts';

export const notMember = (field: string) =>
  ValidationError.forField(['input', field], 'is not a member of this workspace');

/** Each named user (ownerId, assigneeId, …) must belong to the workspace. */
export async function checkMembers(
  ctx: ServiceContext,
  workspaceId: string,
  users: Record<string, string | null | undefined>,
): Promise<void> {
  for (const [field, userId] of Object.entries(users)) {
    if (userId && !(await isMember(ctx, workspaceId, userId))) throw notMember(field);
  }
}

/**
 * Runs a write, turning a foreign key violation into the error of the first entry whose fragment
 * the constraint's name contains (e.g. 'owner' for deals_owner_id_fkey).
 */
export async function translateForeignKeys<T>(
  write: Promise<T>,
  errors: [fragment: string, error: () => Error][],
): Promise<T> {
  try {
    return await write;
  } catch (error) {
    const pg = postgresError(error);
    if (pg?.code !== SqlState.ForeignKeyViolation) throw error;
    const match = errors.find(([fragment]) => pg.constraint?.includes(fragment));
    throw match ? match[1]() : error;
  }
}
