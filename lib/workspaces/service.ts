// Workspace operations: the only entry other modules use.
import { randomBytes } from 'node:crypto';
import type { Tx } from '../db/port.ts';
import type { ServiceContext } from '../db/service-context.ts';
import { ForbiddenError, NotFoundError, ValidationError } from '../errors/app-errors.ts';
import { postgresError, SqlState } from '../errors/postgres-errors.ts';
import { defineOperation } from '../services/operation.ts';
import type { Refusal } from '../services/run-operation.ts';
import { AddWorkspaceMemberInput, CreateWorkspaceInput } from './inputs.ts';
import * as sql from './sql.ts';

export type { Workspace, WorkspaceMember } from './sql.ts';

export function listMyWorkspaces(ctx: ServiceContext): Promise<sql.Workspace[]> {
  return sql.selectMyWorkspaces(ctx.tx, ctx.userId);
}

export const createWorkspace = defineOperation(
  CreateWorkspaceInput,
  async (ctx, { name, slug }) => {
    try {
      return await sql.insertWorkspace(ctx.tx, name, slug ?? slugFor(name));
    } catch (error) {
      if (postgresError(error)?.code === SqlState.UniqueViolation) {
        throw ValidationError.forField(['input', 'slug'], 'is already taken');
      }
      throw error;
    }
  },
);

/**
 * Adds a user by email, or changes an existing member's role. Postgres refuses roles the caller
 * may not give, an admin changing an owner's role, and demoting the last owner.
 */
export const addWorkspaceMember = defineOperation(
  AddWorkspaceMemberInput,
  async (ctx, { workspaceId, email, role }) => {
    try {
      return await sql.insertMember(ctx.tx, workspaceId, email, role);
    } catch (error) {
      const pg = postgresError(error);
      if (pg?.code === SqlState.NoDataFound) {
        throw new NotFoundError(pg.hint === 'user' ? 'User with this email' : 'Workspace');
      }
      if (pg?.code === SqlState.CheckViolation && pg.hint === 'last-owner') {
        throw ValidationError.forField(['input', 'role'], 'a workspace keeps at least one owner');
      }
      throw error;
    }
  },
);

/** Why Postgres refused adding a member: the caller's role cannot give the role asked for. */
export const memberRefusal: Refusal = async (_ctx, refused) => {
  const role = (refused.input as { role?: unknown } | null)?.role;
  return new ForbiddenError(
    `Your role cannot make this person ${String(role)} (only an owner changes an owner's role)`,
  );
};

export function listMembers(
  ctx: ServiceContext,
  workspaceIds: readonly string[],
): Promise<sql.WorkspaceMember[]> {
  return sql.selectMembers(ctx.tx, workspaceIds);
}

/** Why a write into a workspace was refused: it is invisible to the caller, or their role is too low. */
export async function refusalFor(ctx: ServiceContext, workspaceId: string): Promise<Error> {
  return (await sql.isWorkspaceVisible(ctx.tx, workspaceId))
    ? new ForbiddenError('Your role in this workspace cannot make this change')
    : new NotFoundError('Workspace');
}

export function isMember(
  ctx: ServiceContext,
  workspaceId: string,
  userId: string,
): Promise<boolean> {
  return sql.isWorkspaceMember(ctx.tx, workspaceId, userId);
}

/** Every member of every workspace whose role lets them act (all but viewers): a system path. */
export function listActingMembers(tx: Tx): Promise<{ workspaceId: string; userId: string }[]> {
  return sql.selectActingMembers(tx);
}

function slugFor(name: string): string {
  const base = name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48);
  return `${base || 'workspace'}-${randomBytes(3).toString('hex')}`;
}
