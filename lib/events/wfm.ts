// Events the workflow engine emits.
import { z } from 'zod';

export const StatusChanged = z.object({
  workspaceId: z.uuid(),
  projectId: z.uuid(),
  entityType: z.string(),
  entityId: z.uuid(),
  workflowId: z.uuid(),
  versionId: z.uuid(),
  fromStepId: z.uuid().nullable(),
  toStepId: z.uuid(),
  fromStepKey: z.string().nullable(),
  toStepKey: z.string(),
  toCategory: z.enum(['open', 'won', 'lost', 'done']),
  kind: z.enum(['start', 'move', 'migrate']),
  reason: z.string().nullable(),
  actorId: z.uuid(),
  at: z.iso.datetime({ offset: true }),
});

export const wfmEvents = {
  'wfm/status.changed': StatusChanged,
} as const;
