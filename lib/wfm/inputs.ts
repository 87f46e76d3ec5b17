import { z } from 'zod';

export const EntityRef = z.object({
  entityType: z.string().regex(/^[a-z][a-z0-9_]{0,62}$/, 'is not an entity type'),
  entityId: z.uuid(),
});

export const MoveToStepInput = EntityRef.extend({
  toStepId: z.uuid(),
  reason: z.string().trim().max(2000).nullish(),
});
