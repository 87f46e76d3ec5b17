// GraphQL for workspaces: `me`, createWorkspace, addWorkspaceMember.
import { builder } from '../graphql/builder.ts';
import { serviceContext } from '../graphql/context.ts';
import { defineMutations } from '../graphql/mutations.ts';
import { bindZodSchema } from '../graphql/zod-input.ts';
import { WorkspaceRole } from './inputs.ts';
import {
  addWorkspaceMember,
  createWorkspace,
  listMembers,
  listMyWorkspaces,
  memberRefusal,
  type Workspace,
  type WorkspaceMember,
} from './service.ts';

export const WorkspaceRoleEnum = builder.enumType('WorkspaceRole', {
  description:
    'What a member may do: owners and admins manage members, members edit records, viewers read.',
  values: {
    OWNER: { value: 'owner' },
    ADMIN: { value: 'admin' },
    MEMBER: { value: 'member' },
    VIEWER: { value: 'viewer' },
  } as const,
});

bindZodSchema(WorkspaceRole, WorkspaceRoleEnum);

const WorkspaceMemberRef = builder.objectRef<WorkspaceMember>('WorkspaceMember').implement({
  fields: (t) => ({
    userId: t.exposeID('userId'),
    email: t.exposeString('email'),
    role: t.field({ type: WorkspaceRoleEnum, resolve: (m) => m.role as 'owner' }),
  }),
});

export const WorkspaceRef = builder.objectRef<Workspace>('Workspace').implement({
  description: 'A team using Waymark together; every record belongs to one.',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    slug: t.exposeString('slug'),
    role: t.field({
      type: WorkspaceRoleEnum,
      description: "The signed-in user's role here.",
      resolve: (w) => w.role as 'owner',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    members: t.loadableGroup({
      type: WorkspaceMemberRef,
      load: (ids: string[], ctx) => listMembers(serviceContext(ctx), ids),
      group: (member) => member.workspaceId,
      resolve: (w) => w.id,
    }),
  }),
});

interface Me {
  id: string;
  email: string | undefined;
}

const UserRef = builder.objectRef<Me>('User').implement({
  description: 'The signed-in user.',
  fields: (t) => ({
    id: t.exposeID('id'),
    email: t.string({ nullable: true, resolve: (u) => u.email ?? null }),
    workspaces: t.field({
      type: [WorkspaceRef],
      resolve: (_u, _args, ctx) => listMyWorkspaces(serviceContext(ctx)),
    }),
  }),
});

builder.queryField('me', (t) =>
  t.field({ type: UserRef, resolve: (_root, _args, ctx) => ctx.user }),
);

defineMutations(WorkspaceRef, 'workspace', { createWorkspace });

defineMutations(WorkspaceMemberRef, 'member', { addWorkspaceMember }, { refusal: memberRefusal });
