import { z } from 'zod';
import { CrmEntityTypeSchema } from '../records/linked-records.ts';

export const ACTIVITY_KINDS = ['task', 'call', 'meeting', 'email', 'note'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

const MAX_METADATA_JSON = 10_000;

const Title = z.string().trim().min(1, 'is required').max(300);
const Body = z.string().max(20_000);
const Instant = z.coerce.date('is not a date and time');
const Metadata = z
  .record(z.string().min(1).max(100), z.json())
  .refine(
    (value) => JSON.stringify(value).length <= MAX_METADATA_JSON,
    `must be at most ${MAX_METADATA_JSON} characters of JSON`,
  );

/** entityType and entityId link a record together: both, or neither. */
function linkedTogether(
  input: { entityType?: string | null; entityId?: string | null },
  ctx: z.RefinementCtx,
) {
  if ((input.entityType == null) !== (input.entityId == null)) {
    const missing = input.entityType == null ? 'entityType' : 'entityId';
    ctx.addIssue({ code: 'custom', path: [missing], message: 'is required with the other' });
  }
}

const CreateFields = {
  workspaceId: z.uuid(),
  kind: z.enum(ACTIVITY_KINDS),
  title: Title,
  body: Body.nullish(),
  dueAt: Instant.nullish(),
  assigneeId: z.uuid().nullish(),
  entityType: CrmEntityTypeSchema.nullish(),
  entityId: z.uuid().nullish(),
  metadata: Metadata.nullish(),
};

export const CreateActivityInput = z.object(CreateFields).superRefine(linkedTogether);
export type CreateActivityValues = z.output<typeof CreateActivityInput>;

/** What an automation gives createSystemActivity: the same fields, metadata naming itself. */
export const CreateSystemActivityInput = CreateActivityInput;

export const UpdateActivityInput = z
  .object({
    id: z.uuid(),
    kind: z.enum(ACTIVITY_KINDS).optional(),
    title: Title.optional(),
    body: Body.nullish(),
    dueAt: Instant.nullish(),
    assigneeId: z.uuid().nullish(),
    entityType: CrmEntityTypeSchema.nullish(),
    entityId: z.uuid().nullish(),
    metadata: Metadata.optional(),
  })
  .superRefine((input, ctx) => {
    // Relinking names both (null and null unlinks); leaving both out keeps the link.
    if ((input.entityType === undefined) !== (input.entityId === undefined)) {
      const missing = input.entityType === undefined ? 'entityType' : 'entityId';
      ctx.addIssue({ code: 'custom', path: [missing], message: 'is required with the other' });
    } else linkedTogether(input, ctx);
  });
export type UpdateActivityValues = z.output<typeof UpdateActivityInput>;

export const ActivityIdInput = z.object({ id: z.uuid() });

export const ActivityOrder = z.object({
  field: z.enum(['DUE_AT', 'CREATED_AT']),
  direction: z.enum(['ASC', 'DESC']).default('ASC'),
});
export type ActivityOrder = z.output<typeof ActivityOrder>;

/** Without an order, lists show the newest activities first. */
export const DEFAULT_ACTIVITY_ORDER: ActivityOrder = { field: 'CREATED_AT', direction: 'DESC' };

export const ActivityFilter = z
  .object({
    assigneeId: z.uuid().nullish(),
    entityType: CrmEntityTypeSchema.nullish(),
    entityId: z.uuid().nullish(),
    kind: z.enum(ACTIVITY_KINDS).nullish(),
    done: z.boolean().nullish(),
    overdue: z.boolean().nullish(),
  })
  .superRefine(linkedTogether);
export type ActivityFilter = z.output<typeof ActivityFilter>;

export const ListActivitiesInput = z.object({
  workspaceId: z.uuid(),
  filter: ActivityFilter.nullish(),
  orderBy: ActivityOrder.nullish(),
});
