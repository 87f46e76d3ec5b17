// Input schemas of the workspace operations, declared once: the service operations parse with
// them, and GraphQL derives its input types from them (lib/graphql/zod-input.ts).
import { z } from 'zod';
import { WORKSPACE_ROLES } from './roles.ts';

export const WorkspaceRole = z.enum(WORKSPACE_ROLES);
export type WorkspaceRole = z.infer<typeof WorkspaceRole>;

export const Slug = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'use 2–63 lowercase letters, digits and dashes');

export const CreateWorkspaceInput = z.object({
  name: z.string().trim().min(1, 'is required').max(200),
  slug: Slug.nullish().describe(
    'Lowercase letters, digits and dashes; derived from the name when left out.',
  ),
});

export const AddWorkspaceMemberInput = z.object({
  workspaceId: z.uuid(),
  email: z.email().describe('The email the person signed up with.'),
  role: WorkspaceRole,
});
