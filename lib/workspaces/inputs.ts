// Input schemas of the workspace operations: the service parses with them, and GraphQL validates
// its arguments with the same ones.
import { z } from 'zod';
import { WORKSPACE_ROLES } from './roles.ts';

export const WorkspaceRole = z.enum(WORKSPACE_ROLES);
export type WorkspaceRole = z.infer<typeof WorkspaceRole>;

export const Slug = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'use 2–63 lowercase letters, digits and dashes');

export const CreateWorkspaceInput = z.object({
  name: z.string().trim().min(1, 'is required').max(200),
  slug: Slug.optional().nullable(),
});

export const AddWorkspaceMemberInput = z.object({
  workspaceId: z.uuid(),
  email: z.email(),
  role: WorkspaceRole,
});
